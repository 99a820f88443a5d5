package org.bridgework.homework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a clinician and client agreed on, as entered, before it becomes an
 * {@link Assignment}. The goal it serves is either one of the client's goals
 * ({@code goalId}) or words ({@code goal}) that find or make one.
 */
public record AssignmentPlan(String templateKey, String title, String goal, String purpose, Set<String> daysOfWeek,
		LocalTime timeOfDay, String cue, Integer durationMinutes, LocalDate startDate, LocalDate endDate,
		List<Barrier> barriers, UUID goalId) {

	/**
	 * Keeps null items as sent ({@code Set.copyOf} would throw on them), so that
	 * validation can name the bad field instead of the request failing with a 500.
	 */
	public AssignmentPlan {
		daysOfWeek = (daysOfWeek == null) ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(daysOfWeek));
		barriers = (barriers == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(barriers));
	}

	/** A plan whose goal, if any, is given in words only. */
	public AssignmentPlan(String templateKey, String title, String goal, String purpose, Set<String> daysOfWeek,
			LocalTime timeOfDay, String cue, Integer durationMinutes, LocalDate startDate, LocalDate endDate,
			List<Barrier> barriers) {
		this(templateKey, title, goal, purpose, daysOfWeek, timeOfDay, cue, durationMinutes, startDate, endDate,
				barriers, null);
	}

}
