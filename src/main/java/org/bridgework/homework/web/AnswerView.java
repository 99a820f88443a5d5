package org.bridgework.homework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bridgework.library.FieldType;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.FormErrors;

/**
 * One template question as the entry form shows it: its ids, what the client entered, and
 * its error, so the field fragments stay free of logic. A repeating field also has its
 * rows, each holding its questions as views of their own, named
 * {@code answers.situations[0].automaticThought}.
 */
record AnswerView(TemplateField field, String name, String id, String value, List<String> values, String error,
		List<RowView> rows) {

	/**
	 * A scale with more steps than this is offered as a drop-down list instead of radios.
	 */
	static final int MAX_RADIOS = 11;

	static final int SELECT_STEP = 5;

	AnswerView {
		values = List.copyOf(values);
		rows = List.copyOf(rows);
	}

	static AnswerView of(TemplateField field, EntryForm form, FormErrors errors) {
		String name = EntryForm.ANSWER_PREFIX + field.name();
		if (field.type() == FieldType.REPEATING) {
			return new AnswerView(field, name, idOf(name), "", List.of(), errors.get(name),
					rows(field, name, form.rows(field.name()), errors));
		}
		return of(field, name, form.answers(field.name()), errors);
	}

	private static AnswerView of(TemplateField field, String name, List<String> values, FormErrors errors) {
		return new AnswerView(field, name, idOf(name), values.isEmpty() ? "" : values.get(0), values, errors.get(name),
				List.of());
	}

	/**
	 * The rows to show: those typed, and enough empty ones to reach the fewest the field
	 * takes, at least one.
	 */
	private static List<RowView> rows(TemplateField field, String name, List<Map<String, List<String>>> typed,
			FormErrors errors) {
		List<RowView> rows = new ArrayList<>();
		for (int index = 0; index < EntryForm.rowsToShow(field, typed.size()); index++) {
			Map<String, List<String>> row = (index < typed.size()) ? typed.get(index) : Map.of();
			String rowName = name + "[" + index + "]";
			List<AnswerView> questions = field.subFields()
				.stream()
				.map((sub) -> of(sub, rowName + "." + sub.name(), row.getOrDefault(sub.name(), List.of()), errors))
				.toList();
			rows.add(new RowView(idOf(rowName), index + 1, questions));
		}
		return rows;
	}

	/**
	 * An element id from a form name: {@code answers.situations[1].automaticThought}
	 * becomes {@code answers-situations-1-automaticThought}, as the error summary links
	 * it.
	 */
	static String idOf(String name) {
		return name.replace(".", "-").replace("[", "-").replace("]", "");
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

	/** The name of the hidden field telling how many rows were shown. */
	public String rowsShownName() {
		return EntryForm.ROWS_SHOWN_PREFIX + this.field.name();
	}

	/** Whether a repeating field takes another row. */
	public boolean canAddRow() {
		return this.rows.size() < this.field.mostRows();
	}

	/** The id of the row "Add another" makes, for the page to scroll to. */
	public String nextRowId() {
		return this.id + "-" + this.rows.size();
	}

	/**
	 * What one row is called, with a capital letter as a file writes it ("Situation"), or
	 * null when the file names none.
	 */
	public String rowLabel() {
		String label = this.field.rowLabel();
		return (label == null || label.isBlank()) ? null : label.strip();
	}

	/**
	 * The row's name inside a sentence ("Add another situation"): a first capital
	 * lowered, unless the word is an abbreviation such as "SUDS".
	 */
	public String rowLabelInSentence() {
		String label = rowLabel();
		if (label == null || label.length() < 2 || Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/** The form name of the file a drawing, photo or voice-note question takes. */
	public String uploadName() {
		return EntryForm.UPLOAD_PREFIX + this.field.name();
	}

	public String uploadId() {
		return this.id + "-file";
	}

	public boolean isAudio() {
		return this.field.type() == FieldType.VOICE_NOTE;
	}

	/** The media types the file picker offers; the server checks the bytes anyway. */
	public String accept() {
		return isAudio() ? "audio/*" : "image/png,image/jpeg,image/webp";
	}

	/** A file added earlier and kept while the rest of the form is put right. */
	public boolean hasKeptFile() {
		return this.field.type().isAttachment() && !this.value.isBlank();
	}

	public String keptUrl() {
		return "/attachments/" + this.value;
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

	/**
	 * One row of a repeating field.
	 *
	 * @param number counted from 1, as the row's heading says
	 */
	record RowView(String id, int number, List<AnswerView> fields) {

		RowView {
			fields = List.copyOf(fields);
		}

	}

}
