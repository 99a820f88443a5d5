package org.bridgework.homework.web;

import org.bridgework.homework.EntryRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;

import org.springframework.util.MultiValueMap;

/**
 * The practice entry form exactly as the client filled it in, as strings, so a refused
 * form can be shown again with nothing lost. {@link #toRequest(Template)} turns it into
 * typed answers by each field's type. Only the template's own fields are read from the
 * request.
 *
 * @param answers raw values by template field name (several for a multi-choice)
 * @param durationMinutes the minutes part of how long it took
 * @param durationSeconds the seconds part of how long it took
 */
record EntryForm(Map<String, List<String>> answers, String occurredOn, String durationMinutes, String durationSeconds,
		String quality, String moodBefore, String moodAfter, String note, boolean keepPrivate, boolean flagForSession,
		String idempotencyKey) {

	static final String ANSWER_PREFIX = "answers.";

	static EntryForm blank(LocalDate day) {
		return new EntryForm(Map.of(), day.toString(), "", "", "", "", "", "", false, false,
				UUID.randomUUID().toString());
	}

	static EntryForm from(MultiValueMap<String, String> params, Template template) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			List<String> values = params.get(ANSWER_PREFIX + field.name());
			answers.put(field.name(), (values == null) ? List.of() : List.copyOf(values));
		}
		return new EntryForm(answers, text(params, "occurredOn"), text(params, "durationMinutes"),
				text(params, "durationSeconds"), text(params, "quality"), text(params, "moodBefore"),
				text(params, "moodAfter"), text(params, "note"), params.containsKey("keepPrivate"),
				params.containsKey("flagForSession"), text(params, "idempotencyKey"));
	}

	/**
	 * The same form under a new key, for when the old key already saved other content.
	 */
	EntryForm withNewKey() {
		return new EntryForm(this.answers, this.occurredOn, this.durationMinutes, this.durationSeconds, this.quality,
				this.moodBefore, this.moodAfter, this.note, this.keepPrivate, this.flagForSession,
				UUID.randomUUID().toString());
	}

	/** The key to send, or a new one when the form came back without it. */
	String keyOrNew() {
		return (this.idempotencyKey == null || this.idempotencyKey.isBlank()) ? UUID.randomUUID().toString()
				: this.idempotencyKey;
	}

	/** The first value entered for a field, or an empty string. */
	String answer(String name) {
		List<String> values = answers(name);
		return values.isEmpty() ? "" : values.get(0);
	}

	List<String> answers(String name) {
		return this.answers.getOrDefault(name, List.of());
	}

	/**
	 * Typed answers and common fields. Anything that cannot be read as its type is
	 * refused, together with whatever else the template says about the answers.
	 */
	EntryRequest toRequest(Template template) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> typed = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			Object value = typedAnswer(field, answers(field.name()), problems);
			if (value != null) {
				typed.put(field.name(), value);
			}
		}
		Integer duration = duration(problems);
		EntryRequest request = new EntryRequest(date(this.occurredOn, "occurredOn", problems), typed, duration,
				number(this.quality, "quality", problems), number(this.moodBefore, "moodBefore", problems),
				number(this.moodAfter, "moodAfter", problems), FieldChecks.trimToNull(this.note), this.keepPrivate,
				this.flagForSession);
		if (!problems.isEmpty()) {
			// Show the template's own problems with the readable answers too, so the
			// client sees everything at once.
			problems.addAll(template.check(typed));
			throw new InvalidInputException(problems);
		}
		return request;
	}

	private static Object typedAnswer(TemplateField field, List<String> raw, List<FieldProblem> problems) {
		List<String> values = raw.stream().filter((value) -> value != null && !value.isBlank()).toList();
		if (values.isEmpty()) {
			return null;
		}
		String path = ANSWER_PREFIX + field.name();
		return switch (field.type()) {
			case SHORT_TEXT, LONG_TEXT, CHOICE, DATE, TIME -> values.get(0);
			case MULTI_CHOICE, CHECKLIST -> values;
			case REPEATING -> null;
			case SCALE, NUMBER, MOOD -> number(values.get(0), path, problems);
			case YES_NO -> yesNo(values.get(0), path, problems);
		};
	}

	private Integer duration(List<FieldProblem> problems) {
		if (isBlank(this.durationMinutes) && isBlank(this.durationSeconds)) {
			return null;
		}
		Integer minutes = number(this.durationMinutes, "durationSeconds", problems);
		Integer seconds = number(this.durationSeconds, "durationSeconds", problems);
		if (problems.stream().anyMatch((problem) -> problem.field().equals("durationSeconds"))) {
			return null;
		}
		long total = 60L * ((minutes == null) ? 0 : minutes) + ((seconds == null) ? 0 : seconds);
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, total));
	}

	private static Integer number(String raw, String field, List<FieldProblem> problems) {
		if (isBlank(raw)) {
			return null;
		}
		try {
			return Integer.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "validation.answer.number"));
			return null;
		}
	}

	private static Boolean yesNo(String raw, String field, List<FieldProblem> problems) {
		return switch (raw.trim()) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> {
				problems.add(FieldProblem.of(field, "validation.answer.yesNo"));
				yield null;
			}
		};
	}

	private static LocalDate date(String raw, String field, List<FieldProblem> problems) {
		if (isBlank(raw)) {
			return null;
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(FieldProblem.of(field, "practice.validation.date"));
			return null;
		}
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value;
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
