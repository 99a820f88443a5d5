package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The days of the week a practice is planned for, and the time agreed for it.
 *
 * @param timeOfDay may be null when the client practises whenever the cue happens
 */
public record WeeklySchedule(Set<DayOfWeek> daysOfWeek, LocalTime timeOfDay) {

	public WeeklySchedule {
		daysOfWeek = daysOfWeek.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(daysOfWeek));
	}

	public boolean occursOn(LocalDate day) {
		return this.daysOfWeek.contains(day.getDayOfWeek());
	}

	/** The days in week order, for showing and storing. */
	public List<DayOfWeek> orderedDays() {
		return this.daysOfWeek.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(this.daysOfWeek));
	}

}
