package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.shared.FieldChecks;

/**
 * The parts of a plan a client may propose to change and a clinician may change: when, on
 * which days, after what, where and for how long. Each reads its value from an assignment
 * and checks a new one, both as the plain text a history shows.
 */
public enum PlanField {

	TIME_OF_DAY("timeOfDay", "time_of_day",
			(a) -> (a.schedule().timeOfDay() == null) ? null : a.schedule().timeOfDay().toString()),
	DAYS_OF_WEEK("daysOfWeek", "days_of_week",
			(a) -> a.schedule()
				.orderedDays()
				.stream()
				.map((day) -> day.name().substring(0, 3))
				.collect(Collectors.joining(","))),
	CUE("cue", "cue", Assignment::cue), PLACE("place", "place", Assignment::place),
	DURATION_MINUTES("durationMinutes", "duration_minutes",
			(a) -> (a.durationMinutes() == null) ? null : a.durationMinutes().toString()),
	/**
	 * The goal it serves, in words. Only the clinician changes it, by choosing another of
	 * the client's goals ({@link Plans#serveGoal}), never through a proposal.
	 */
	GOAL("goal", "goal", Assignment::goal);

	static final int TEXT_MAX = 2000;

	static final int PLACE_MAX = 300;

	static final int MOST_MINUTES = 600;

	private final String jsonName;

	private final String column;

	private final Function<Assignment, String> current;

	PlanField(String jsonName, String column, Function<Assignment, String> current) {
		this.jsonName = jsonName;
		this.column = column;
		this.current = current;
	}

	public String jsonName() {
		return this.jsonName;
	}

	String column() {
		return this.column;
	}

	public String valueIn(Assignment assignment) {
		return this.current.apply(assignment);
	}

	public static PlanField fromJson(String name) {
		return Arrays.stream(values())
			.filter((field) -> field.jsonName.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown plan field " + name));
	}

	/**
	 * The new value as stored and shown (an empty text clears a cue or a place), or null
	 * with a problem added when it cannot be one.
	 */
	String normalise(String raw, FieldChecks checks) {
		String value = raw.strip();
		return switch (this) {
			case CUE -> checkedText(value, TEXT_MAX, checks);
			case PLACE -> checkedText(value, PLACE_MAX, checks);
			case TIME_OF_DAY -> time(value, checks);
			case DAYS_OF_WEEK -> days(value, checks);
			case DURATION_MINUTES -> minutes(value, checks);
			case GOAL -> {
				checks.add(this.jsonName, "validation.plan.unknown");
				yield null;
			}
		};
	}

	private String checkedText(String value, int max, FieldChecks checks) {
		checks.maxLength(this.jsonName, value, max);
		return value.isEmpty() ? null : value;
	}

	private String time(String value, FieldChecks checks) {
		try {
			return LocalTime.parse(value).withSecond(0).withNano(0).toString();
		}
		catch (DateTimeParseException ex) {
			checks.add(this.jsonName, "validation.answer.time");
			return null;
		}
	}

	private String days(String value, FieldChecks checks) {
		Set<DayOfWeek> days = new TreeSet<>();
		for (String name : value.toUpperCase(Locale.ROOT).split("[,\\s]+")) {
			if (name.isEmpty()) {
				continue;
			}
			Arrays.stream(DayOfWeek.values())
				.filter((day) -> day.name().equals(name) || day.name().substring(0, 3).equals(name))
				.findFirst()
				.ifPresentOrElse(days::add, () -> checks.add(this.jsonName, "validation.days.unknown"));
		}
		checks.check(!days.isEmpty(), this.jsonName, "validation.days.none");
		return days.stream().map((day) -> day.name().substring(0, 3)).collect(Collectors.joining(","));
	}

	private String minutes(String value, FieldChecks checks) {
		if (!value.matches("\\d{1,4}")) {
			checks.add(this.jsonName, "validation.answer.number");
			return null;
		}
		int minutes = Integer.parseInt(value);
		checks.range(this.jsonName, minutes, 1, MOST_MINUTES);
		return String.valueOf(minutes);
	}

}
