package org.bridgework.library;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.bridgework.shared.InvalidInputException.FieldProblem;

/**
 * One question of a template and the rule its answer follows. The API and the web form
 * check answers against the same rules.
 *
 * @param fields a repeating field's questions, asked once per row; null for every other
 * type
 * @param minRows the fewest rows a repeating field's answer has (0 unless the file says)
 * @param maxRows the most rows a repeating field's answer has (20 unless the file says)
 * @param rowLabel what one row of a repeating field is called, such as "Situation"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateField(String name, FieldType type, String label, String help, boolean required, Integer min,
		Integer max, String minLabel, String maxLabel, String unit, Integer maxLength, List<FieldOption> options,
		List<TemplateField> fields, Integer minRows, Integer maxRows, String rowLabel) {

	static final int SHORT_TEXT_MAX = 200;

	static final int LONG_TEXT_MAX = 4000;

	static final int DEFAULT_MIN_ROWS = 0;

	static final int DEFAULT_MAX_ROWS = 20;

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern ATTACHMENT_ID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern HOURS_MINUTES = Pattern.compile("\\d{2}:\\d{2}");

	/**
	 * Row limits get their defaults on repeating fields only, so every other field reads
	 * and writes exactly as before.
	 */
	public TemplateField {
		options = (options == null) ? null : List.copyOf(options);
		fields = (fields == null) ? null : List.copyOf(fields);
		if (type == FieldType.REPEATING) {
			minRows = (minRows != null) ? minRows : DEFAULT_MIN_ROWS;
			maxRows = (maxRows != null) ? maxRows : DEFAULT_MAX_ROWS;
		}
	}

	/** A question of any type but repeating. */
	public TemplateField(String name, FieldType type, String label, String help, boolean required, Integer min,
			Integer max, String minLabel, String maxLabel, String unit, Integer maxLength, List<FieldOption> options) {
		this(name, type, label, help, required, min, max, minLabel, maxLabel, unit, maxLength, options, null, null,
				null, null);
	}

	/**
	 * Reads a field from a library file, where {@code "required"} may be left out: a
	 * question is optional unless the file says otherwise.
	 */
	@JsonCreator
	static TemplateField fromJson(@JsonProperty("name") String name, @JsonProperty("type") FieldType type,
			@JsonProperty("label") String label, @JsonProperty("help") String help,
			@JsonProperty("required") Boolean required, @JsonProperty("min") Integer min,
			@JsonProperty("max") Integer max, @JsonProperty("minLabel") String minLabel,
			@JsonProperty("maxLabel") String maxLabel, @JsonProperty("unit") String unit,
			@JsonProperty("maxLength") Integer maxLength, @JsonProperty("options") List<FieldOption> options,
			@JsonProperty("fields") List<TemplateField> fields, @JsonProperty("minRows") Integer minRows,
			@JsonProperty("maxRows") Integer maxRows, @JsonProperty("rowLabel") String rowLabel) {
		return new TemplateField(name, type, label, help, Boolean.TRUE.equals(required), min, max, minLabel, maxLabel,
				unit, maxLength, options, fields, minRows, maxRows, rowLabel);
	}

	public int lowest() {
		return (this.type == FieldType.MOOD) ? FieldType.MOOD_MIN : this.min;
	}

	public int highest() {
		return (this.type == FieldType.MOOD) ? FieldType.MOOD_MAX : this.max;
	}

	public int textLimit() {
		if (this.maxLength != null) {
			return this.maxLength;
		}
		return (this.type == FieldType.SHORT_TEXT) ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
	}

	/** A repeating field's questions, or none. */
	public List<TemplateField> subFields() {
		return (this.fields != null) ? this.fields : List.of();
	}

	public Optional<TemplateField> subField(String name) {
		return subFields().stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	/** The fewest rows a repeating field's answer has. */
	public int fewestRows() {
		return (this.minRows != null) ? this.minRows : DEFAULT_MIN_ROWS;
	}

	/** The most rows a repeating field's answer has. */
	public int mostRows() {
		return (this.maxRows != null) ? this.maxRows : DEFAULT_MAX_ROWS;
	}

	/**
	 * The label of an option value, or the value itself when the field has no such
	 * option.
	 */
	public String optionLabel(Object value) {
		if (this.options == null) {
			return String.valueOf(value);
		}
		return this.options.stream()
			.filter((option) -> option.value().equals(value))
			.map(FieldOption::label)
			.findFirst()
			.orElse(String.valueOf(value));
	}

	/**
	 * Checks one answer. A missing answer ({@code null}) is a problem only for a required
	 * field.
	 */
	List<FieldProblem> check(Object answer) {
		return check("answers." + this.name, answer);
	}

	/**
	 * Checks one answer, naming problems from {@code path}: {@code answers.mood}, or
	 * {@code answers.situations[1].automaticThought} inside a repeating field's row.
	 */
	List<FieldProblem> check(String path, Object answer) {
		if (isEmpty(answer)) {
			return this.required ? List.of(FieldProblem.of(path, "validation.required")) : List.of();
		}
		if (this.type == FieldType.REPEATING) {
			return checkRows(path, answer);
		}
		Optional<FieldProblem> problem = switch (this.type) {
			case SHORT_TEXT, LONG_TEXT -> checkText(path, answer);
			case SCALE, NUMBER, MOOD -> checkWholeNumber(path, answer);
			case CHOICE -> checkChoice(path, answer);
			case MULTI_CHOICE -> checkChoices(path, answer, "validation.answer.choice");
			case CHECKLIST -> checkChoices(path, answer, "validation.answer.checklist");
			case YES_NO -> (answer instanceof Boolean) ? Optional.empty()
					: Optional.of(FieldProblem.of(path, "validation.answer.yesNo"));
			case DATE ->
				isDate(answer) ? Optional.empty() : Optional.of(FieldProblem.of(path, "validation.answer.date"));
			case TIME ->
				isTime(answer) ? Optional.empty() : Optional.of(FieldProblem.of(path, "validation.answer.time"));
			case DRAWING, PHOTO, VOICE_NOTE -> isAttachmentId(answer) ? Optional.empty()
					: Optional.of(FieldProblem.of(path, "validation.answer.attachment"));
			case REPEATING -> throw new IllegalStateException("Rows are checked above");
		};
		return problem.map(List::of).orElse(List.of());
	}

	private Optional<FieldProblem> checkText(String path, Object answer) {
		if (!(answer instanceof String text) || !storable(text)) {
			return Optional.of(FieldProblem.of(path, "validation.answer.text"));
		}
		return (text.length() > textLimit()) ? Optional.of(FieldProblem.of(path, "validation.tooLong", textLimit()))
				: Optional.empty();
	}

	private Optional<FieldProblem> checkWholeNumber(String path, Object answer) {
		if (!(answer instanceof Integer || answer instanceof Long || answer instanceof Short)) {
			return Optional.of(FieldProblem.of(path, "validation.answer.number"));
		}
		long value = ((Number) answer).longValue();
		return (value < lowest() || value > highest())
				? Optional.of(FieldProblem.of(path, "validation.range", lowest(), highest())) : Optional.empty();
	}

	private Optional<FieldProblem> checkChoice(String path, Object answer) {
		return (answer instanceof String value && isOption(value)) ? Optional.empty()
				: Optional.of(FieldProblem.of(path, "validation.answer.choice"));
	}

	private Optional<FieldProblem> checkChoices(String path, Object answer, String code) {
		boolean valid = answer instanceof Collection<?> values
				&& values.stream().allMatch((value) -> value instanceof String text && isOption(text));
		return valid ? Optional.empty() : Optional.of(FieldProblem.of(path, code));
	}

	/**
	 * A list of rows, each an object answering this field's questions. A row is checked
	 * like a small template: unknown questions are refused, and each answer follows its
	 * question's rule.
	 */
	private List<FieldProblem> checkRows(String path, Object answer) {
		if (!(answer instanceof List<?> rows)) {
			return List.of(FieldProblem.of(path, "validation.answer.rows"));
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (rows.size() < fewestRows()) {
			problems.add(FieldProblem.of(path, "validation.rows.tooFew", fewestRows()));
		}
		if (rows.size() > mostRows()) {
			problems.add(FieldProblem.of(path, "validation.rows.tooMany", mostRows()));
			// Rows past the limit cannot be stored anyway; checking them adds only noise.
			return problems;
		}
		for (int index = 0; index < rows.size(); index++) {
			String rowPath = path + "[" + index + "]";
			if (!(rows.get(index) instanceof Map<?, ?> row)) {
				problems.add(FieldProblem.of(rowPath, "validation.answer.row"));
				continue;
			}
			row.keySet()
				.stream()
				.map(String::valueOf)
				.filter((name) -> subField(name).isEmpty())
				.sorted()
				.forEach((name) -> problems.add(FieldProblem.of(rowPath + "." + name, "validation.answer.unknown")));
			for (TemplateField field : subFields()) {
				problems.addAll(field.check(rowPath + "." + field.name(), row.get(field.name())));
			}
		}
		return problems;
	}

	/**
	 * Text kept exactly as sent: no NUL character (PostgreSQL's text and jsonb refuse it,
	 * and answers go into exports and other columns as text) and no half of a surrogate
	 * pair (UTF-8, in which answers are encrypted and stored, has no place for one: it
	 * would come back as "?"). Only a broken or hostile client sends either.
	 */
	private static boolean storable(String text) {
		return text.indexOf('\0') < 0 && StandardCharsets.UTF_8.newEncoder().canEncode(text);
	}

	private boolean isOption(String value) {
		return this.options.stream().anyMatch((option) -> option.value().equals(value));
	}

	private static boolean isDate(Object answer) {
		if (!(answer instanceof String text) || !ISO_DATE.matcher(text).matches()) {
			return false;
		}
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * The answer names an upload by its id; whether that upload exists and belongs to the
	 * entry is for the service that stores entries to say.
	 */
	private static boolean isAttachmentId(Object answer) {
		return answer instanceof String id && ATTACHMENT_ID.matcher(id).matches();
	}

	private static boolean isTime(Object answer) {
		if (!(answer instanceof String text) || !HOURS_MINUTES.matcher(text).matches()) {
			return false;
		}
		try {
			LocalTime.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	/**
	 * Nothing answered: no value, blank text, no picks, or, for a repeating field, rows
	 * none of which holds an answer.
	 */
	private boolean isEmpty(Object answer) {
		if (this.type == FieldType.REPEATING && answer instanceof Collection<?> rows) {
			return rows.stream().allMatch(TemplateField::isBlankRow);
		}
		return isNothing(answer);
	}

	private static boolean isBlankRow(Object row) {
		return row instanceof Map<?, ?> answers && answers.values().stream().allMatch(TemplateField::isNothing);
	}

	static boolean isNothing(Object answer) {
		return answer == null || (answer instanceof String text && text.isBlank())
				|| (answer instanceof Collection<?> values && values.isEmpty());
	}

}
