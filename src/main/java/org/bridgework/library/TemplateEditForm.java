package org.bridgework.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.library.TemplateEdit.FieldEdit;

/**
 * The rewording form as typed: the template's words, then one group per question with its
 * label, help, whether it is required, and its option labels. Names and option values
 * travel as hidden inputs; the library refuses any it does not know.
 */
class TemplateEditForm {

	private String name;

	private String purpose;

	private String whyItWorks;

	/** One step per line. */
	private String steps;

	private List<FieldRow> fields = new ArrayList<>();

	static TemplateEditForm of(Template template) {
		TemplateEditForm form = new TemplateEditForm();
		form.name = template.name();
		form.purpose = template.purpose();
		form.whyItWorks = template.whyItWorks();
		form.steps = String.join("\n", template.steps());
		form.fields = template.fields().stream().map(FieldRow::of).collect(Collectors.toCollection(ArrayList::new));
		return form;
	}

	TemplateEdit toEdit() {
		List<String> stepLines = (this.steps == null) ? null : Arrays.asList(this.steps.split("\\R"));
		List<FieldEdit> fieldEdits = this.fields.stream()
			.filter((row) -> row != null && row.getName() != null)
			.map(FieldRow::toEdit)
			.toList();
		// A part not posted at all stays as it is; one posted empty is emptied.
		return new TemplateEdit(this.name, this.purpose, this.whyItWorks, stepLines, fieldEdits);
	}

	/**
	 * The rows in the template's order, one per question, keeping what was typed: so a
	 * refused form shows every question again, whatever was posted.
	 */
	void alignWith(Template template) {
		Map<String, FieldRow> posted = this.fields.stream()
			.filter((row) -> row != null && row.getName() != null)
			.collect(Collectors.toMap(FieldRow::getName, Function.identity(), (first, second) -> first));
		List<FieldRow> rows = new ArrayList<>();
		for (TemplateField field : template.fields()) {
			FieldRow row = posted.getOrDefault(field.name(), FieldRow.of(field));
			row.alignWith(field);
			rows.add(row);
		}
		this.fields = rows;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
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

	public List<FieldRow> getFields() {
		return this.fields;
	}

	public void setFields(List<FieldRow> fields) {
		this.fields = fields;
	}

	/** One question's wording. */
	public static class FieldRow {

		private String name;

		private String label;

		private String help;

		private boolean required;

		private List<OptionRow> options = new ArrayList<>();

		/** Not posted: the question's type, to show the clinician what they reword. */
		private FieldType type;

		static FieldRow of(TemplateField field) {
			FieldRow row = new FieldRow();
			row.name = field.name();
			row.label = field.label();
			row.help = field.help();
			row.required = field.required();
			if (field.options() != null) {
				field.options().forEach((option) -> row.options.add(new OptionRow(option.value(), option.label())));
			}
			row.type = field.type();
			return row;
		}

		FieldEdit toEdit() {
			List<FieldOption> optionEdits = this.options.stream()
				.filter((option) -> option != null && option.getValue() != null)
				.map((option) -> new FieldOption(option.getValue(), option.getLabel()))
				.toList();
			return new FieldEdit(this.name, this.label, this.help, this.required, optionEdits);
		}

		void alignWith(TemplateField field) {
			this.type = field.type();
			List<OptionRow> rows = new ArrayList<>();
			if (field.options() != null) {
				for (FieldOption option : field.options()) {
					rows.add(this.options.stream()
						.filter((row) -> row != null && option.value().equals(row.getValue()))
						.findFirst()
						.orElse(new OptionRow(option.value(), option.label())));
				}
			}
			this.options = rows;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
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

		public List<OptionRow> getOptions() {
			return this.options;
		}

		public void setOptions(List<OptionRow> options) {
			this.options = options;
		}

		public FieldType getType() {
			return this.type;
		}

	}

	/** One option's label; its value is what past answers stored, so it stays. */
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
