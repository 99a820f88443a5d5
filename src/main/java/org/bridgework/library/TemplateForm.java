package org.bridgework.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.bridgework.library.TemplateDraft.FieldDraft;

/**
 * The template builder's form as typed: the template's words, then its questions in
 * order, each with its settings, options and (for a repeating question) sub-questions. It
 * works without JavaScript: every change to the structure is a submit button named
 * {@code action} (e.g. {@code addField}, {@code moveUp:2}, {@code removeOption:1.0:3}),
 * applied here and shown again, so nothing typed is lost. Names and option values travel
 * as hidden inputs; the library keeps the ones it knows.
 */
class TemplateForm {

	private String name;

	private String kind;

	/** Comma-separated. */
	private String modalities;

	private String purpose;

	private String whyItWorks;

	/** One step per line. */
	private String steps;

	private Integer estimatedMinutes;

	/** Whether an admin publishes a new template for the whole clinic. */
	private boolean clinic;

	/** The kind of question the "Add a question" button adds. */
	private FieldType newType = FieldType.SHORT_TEXT;

	private List<QuestionRow> fields = new ArrayList<>();

	/** A new template: a practice, with no questions yet. */
	static TemplateForm blank() {
		TemplateForm form = new TemplateForm();
		form.kind = "practice";
		return form;
	}

	static TemplateForm of(Template template) {
		TemplateForm form = new TemplateForm();
		form.name = template.name();
		form.kind = template.kind();
		form.modalities = String.join(", ", template.modalities());
		form.purpose = template.purpose();
		form.whyItWorks = template.whyItWorks();
		form.steps = String.join("\n", template.steps());
		form.estimatedMinutes = template.estimatedMinutes();
		template.fields().forEach((field) -> form.fields.add(QuestionRow.of(field)));
		return form;
	}

	TemplateDraft toDraft() {
		List<String> modalityList = (this.modalities == null) ? null : Arrays.asList(this.modalities.split(","));
		List<String> stepLines = (this.steps == null) ? null : Arrays.asList(this.steps.split("\\R"));
		return new TemplateDraft(this.name, this.kind, modalityList, this.purpose, this.whyItWorks, stepLines,
				this.estimatedMinutes, rows(this.fields).stream().map(QuestionRow::toDraft).toList(), this.clinic);
	}

	/**
	 * Drops rows a post skipped (a gap in the indexes), so the page shows what was sent.
	 */
	void tidy() {
		this.fields = rows(this.fields);
		this.fields.forEach(QuestionRow::tidy);
	}

	/**
	 * Gives saved questions posted without their type the type they have, so the page can
	 * show them.
	 */
	void typesFrom(Template current) {
		fillTypes(this.fields, current.fields());
	}

	private static void fillTypes(List<QuestionRow> rows, List<TemplateField> saved) {
		for (QuestionRow row : rows) {
			TemplateField field = saved.stream().filter((f) -> f.name().equals(row.name)).findFirst().orElse(null);
			if (field != null) {
				if (row.type == null) {
					row.type = field.type();
				}
				fillTypes(row.fields, field.subFields());
			}
		}
	}

	/**
	 * Applies one change to the structure. Paths name a question by its index, or a
	 * sub-question by two ({@code 2.0}); unknown actions and paths change nothing.
	 * @return whether the action was a change to the structure (not a save)
	 */
	boolean apply(String action) {
		tidy();
		if (action == null || action.isBlank() || action.equals("save")) {
			return false;
		}
		String[] parts = action.split(":");
		String verb = parts[0];
		try {
			switch (verb) {
				case "addField" -> this.fields.add(QuestionRow.blank(
						TemplateBuilder.questionTypes().contains(this.newType) ? this.newType : FieldType.SHORT_TEXT));
				case "removeField" -> siblings(parts[1]).remove(last(parts[1]));
				case "moveUp" -> move(siblings(parts[1]), last(parts[1]), -1);
				case "moveDown" -> move(siblings(parts[1]), last(parts[1]), 1);
				case "addOption" -> question(parts[1]).options.add(new OptionRow(null, ""));
				case "removeOption" -> question(parts[1]).options.remove(Integer.parseInt(parts[2]));
				case "addSubField" -> {
					QuestionRow row = question(parts[1]);
					FieldType type = TemplateBuilder.subQuestionTypes().contains(row.newSubType) ? row.newSubType
							: FieldType.SHORT_TEXT;
					row.fields.add(QuestionRow.blank(type));
				}
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			// A stale or made-up path: nothing to change.
		}
		return true;
	}

	private List<QuestionRow> siblings(String path) {
		String[] indexes = path.split("\\.");
		return (indexes.length == 1) ? this.fields : this.fields.get(Integer.parseInt(indexes[0])).fields;
	}

	private QuestionRow question(String path) {
		return siblings(path).get(last(path));
	}

	private static int last(String path) {
		String[] indexes = path.split("\\.");
		return Integer.parseInt(indexes[indexes.length - 1]);
	}

	private static void move(List<QuestionRow> rows, int index, int by) {
		int to = index + by;
		if (to >= 0 && to < rows.size()) {
			rows.add(to, rows.remove(index));
		}
	}

	private static List<QuestionRow> rows(List<QuestionRow> rows) {
		return (rows == null) ? new ArrayList<>() : new ArrayList<>(rows.stream().filter(Objects::nonNull).toList());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getModalities() {
		return this.modalities;
	}

	public void setModalities(String modalities) {
		this.modalities = modalities;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getWhyItWorks() {
		return this.whyItWorks;
	}

	public void setWhyItWorks(String whyItWorks) {
		this.whyItWorks = whyItWorks;
	}

	public String getSteps() {
		return this.steps;
	}

	public void setSteps(String steps) {
		this.steps = steps;
	}

	public Integer getEstimatedMinutes() {
		return this.estimatedMinutes;
	}

	public void setEstimatedMinutes(Integer estimatedMinutes) {
		this.estimatedMinutes = estimatedMinutes;
	}

	public boolean isClinic() {
		return this.clinic;
	}

	public void setClinic(boolean clinic) {
		this.clinic = clinic;
	}

	public FieldType getNewType() {
		return this.newType;
	}

	public void setNewType(FieldType newType) {
		this.newType = newType;
	}

	public List<QuestionRow> getFields() {
		return this.fields;
	}

	public void setFields(List<QuestionRow> fields) {
		this.fields = fields;
	}

	/** One question and its settings. */
	public static class QuestionRow {

		/** Blank on a question not saved yet. */
		private String name;

		private FieldType type;

		private String label;

		private String help;

		private boolean required;

		private Integer min;

		private Integer max;

		private String minLabel;

		private String maxLabel;

		private String unit;

		private List<OptionRow> options = new ArrayList<>();

		private List<QuestionRow> fields = new ArrayList<>();

		private Integer minRows;

		private Integer maxRows;

		private String rowLabel;

		/** The kind of sub-question "Add a question to each row" adds. */
		private FieldType newSubType = FieldType.SHORT_TEXT;

		static QuestionRow of(TemplateField field) {
			QuestionRow row = new QuestionRow();
			row.name = field.name();
			row.type = field.type();
			row.label = field.label();
			row.help = field.help();
			row.required = field.required();
			row.min = field.min();
			row.max = field.max();
			row.minLabel = field.minLabel();
			row.maxLabel = field.maxLabel();
			row.unit = field.unit();
			if (field.options() != null) {
				field.options().forEach((option) -> row.options.add(new OptionRow(option.value(), option.label())));
			}
			field.subFields().forEach((sub) -> row.fields.add(of(sub)));
			row.minRows = field.minRows();
			row.maxRows = field.maxRows();
			row.rowLabel = field.rowLabel();
			return row;
		}

		/** A new question of a type, with what that type starts with. */
		static QuestionRow blank(FieldType type) {
			QuestionRow row = new QuestionRow();
			row.type = type;
			if (type == FieldType.SCALE) {
				row.min = 0;
				row.max = 10;
			}
			if (type.hasOptions()) {
				row.options.add(new OptionRow(null, ""));
				row.options.add(new OptionRow(null, ""));
			}
			if (type == FieldType.REPEATING) {
				row.minRows = TemplateField.DEFAULT_MIN_ROWS;
				row.maxRows = TemplateField.DEFAULT_MAX_ROWS;
				row.fields.add(blank(FieldType.SHORT_TEXT));
			}
			return row;
		}

		FieldDraft toDraft() {
			List<FieldOption> optionDrafts = optionRows(this.options).stream()
				.map((option) -> new FieldOption(blankToNull(option.getValue()), option.getLabel()))
				.toList();
			return new FieldDraft(blankToNull(this.name), this.type, this.label, this.help, this.required, this.min,
					this.max, this.minLabel, this.maxLabel, this.unit, optionDrafts,
					TemplateForm.rows(this.fields).stream().map(QuestionRow::toDraft).toList(), this.minRows,
					this.maxRows, this.rowLabel);
		}

		void tidy() {
			this.options = optionRows(this.options);
			this.fields = TemplateForm.rows(this.fields);
			this.fields.forEach(QuestionRow::tidy);
		}

		/** Whether the question was saved before (its type and name are fixed). */
		public boolean isSaved() {
			return this.name != null && !this.name.isBlank();
		}

		private static List<OptionRow> optionRows(List<OptionRow> rows) {
			return (rows == null) ? new ArrayList<>()
					: new ArrayList<>(rows.stream().filter(Objects::nonNull).toList());
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public FieldType getType() {
			return this.type;
		}

		public void setType(FieldType type) {
			this.type = type;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getHelp() {
			return this.help;
		}

		public void setHelp(String help) {
			this.help = help;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public Integer getMin() {
			return this.min;
		}

		public void setMin(Integer min) {
			this.min = min;
		}

		public Integer getMax() {
			return this.max;
		}

		public void setMax(Integer max) {
			this.max = max;
		}

		public String getMinLabel() {
			return this.minLabel;
		}

		public void setMinLabel(String minLabel) {
			this.minLabel = minLabel;
		}

		public String getMaxLabel() {
			return this.maxLabel;
		}

		public void setMaxLabel(String maxLabel) {
			this.maxLabel = maxLabel;
		}

		public String getUnit() {
			return this.unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public List<OptionRow> getOptions() {
			return this.options;
		}

		public void setOptions(List<OptionRow> options) {
			this.options = options;
		}

		public List<QuestionRow> getFields() {
			return this.fields;
		}

		public void setFields(List<QuestionRow> fields) {
			this.fields = fields;
		}

		public Integer getMinRows() {
			return this.minRows;
		}

		public void setMinRows(Integer minRows) {
			this.minRows = minRows;
		}

		public Integer getMaxRows() {
			return this.maxRows;
		}

		public void setMaxRows(Integer maxRows) {
			this.maxRows = maxRows;
		}

		public String getRowLabel() {
			return this.rowLabel;
		}

		public void setRowLabel(String rowLabel) {
			this.rowLabel = rowLabel;
		}

		public FieldType getNewSubType() {
			return this.newSubType;
		}

		public void setNewSubType(FieldType newSubType) {
			this.newSubType = newSubType;
		}

	}

	/** One option: its value (blank on a new one) and its label. */
	public static class OptionRow {

		private String value;

		private String label;

		public OptionRow() {
		}

		OptionRow(String value, String label) {
			this.value = value;
			this.label = label;
		}

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

	}

}
