package org.bridgework.homework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bridgework.library.TemplateField;
import org.bridgework.shared.FormErrors;

/**
 * One template question as the entry form shows it: its ids, what the client entered, and
 * its error, so the field fragments stay free of logic.
 */
record AnswerView(TemplateField field, String name, String id, String value, List<String> values, String error) {

	/**
	 * A scale with more steps than this is offered as a drop-down list instead of radios.
	 */
	static final int MAX_RADIOS = 11;

	static final int SELECT_STEP = 5;

	AnswerView {
		values = List.copyOf(values);
	}

	static AnswerView of(TemplateField field, EntryForm form, FormErrors errors) {
		String name = EntryForm.ANSWER_PREFIX + field.name();
		return new AnswerView(field, name, "answers-" + field.name(), form.answer(field.name()),
				form.answers(field.name()), errors.get(name));
	}

	public String type() {
		return this.field.type().jsonName();
	}

	public boolean hasError() {
		return this.error != null;
	}

	public String hintId() {
		return this.id + "-hint";
	}

	public String errorId() {
		return this.id + "-error";
	}

	/**
	 * The ids of the help text and the error, for {@code aria-describedby}; null if none.
	 */
	public String describedBy() {
		String ids = Stream.of((this.field.help() != null) ? hintId() : null, hasError() ? errorId() : null)
			.filter((id) -> id != null)
			.collect(Collectors.joining(" "));
		return ids.isEmpty() ? null : ids;
	}

	public boolean isChosen(Object option) {
		return this.values.contains(String.valueOf(option));
	}

	public String optionId(int index) {
		return this.id + "-" + index;
	}

	/** Whether a scale is too long for a row of radios. */
	public boolean usesSelect() {
		return this.field.highest() - this.field.lowest() + 1 > MAX_RADIOS;
	}

	/**
	 * The values a scale offers: every whole number, or steps of five on a long scale.
	 */
	public List<Integer> scaleValues() {
		int step = (usesSelect() && (this.field.highest() - this.field.lowest()) % SELECT_STEP == 0) ? SELECT_STEP : 1;
		List<Integer> values = new ArrayList<>();
		for (int value = this.field.lowest(); value <= this.field.highest(); value += step) {
			values.add(value);
		}
		return values;
	}

}
