package org.bridgework.homework.web;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.PlanField;

import org.springframework.util.MultiValueMap;

/**
 * The plan form as typed: when, on which days, after what, where, for how long, and a
 * note. A part the form did not send, or a blank time or length, stays as it is; an
 * emptied cue or place is removed.
 *
 * @param daysOfWeek the ticked days, or null when the form had no days on it
 */
record PlanForm(String timeOfDay, List<String> daysOfWeek, String cue, String place, String durationMinutes,
		String note) {

	/**
	 * Sent with the day boxes, so that unticking every day is told from not showing them.
	 */
	static final String DAYS_SHOWN = "daysOfWeekShown";

	PlanForm {
		daysOfWeek = (daysOfWeek == null) ? null : List.copyOf(daysOfWeek);
	}

	static PlanForm of(Assignment assignment) {
		return new PlanForm(PlanField.TIME_OF_DAY.valueIn(assignment),
				assignment.schedule().orderedDays().stream().map((day) -> day.name().substring(0, 3)).toList(),
				assignment.cue(), assignment.place(), PlanField.DURATION_MINUTES.valueIn(assignment), null);
	}

	static PlanForm from(MultiValueMap<String, String> params) {
		List<String> days = params.containsKey("daysOfWeek") || params.containsKey(DAYS_SHOWN)
				? params.getOrDefault("daysOfWeek", List.of()) : null;
		return new PlanForm(params.getFirst("timeOfDay"), days, params.getFirst("cue"), params.getFirst("place"),
				params.getFirst("durationMinutes"), params.getFirst("note"));
	}

	/**
	 * The values to propose or apply, by plan part; the service keeps only real changes.
	 */
	Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put(PlanField.TIME_OF_DAY.jsonName(), blankToNull(this.timeOfDay));
		values.put(PlanField.DAYS_OF_WEEK.jsonName(),
				(this.daysOfWeek == null) ? null : String.join(",", this.daysOfWeek));
		values.put(PlanField.CUE.jsonName(), this.cue);
		values.put(PlanField.PLACE.jsonName(), this.place);
		values.put(PlanField.DURATION_MINUTES.jsonName(), blankToNull(this.durationMinutes));
		return values;
	}

	public boolean hasDay(String day) {
		return this.daysOfWeek != null && this.daysOfWeek.contains(day);
	}

	static List<String> allDays() {
		return java.util.Arrays.stream(DayOfWeek.values())
			.map((day) -> day.name().substring(0, 3))
			.collect(Collectors.toList());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
