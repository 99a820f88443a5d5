package org.bridgework.homework.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.homework.EntryRequest;
import org.bridgework.library.FieldType;
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
 * <p>
 * A repeating field's rows come as {@code answers.situations[0].automaticThought}; rows
 * left blank are not sent on, so the typed answer's row numbers count filled rows only.
 *
 * @param answers raw values by template field name (several for a multi-choice or a
 * checklist)
 * @param rows a repeating field's rows as shown, blank ones too: each the raw values by
 * sub-field name
 * @param durationMinutes the minutes part of how long it took
 * @param durationSeconds the seconds part of how long it took
 */
record EntryForm(Map<String, List<String>> answers, Map<String, List<Map<String, List<String>>>> rows,
		String occurredOn, String durationMinutes, String durationSeconds, String quality, String moodBefore,
		String moodAfter, String note, boolean keepPrivate, boolean flagForSession, String idempotencyKey) {

	static final String ANSWER_PREFIX = "answers.";

	/** The hidden field that says how many rows of a repeating field the form showed. */
	/**
	 * File parts of the form: {@code upload.drawing} for the question {@code drawing}.
	 */
	static final String UPLOAD_PREFIX = "upload.";

	static final String ROWS_SHOWN_PREFIX = "rowsShown.";

	private static final Pattern ROW_PARAM = Pattern
		.compile("answers\\.([a-zA-Z0-9]+)\\[(\\d{1,4})\\]\\.([a-zA-Z0-9]+)");

	private static final Pattern LOOSE_TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

	EntryForm {
		answers = Map.copyOf(answers);
		rows = Map.copyOf(rows);
	}

	static EntryForm blank(LocalDate day) {
		return new EntryForm(Map.of(), Map.of(), day.toString(), "", "", "", "", "", "", false, false,
				UUID.randomUUID().toString());
	}

	static EntryForm from(MultiValueMap<String, String> params, Template template) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		Map<String, List<Map<String, List<String>>>> rows = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			if (field.type() == FieldType.REPEATING) {
				rows.put(field.name(), rowsOf(field, params));
				continue;
			}
			List<String> values = params.get(ANSWER_PREFIX + field.name());
			answers.put(field.name(), (values == null) ? List.of() : List.copyOf(values));
		}
		return new EntryForm(answers, rows, text(params, "occurredOn"), text(params, "durationMinutes"),
				text(params, "durationSeconds"), text(params, "quality"), text(params, "moodBefore"),
				text(params, "moodAfter"), text(params, "note"), params.containsKey("keepPrivate"),
				params.containsKey("flagForSession"), text(params, "idempotencyKey"));
	}

	/**
	 * The same form under a new key, for when the old key already saved other content.
	 */
	EntryForm withNewKey() {
		return new EntryForm(this.answers, this.rows, this.occurredOn, this.durationMinutes, this.durationSeconds,
				this.quality, this.moodBefore, this.moodAfter, this.note, this.keepPrivate, this.flagForSession,
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

	/** A repeating field's rows as the client saw them, blank ones too. */
	List<Map<String, List<String>>> rows(String name) {
		return this.rows.getOrDefault(name, List.of());
	}

	/**
	 * How many rows of a repeating field to show: every row there is, and at least the
	 * fewest the field takes (one if none), never more than it allows.
	 */
	static int rowsToShow(TemplateField field, int rows) {
		return Math.min(field.mostRows(), Math.max(rows, Math.max(field.fewestRows(), 1)));
	}

	/**
	 * The same form with one more empty row for a repeating field, keeping everything
	 * typed. Nothing changes for a field that is not repeating or is full.
	 */
	EntryForm withAnotherRow(String name, Template template) {
		TemplateField field = template.field(name).filter((found) -> found.type() == FieldType.REPEATING).orElse(null);
		if (field == null) {
			return this;
		}
		List<Map<String, List<String>>> grown = new ArrayList<>(rows(name));
		int wanted = Math.min(field.mostRows(), rowsToShow(field, grown.size()) + 1);
		while (grown.size() < wanted) {
			grown.add(Map.of());
		}
		return withRows(name, grown);
	}

	/**
	 * The same form without its blank rows, so each row sits where the typed answer and
	 * its problems number it.
	 */
	EntryForm withoutBlankRows() {
		EntryForm form = this;
		for (var field : this.rows.entrySet()) {
			form = form.withRows(field.getKey(), field.getValue().stream().filter((row) -> !isBlank(row)).toList());
		}
		return form;
	}

	private EntryForm withRows(String name, List<Map<String, List<String>>> changed) {
		Map<String, List<Map<String, List<String>>>> all = new LinkedHashMap<>(this.rows);
		all.put(name, List.copyOf(changed));
		return new EntryForm(this.answers, all, this.occurredOn, this.durationMinutes, this.durationSeconds,
				this.quality, this.moodBefore, this.moodAfter, this.note, this.keepPrivate, this.flagForSession,
				this.idempotencyKey);
	}

	/**
	 * Typed answers and common fields. Anything that cannot be read as its type is
	 * refused, together with whatever else the template says about the answers.
	 */
	EntryRequest toRequest(Template template) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, Object> typed = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			String path = ANSWER_PREFIX + field.name();
			Object value = (field.type() == FieldType.REPEATING) ? typedRows(field, rows(field.name()), path, problems)
					: typedAnswer(field, answers(field.name()), path, problems);
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

	/**
	 * The filled rows of a repeating field, each with its typed answers; null when every
	 * row is blank.
	 */
	private static List<Map<String, Object>> typedRows(TemplateField field, List<Map<String, List<String>>> rows,
			String path, List<FieldProblem> problems) {
		List<Map<String, Object>> typed = new ArrayList<>();
		for (Map<String, List<String>> row : rows) {
			if (isBlank(row)) {
				continue;
			}
			String rowPath = path + "[" + typed.size() + "].";
			Map<String, Object> answers = new LinkedHashMap<>();
			for (TemplateField sub : field.subFields()) {
				Object value = typedAnswer(sub, row.getOrDefault(sub.name(), List.of()), rowPath + sub.name(),
						problems);
				if (value != null) {
					answers.put(sub.name(), value);
				}
			}
			typed.add(answers);
		}
		return typed.isEmpty() ? null : typed;
	}

	private static Object typedAnswer(TemplateField field, List<String> raw, String path, List<FieldProblem> problems) {
		List<String> values = filled(raw);
		if (values.isEmpty()) {
			return null;
		}
		return switch (field.type()) {
			case SHORT_TEXT, LONG_TEXT, CHOICE -> values.get(0);
			case DATE, DRAWING, PHOTO, VOICE_NOTE -> values.get(0).trim();
			case TIME -> time(values.get(0));
			case MULTI_CHOICE, CHECKLIST -> values;
			case SCALE, NUMBER, MOOD -> number(values.get(0), path, problems);
			case YES_NO -> yesNo(values.get(0), path, problems);
			// Never inside a row, and read by typedRows at the top.
			case REPEATING -> null;
		};
	}

	/**
	 * A time as {@code HH:MM}. Browsers may add seconds, and someone typing may leave out
	 * the leading zero; anything else is passed on as typed for the template to refuse.
	 */
	private static String time(String raw) {
		String value = raw.trim();
		if (!LOOSE_TIME.matcher(value).matches()) {
			return value;
		}
		try {
			return HOURS_MINUTES.format(LocalTime.parse((value.indexOf(':') == 1) ? "0" + value : value));
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	/**
	 * A repeating field's rows by their number in the form, so a blank row keeps its
	 * place when the form is shown again. Rows past the field's limit were never offered
	 * and are not read.
	 */
	private static List<Map<String, List<String>>> rowsOf(TemplateField field, MultiValueMap<String, String> params) {
		int count = 0;
		String shown = params.getFirst(ROWS_SHOWN_PREFIX + field.name());
		if (shown != null && shown.trim().matches("\\d{1,4}")) {
			count = Integer.parseInt(shown.trim());
		}
		Map<Integer, Map<String, List<String>>> byIndex = new LinkedHashMap<>();
		for (var param : params.entrySet()) {
			Matcher name = ROW_PARAM.matcher(param.getKey());
			if (!name.matches() || !name.group(1).equals(field.name()) || field.subField(name.group(3)).isEmpty()) {
				continue;
			}
			int index = Integer.parseInt(name.group(2));
			if (index < field.mostRows()) {
				byIndex.computeIfAbsent(index, (key) -> new LinkedHashMap<>())
					.put(name.group(3), List.copyOf(param.getValue()));
				count = Math.max(count, index + 1);
			}
		}
		List<Map<String, List<String>>> rows = new ArrayList<>();
		for (int index = 0; index < Math.min(count, field.mostRows()); index++) {
			rows.add(Collections.unmodifiableMap(byIndex.getOrDefault(index, Map.of())));
		}
		return rows;
	}

	private static List<String> filled(List<String> raw) {
		return raw.stream().filter((value) -> value != null && !value.isBlank()).toList();
	}

	private static boolean isBlank(Map<String, List<String>> row) {
		return row.values().stream().allMatch((values) -> filled(values).isEmpty());
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
