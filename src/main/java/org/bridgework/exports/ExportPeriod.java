package org.bridgework.exports;

import java.time.LocalDate;

/**
 * The dates an export covers, both included, as days in the client's time zone.
 *
 * @param from the first day; {@link LocalDate#EPOCH} when the export starts at the
 * beginning of the record
 * @param to the last day, the client's today unless an earlier day was asked for
 * @param toToday whether no last day was asked for: then what is planned after today (a
 * session next week, a booster tune-up next month) belongs to the record too
 */
public record ExportPeriod(LocalDate from, LocalDate to, boolean toToday) {

	/** Whether the day lies in the period; a record without a date (null) always does. */
	public boolean includes(LocalDate day) {
		return day == null || (!day.isBefore(this.from) && (this.toToday || !day.isAfter(this.to)));
	}

	/** Whether a span of days (an open end runs on) overlaps the period. */
	public boolean overlaps(LocalDate start, LocalDate end) {
		return (start == null || this.toToday || !start.isAfter(this.to)) && (end == null || !end.isBefore(this.from));
	}

	/** Whether the export starts at the beginning of the record. */
	public boolean fromStart() {
		return LocalDate.EPOCH.equals(this.from);
	}

}
