package org.bridgework.library;

import java.util.List;

/**
 * A whole template as its author wrote it, to build a new one or a new version of one:
 * the words, and the questions in the order they are asked. Names and option values may
 * be left out: new questions and options get them from their labels, and those of an
 * earlier version stay, since past answers stored them. A new version keeps the name, the
 * kind and the questions of the one before when {@code name}, {@code kind} or
 * {@code fields} is left out (null); other parts left out are emptied.
 *
 * @param clinic whether an admin publishes the new template for the whole clinic (new
 * templates only)
 */
public record TemplateDraft(String name, String kind, List<String> modalities, String purpose, String whyItWorks,
		List<String> steps, Integer estimatedMinutes, List<FieldDraft> fields, Boolean clinic) {

	public TemplateDraft {
		modalities = (modalities == null) ? List.of() : modalities;
		steps = (steps == null) ? List.of() : steps;
	}

	boolean forClinic() {
		return Boolean.TRUE.equals(this.clinic);
	}

	/**
	 * One question as written.
	 *
	 * @param name the question's name: an earlier version's keeps it, a new one may leave
	 * it out
	 * @param options for choice, multi-choice and checklist questions; an option's value
	 * may be left out on a new option
	 * @param fields a repeating question's sub-questions
	 */
	public record FieldDraft(String name, FieldType type, String label, String help, Boolean required, Integer min,
			Integer max, String minLabel, String maxLabel, String unit, List<FieldOption> options,
			List<FieldDraft> fields, Integer minRows, Integer maxRows, String rowLabel) {

		public FieldDraft {
			options = (options == null) ? List.of() : options;
			fields = (fields == null) ? List.of() : fields;
		}

	}

}
