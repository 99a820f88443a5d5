package org.bridgework.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.shared.FieldChecks;

/**
 * A piece of homework agreed with a client: which template, why, when, and what to do
 * when something gets in the way, and which of the client's goals it serves
 * ({@code goalId}, or null when not tied to one yet). Knows on which days it is due and
 * on which days it can be recorded.
 */
public record Assignment(UUID id, UUID clientId, UUID templateVersionId, String templateKey, String title, String goal,
		String purpose, WeeklySchedule schedule, String cue, Integer durationMinutes, LocalDate startDate,
		LocalDate endDate, List<Barrier> barriers, Instant createdAt, String place, UUID goalId) {

	public Assignment {
		barriers = List.copyOf(barriers);
	}

	/** An assignment not tied to a goal record (its goal, if any, only in words). */
	public Assignment(UUID id, UUID clientId, UUID templateVersionId, String templateKey, String title, String goal,
			String purpose, WeeklySchedule schedule, String cue, Integer durationMinutes, LocalDate startDate,
			LocalDate endDate, List<Barrier> barriers, Instant createdAt, String place) {
		this(id, clientId, templateVersionId, templateKey, title, goal, purpose, schedule, cue, durationMinutes,
				startDate, endDate, barriers, createdAt, place, null);
	}

	/** An assignment without a place in its plan. */
	public Assignment(UUID id, UUID clientId, UUID templateVersionId, String templateKey, String title, String goal,
			String purpose, WeeklySchedule schedule, String cue, Integer durationMinutes, LocalDate startDate,
			LocalDate endDate, List<Barrier> barriers, Instant createdAt) {
		this(id, clientId, templateVersionId, templateKey, title, goal, purpose, schedule, cue, durationMinutes,
				startDate, endDate, barriers, createdAt, null);
	}

	/** Whether the day lies between the start and end dates (an open end runs on). */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.startDate) && (this.endDate == null || !day.isAfter(this.endDate));
	}

	/** Whether the practice is planned for that day. */
	public boolean isOccurrence(LocalDate day) {
		return covers(day) && this.schedule.occursOn(day);
	}

	public boolean hasEndedBefore(LocalDate day) {
		return this.endDate != null && this.endDate.isBefore(day);
	}

	/**
	 * Adds a problem when an entry or skip for {@code day} cannot be recorded: a day
	 * still to come in the client's time zone, or outside the assignment's dates.
	 */
	void checkRecordableOn(LocalDate day, LocalDate clientToday, FieldChecks checks) {
		if (day == null) {
			checks.add("occurredOn", "validation.required");
		}
		else if (day.isAfter(clientToday)) {
			checks.add("occurredOn", "validation.occurredOn.future");
		}
		else if (!covers(day)) {
			checks.add("occurredOn", "validation.occurredOn.outside", this.startDate,
					(this.endDate == null) ? "-" : this.endDate);
		}
	}

}
