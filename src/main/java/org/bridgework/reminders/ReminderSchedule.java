package org.bridgework.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When reminders go out, worked out from the client's zone and local time and kept as
 * instants. The rules (ADR 0013):
 * <ul>
 * <li>the reminder time is the one the client chose for the assignment, else the
 * assignment's time of day, else {@link #DEFAULT_TIME} (09:00, a morning nudge for a
 * practice tied to a cue rather than a clock);</li>
 * <li>a local time that does not exist that day (the clocks spring forward over it) moves
 * forward by the length of the gap: 02:30 on a day New York jumps from 02:00 to 03:00 is
 * sent at 03:30 (as {@link ZonedDateTime#of} does);</li>
 * <li>a local time that happens twice (the clocks fall back) is sent the first time, at
 * the earlier offset (summer time);</li>
 * <li>a reminder inside the client's quiet hours goes out when they end.</li>
 * </ul>
 */
final class ReminderSchedule {

	/** The reminder time of a practice that has no time of day and no chosen time. */
	static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

	private final ZoneId zone;

	private final QuietHours quietHours;

	/**
	 * @param quietHours null when the client has none
	 */
	ReminderSchedule(ZoneId zone, QuietHours quietHours) {
		this.zone = zone;
		this.quietHours = quietHours;
	}

	/** The chosen time, else the practice's time of day, else 09:00. */
	static LocalTime reminderTime(LocalTime chosen, LocalTime practiceTime) {
		if (chosen != null) {
			return chosen;
		}
		return (practiceTime != null) ? practiceTime : DEFAULT_TIME;
	}

	/**
	 * The moment a wall-clock time on a day happens in a zone: a time in a spring-forward
	 * gap moves forward by the gap, a time that happens twice takes the earlier offset.
	 */
	static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
		// ZonedDateTime.of keeps the earlier offset in an overlap and shifts a gap
		// forward.
		return ZonedDateTime.of(LocalDateTime.of(day, time), zone);
	}

	/** When the reminder for a practice on {@code day} at {@code time} goes out. */
	Instant dueAt(LocalDate day, LocalTime time) {
		return outOfQuietHours(at(day, time, this.zone)).toInstant();
	}

	/**
	 * The reminders of a plan for the days {@code from} to {@code to} (both included),
	 * one for each day the practice is planned.
	 */
	List<PlannedReminder> between(PracticePlan plan, LocalTime chosen, LocalDate from, LocalDate to) {
		LocalTime time = reminderTime(chosen, plan.timeOfDay());
		List<PlannedReminder> planned = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (plan.isOccurrence(day)) {
				planned.add(new PlannedReminder(plan.assignmentId(), day, dueAt(day, time)));
			}
		}
		return planned;
	}

	/** When a snoozed reminder goes out again: the choice, moved out of quiet hours. */
	Instant snoozed(Instant until) {
		return outOfQuietHours(until.atZone(this.zone)).toInstant();
	}

	private ZonedDateTime outOfQuietHours(ZonedDateTime at) {
		if (this.quietHours == null || !this.quietHours.contains(at.toLocalTime())) {
			return at;
		}
		return this.quietHours.endAfter(at);
	}

}
