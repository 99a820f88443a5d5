package org.bridgework.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The last few weeks as the client lives them: weeks start on Monday in the client's own
 * time zone, and the last one is the week of their today, however far it has got.
 *
 * @param today the client's calendar day now
 * @param mondays the first day of each week, oldest first
 */
record ClientWeeks(LocalDate today, List<LocalDate> mondays) {

	static final int DEFAULT = 8;

	/** Half a year: enough to see a pattern, few enough bars to read on a phone. */
	static final int MAX = 26;

	ClientWeeks {
		mondays = List.copyOf(mondays);
	}

	static ClientWeeks ending(Instant now, ZoneId zone, int weeks) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<LocalDate> mondays = new ArrayList<>();
		for (int back = weeks - 1; back >= 0; back--) {
			mondays.add(thisMonday.minusWeeks(back));
		}
		return new ClientWeeks(today, mondays);
	}

	/** The weeks from a Monday up to and including {@code today}. */
	static ClientWeeks between(LocalDate monday, LocalDate today) {
		List<LocalDate> mondays = new ArrayList<>();
		for (LocalDate week = monday; !week.isAfter(today); week = week.plusWeeks(1)) {
			mondays.add(week);
		}
		return new ClientWeeks(today, mondays);
	}

	/** How many weeks were asked for, kept between 1 and {@link #MAX}; none means 8. */
	static int clamp(Integer weeks) {
		if (weeks == null) {
			return DEFAULT;
		}
		return Math.max(1, Math.min(MAX, weeks));
	}

	LocalDate from() {
		return this.mondays.get(0);
	}

	/** Days from the first Monday to today, both counted. */
	int days() {
		return (int) ChronoUnit.DAYS.between(from(), this.today) + 1;
	}

	/** Which week a day falls in, or -1 outside these weeks. */
	int indexOf(LocalDate day) {
		if (day.isBefore(from()) || day.isAfter(this.today)) {
			return -1;
		}
		return (int) ChronoUnit.WEEKS.between(from(), day);
	}

	int size() {
		return this.mondays.size();
	}

}
