package org.bridgework.library;

import java.util.List;

/**
 * A change of wording to a clinician's own template. What a past answer stored (field
 * names and types, option values, ranges) cannot change, so entries written against
 * earlier versions keep their meaning. A null value leaves that part as it is; a blank
 * {@code purpose}, {@code whyItWorks} or {@code help} removes it.
 *
 * @param steps the cue sheet, one step per item; blank items are dropped
 * @param fields the questions to reword, by name; questions not listed stay as they are
 */
public record TemplateEdit(String name, String purpose, String whyItWorks, List<String> steps, List<FieldEdit> fields) {

	public TemplateEdit {
		fields = (fields == null) ? List.of() : fields;
	}

	/**
	 * New wording for one question.
	 *
	 * @param name the question's name (it cannot change)
	 * @param options new labels by option value, for choice, multi-choice and checklist
	 * questions; options not listed keep their label
	 */
	public record FieldEdit(String name, String label, String help, Boolean required, List<FieldOption> options) {

		public FieldEdit {
			options = (options == null) ? List.of() : options;
		}

	}

}
