package org.bridgework.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.bridgework.shared.InvalidInputException.FieldProblem;

/**
 * One question of a template and the rule its answer follows. The API and the web form
 * check answers against the same rules.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateField(String name, FieldType type, String label, String help, boolean required, Integer min,
		Integer max, String minLabel, String maxLabel, String unit, Integer maxLength, List<FieldOption> options) {

	static final int SHORT_TEXT_MAX = 200;

	static final int LONG_TEXT_MAX = 4000;

	public TemplateField {
		options = (options == null) ? null : List.copyOf(options);
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

	/**
	 * Checks one answer. A missing answer ({@code null}) is a problem only for a required
	 * field.
	 */
	Optional<FieldProblem> check(Object answer) {
		String path = "answers." + this.name;
		if (isEmpty(answer)) {
			return this.required ? Optional.of(FieldProblem.of(path, "validation.required")) : Optional.empty();
		}
		return switch (this.type) {
			case SHORT_TEXT, LONG_TEXT -> checkText(path, answer);
			case SCALE, NUMBER, MOOD -> checkWholeNumber(path, answer);
			case CHOICE -> checkChoice(path, answer);
			case MULTI_CHOICE -> checkChoices(path, answer);
			case YES_NO -> (answer instanceof Boolean) ? Optional.empty()
					: Optional.of(FieldProblem.of(path, "validation.answer.yesNo"));
		};
	}

	private Optional<FieldProblem> checkText(String path, Object answer) {
		if (!(answer instanceof String text)) {
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

	private Optional<FieldProblem> checkChoices(String path, Object answer) {
		boolean valid = answer instanceof Collection<?> values
				&& values.stream().allMatch((value) -> value instanceof String text && isOption(text));
		return valid ? Optional.empty() : Optional.of(FieldProblem.of(path, "validation.answer.choice"));
	}

	private boolean isOption(String value) {
		return this.options.stream().anyMatch((option) -> option.value().equals(value));
	}

	private static boolean isEmpty(Object answer) {
		return answer == null || (answer instanceof String text && text.isBlank())
				|| (answer instanceof Collection<?> values && values.isEmpty());
	}

}
