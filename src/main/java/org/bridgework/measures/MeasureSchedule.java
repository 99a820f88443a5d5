package org.bridgework.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A clinician's request that a client answer an instrument on a rhythm, from a start day.
 */
record MeasureSchedule(UUID id, UUID clientId, String instrument, Every every, LocalDate startDate) {

	enum Every {

		WEEKLY, FORTNIGHTLY, MONTHLY,

		/**
		 * In a window before each of the client's session days ({@link SessionWindows}).
		 */
		BEFORE_SESSION

	}

	/**
	 * Where this schedule stands at {@code now} for a client in {@code zone}.
	 * @param lastTaken when the client last answered the instrument, or null
	 * @param sessionDays the client's session days (only asked before sessions reads
	 * them)
	 */
	Asking at(Instant now, ZoneId zone, Instant lastTaken, List<LocalDate> sessionDays) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate lastAnswered = (lastTaken != null) ? LocalDate.ofInstant(lastTaken, zone) : null;
		if (this.every == Every.BEFORE_SESSION) {
			return SessionWindows.asking(this.startDate, sessionDays, today, lastAnswered);
		}
		LocalDate next = nextDue(today, lastAnswered);
		return new Asking(next, !next.isAfter(today), null);
	}

	/** The day of the n-th ask (0 is the start day). */
	LocalDate occurrence(int n) {
		return switch (this.every) {
			case WEEKLY -> this.startDate.plusWeeks(n);
			case FORTNIGHTLY -> this.startDate.plusWeeks(2L * n);
			case MONTHLY -> this.startDate.plusMonths(n);
			case BEFORE_SESSION -> throw notOnTheCalendar();
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
			case BEFORE_SESSION -> throw notOnTheCalendar();
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

	private IllegalStateException notOnTheCalendar() {
		return new IllegalStateException("Asked before each session, not on a calendar rhythm: " + this.id);
	}

	/**
	 * @param nextDue the day it asks next (today or earlier when due now), or null when
	 * no session is coming up to ask before
	 * @param session the session day the ask leads up to, or null on a calendar rhythm
	 */
	record Asking(LocalDate nextDue, boolean due, LocalDate session) {

		/** Asked before sessions, with no session day recorded to ask before. */
		static final Asking NOT_YET_KNOWN = new Asking(null, false, null);

	}

}
