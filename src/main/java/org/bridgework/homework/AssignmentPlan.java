package org.bridgework.homework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * What a clinician and client agreed on, as entered, before it becomes an
 * {@link Assignment}.
 */
public record AssignmentPlan(String templateKey, String title, String goal, String purpose, Set<String> daysOfWeek,
		LocalTime timeOfDay, String cue, Integer durationMinutes, LocalDate startDate, LocalDate endDate,
		List<Barrier> barriers) {

	public AssignmentPlan {
		daysOfWeek = (daysOfWeek == null) ? Set.of() : Set.copyOf(daysOfWeek);
		barriers = (barriers == null) ? List.of() : List.copyOf(barriers);
	}

}
