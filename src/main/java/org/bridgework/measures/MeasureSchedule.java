package org.bridgework.measures;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A clinician's request that a client answer an instrument on a rhythm, from a start day.
 */
record MeasureSchedule(UUID id, UUID clientId, String instrument, Every every, LocalDate startDate) {

	enum Every {

		WEEKLY, FORTNIGHTLY, MONTHLY

	}

	/** The day of the n-th ask (0 is the start day). */
	LocalDate occurrence(int n) {
		return switch (this.every) {
			case WEEKLY -> this.startDate.plusWeeks(n);
			case FORTNIGHTLY -> this.startDate.plusWeeks(2L * n);
			case MONTHLY -> this.startDate.plusMonths(n);
		};
	}

	/**
	 * The latest ask on or before {@code today}, or null when the schedule has not begun.
	 */
	LocalDate latestOnOrBefore(LocalDate today) {
		if (today.isBefore(this.startDate)) {
			return null;
		}
		int n = switch (this.every) {
			case WEEKLY -> (int) (java.time.temporal.ChronoUnit.DAYS.between(this.startDate, today) / 7);
			case FORTNIGHTLY -> (int) (java.time.temporal.ChronoUnit.DAYS.between(this.startDate, today) / 14);
			case MONTHLY -> (int) java.time.temporal.ChronoUnit.MONTHS.between(this.startDate, today);
		};
		while (occurrence(n).isAfter(today)) {
			n--;
		}
		while (!occurrence(n + 1).isAfter(today)) {
			n++;
		}
		return occurrence(n);
	}

	/**
	 * The day this asks for an answer next, given the day the client last answered it (or
	 * null): the latest ask when it is still unanswered, else the next one.
	 */
	LocalDate nextDue(LocalDate today, LocalDate lastAnswered) {
		LocalDate latest = latestOnOrBefore(today);
		if (latest == null) {
			return this.startDate;
		}
		if (lastAnswered == null || lastAnswered.isBefore(latest)) {
			return latest;
		}
		LocalDate next = latest;
		for (int n = 0; !next.isAfter(today); n++) {
			next = occurrence(n);
		}
		return next;
	}

}
