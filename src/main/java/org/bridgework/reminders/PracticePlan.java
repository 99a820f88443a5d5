package org.bridgework.reminders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.bridgework.homework.WeeklySchedule;

/**
 * What reminders need of an assignment's plan: its days, its time of day (may be null),
 * and its start and end dates (an open end runs on).
 */
record PracticePlan(UUID assignmentId, WeeklySchedule schedule, LocalDate startDate, LocalDate endDate) {

	boolean isOccurrence(LocalDate day) {
		return !day.isBefore(this.startDate) && (this.endDate == null || !day.isAfter(this.endDate))
				&& this.schedule.occursOn(day);
	}

	LocalTime timeOfDay() {
		return this.schedule.timeOfDay();
	}

}
