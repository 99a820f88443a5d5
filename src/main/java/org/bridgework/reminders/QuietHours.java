package org.bridgework.reminders;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * A stretch of the client's day in which no reminder goes out, such as 22:00 to 07:00. It
 * may run over midnight ({@code start} after {@code end}); {@code start} is inside,
 * {@code end} is not. A reminder that would fall inside goes out when it ends.
 */
record QuietHours(LocalTime start, LocalTime end) {

	QuietHours {
		if (start == null || end == null || start.equals(end)) {
			throw new IllegalArgumentException("Quiet hours need a start and a different end");
		}
	}

	boolean contains(LocalTime time) {
		if (this.start.isBefore(this.end)) {
			return !time.isBefore(this.start) && time.isBefore(this.end);
		}
		return !time.isBefore(this.start) || time.isBefore(this.end);
	}

	/**
	 * The moment quiet hours that hold {@code at} end: the next {@code end} on the same
	 * local day, or on the next one when they run over midnight and {@code at} is before
	 * it. A wall time that does not exist that day follows the same rule as every
	 * reminder ({@link ReminderSchedule#at}).
	 */
	ZonedDateTime endAfter(ZonedDateTime at) {
		boolean nextDay = !at.toLocalTime().isBefore(this.end);
		return ReminderSchedule.at(at.toLocalDate().plusDays(nextDay ? 1 : 0), this.end, at.getZone());
	}

}
