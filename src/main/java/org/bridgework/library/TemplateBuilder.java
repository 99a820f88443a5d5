package org.bridgework.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bridgework.library.TemplateDraft.FieldDraft;
import org.bridgework.shared.FieldChecks;

/**
 * Turns a template as its author wrote it into a definition, or refuses it with every
 * problem named by where it is ({@code fields[2].options[0].label}). Against an earlier
 * version, what past answers stored stays: a question keeps its name and type, an option
 * its value. New questions and options get names and values from their labels.
 */
final class TemplateBuilder {

	static final int FIELDS_MAX = 40;

	static final int SUB_FIELDS_MAX = 10;

	static final int OPTIONS_MAX = 30;

	static final int MODALITIES_MAX = 10;

	static final int MODALITY_MAX = 60;

	static final int MINUTES_MAX = 240;

	static final int SHORT_WORDS_MAX = 100;

	static final int UNIT_MAX = 30;

	static final int NUMBER_LIMIT = 1_000_000;

	static final int SCALE_SPAN_MAX = 100;

	static final int ROWS_MAX = TemplateField.DEFAULT_MAX_ROWS;

	private static final int NAME_STEM_MAX = 40;

	private static final String CAMEL_CASE = "[a-zA-Z][a-zA-Z0-9]*";

	private static final String KEBAB_CASE = "[a-z0-9]+(-[a-z0-9]+)*";

	private TemplateBuilder() {
	}

	/** The kinds of question a clinician may add: every kind there is. */
	static List<FieldType> questionTypes() {
		return List.of(FieldType.values());
	}

	/**
	 * The kinds a repeating question's rows may ask: all but rows inside rows and files,
	 * which a row cannot carry.
	 */
	static List<FieldType> subQuestionTypes() {
		return Arrays.stream(FieldType.values()).filter(TemplateBuilder::fitsInARow).toList();
	}

	private static boolean fitsInARow(FieldType type) {
		return type != FieldType.REPEATING && !type.isAttachment();
	}

	/**
	 * A definition from a draft.
	 * @param previous the version this one follows, or null for a new template
	 */
	static TemplateDefinition build(String key, TemplateDraft draft, Template previous) {
		FieldChecks checks = new FieldChecks();
		String name = (draft.name() == null && previous != null) ? previous.name() : strip(draft.name());
		checks.required("name", name).maxLength("name", name, TemplateLibrary.NAME_MAX);
		String kind = (draft.kind() == null && previous != null) ? previous.kind() : strip(draft.kind());
		checks.required("kind", kind);
		if (kind != null && !kind.isEmpty() && !TemplateDefinition.KINDS.contains(kind)) {
			checks.add("kind", "library.validation.kind");
		}
		List<String> modalities = new ArrayList<>(new LinkedHashSet<>(draft.modalities()
			.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((m) -> !m.isEmpty())
			.toList()));
		checks.check(modalities.size() <= MODALITIES_MAX, "modalities", "library.validation.modalities.tooMany",
				MODALITIES_MAX);
		if (modalities.stream().anyMatch((modality) -> modality.length() > MODALITY_MAX)) {
			checks.add("modalities", "library.validation.modality.tooLong", MODALITY_MAX);
		}
		String purpose = FieldChecks.trimToNull(draft.purpose());
		checks.maxLength("purpose", purpose, TemplateLibrary.TEXT_MAX);
		String whyItWorks = FieldChecks.trimToNull(draft.whyItWorks());
		checks.maxLength("whyItWorks", whyItWorks, TemplateLibrary.TEXT_MAX);
		List<String> steps = draft.steps()
			.stream()
			.filter((step) -> step != null && !step.isBlank())
			.map(String::strip)
			.toList();
		checks.check(steps.size() <= TemplateLibrary.STEPS_MAX, "steps", "library.validation.steps.tooMany",
				TemplateLibrary.STEPS_MAX);
		if (steps.stream().anyMatch((step) -> step.length() > TemplateLibrary.STEP_MAX)) {
			checks.add("steps", "library.validation.step.tooLong", TemplateLibrary.STEP_MAX);
		}
		checks.range("estimatedMinutes", draft.estimatedMinutes(), 1, MINUTES_MAX);
		List<TemplateField> fields;
		if (draft.fields() == null && previous != null) {
			fields = previous.fields();
		}
		else {
			List<FieldDraft> drafts = (draft.fields() == null) ? List.of() : draft.fields();
			checks.check(!drafts.isEmpty(), "fields", "library.validation.fields.none");
			checks.check(drafts.size() <= FIELDS_MAX, "fields", "library.validation.fields.tooMany", FIELDS_MAX);
			fields = fields(drafts, (previous == null) ? List.of() : previous.fields(), "fields", true, checks);
		}
		checks.throwIfAny();
		return new TemplateDefinition(key, name, kind, modalities, purpose, whyItWorks, steps, draft.estimatedMinutes(),
				previous != null && previous.timer(), fields, (previous != null) ? previous.pacer() : null);
	}

	private static List<TemplateField> fields(List<FieldDraft> drafts, List<TemplateField> previous, String path,
			boolean topLevel, FieldChecks checks) {
		Map<String, TemplateField> earlier = new HashMap<>();
		previous.forEach((field) -> earlier.put(field.name(), field));
		// Names an earlier version used stay theirs: a new question never takes one.
		Set<String> used = new HashSet<>(earlier.keySet());
		Set<String> kept = new HashSet<>();
		List<TemplateField> built = new ArrayList<>();
		for (int index = 0; index < drafts.size(); index++) {
			String at = path + "[" + index + "]";
			FieldDraft draft = drafts.get(index);
			if (draft == null) {
				checks.add(at, "library.validation.field.empty");
				continue;
			}
			TemplateField before = (draft.name() != null && kept.add(draft.name())) ? earlier.get(draft.name()) : null;
			FieldType type = (before != null) ? before.type() : draft.type();
			if (before != null && draft.type() != null && draft.type() != before.type()) {
				checks.add(at + ".type", "library.validation.type.fixed");
			}
			if (type == null) {
				checks.add(at + ".type", "validation.required");
				continue;
			}
			if (!topLevel && !fitsInARow(type)) {
				checks.add(at + ".type", "library.validation.type.notInRows");
				continue;
			}
			String label = strip(draft.label());
			checks.required(at + ".label", label).maxLength(at + ".label", label, TemplateLibrary.LABEL_MAX);
			String name;
			if (before != null) {
				name = before.name();
			}
			else if (draft.name() != null && draft.name().matches(CAMEL_CASE) && draft.name().length() <= NAME_STEM_MAX
					&& !used.contains(draft.name())) {
				name = draft.name();
			}
			else {
				name = unique(camelCase(label), used, "");
			}
			used.add(name);
			built.add(field(draft, before, type, name, label, at, checks));
		}
		return built;
	}

	private static TemplateField field(FieldDraft draft, TemplateField before, FieldType type, String name,
			String label, String at, FieldChecks checks) {
		String help = FieldChecks.trimToNull(draft.help());
		checks.maxLength(at + ".help", help, TemplateLibrary.TEXT_MAX);
		boolean required = (draft.required() != null) ? draft.required() : (before != null && before.required());
		Integer min = null;
		Integer max = null;
		String minLabel = null;
		String maxLabel = null;
		String unit = null;
		if (type == FieldType.SCALE || type == FieldType.NUMBER) {
			min = draft.min();
			max = draft.max();
			checks.check(min != null, at + ".min", "validation.required")
				.check(max != null, at + ".max", "validation.required")
				.range(at + ".min", min, -NUMBER_LIMIT, NUMBER_LIMIT)
				.range(at + ".max", max, -NUMBER_LIMIT, NUMBER_LIMIT);
			if (min != null && max != null && min >= max) {
				checks.add(at + ".max", "library.validation.max.notAboveMin");
			}
			else if (type == FieldType.SCALE && min != null && max != null && (long) max - min > SCALE_SPAN_MAX) {
				checks.add(at + ".max", "library.validation.scale.span", SCALE_SPAN_MAX);
			}
			minLabel = FieldChecks.trimToNull(draft.minLabel());
			maxLabel = FieldChecks.trimToNull(draft.maxLabel());
			unit = FieldChecks.trimToNull(draft.unit());
			checks.maxLength(at + ".minLabel", minLabel, SHORT_WORDS_MAX)
				.maxLength(at + ".maxLabel", maxLabel, SHORT_WORDS_MAX)
				.maxLength(at + ".unit", unit, UNIT_MAX);
		}
		List<FieldOption> options = null;
		if (type.hasOptions()) {
			options = options(draft.options(), (before != null) ? before.options() : null, type, at + ".options",
					checks);
		}
		List<TemplateField> subFields = null;
		Integer minRows = null;
		Integer maxRows = null;
		String rowLabel = null;
		if (type == FieldType.REPEATING) {
			if (draft.fields().isEmpty()) {
				checks.add(at + ".fields", "library.validation.subFields.none");
			}
			checks.check(draft.fields().size() <= SUB_FIELDS_MAX, at + ".fields",
					"library.validation.subFields.tooMany", SUB_FIELDS_MAX);
			subFields = fields(draft.fields(), (before != null) ? before.subFields() : List.of(), at + ".fields", false,
					checks);
			minRows = (draft.minRows() != null) ? draft.minRows() : TemplateField.DEFAULT_MIN_ROWS;
			maxRows = (draft.maxRows() != null) ? draft.maxRows() : ROWS_MAX;
			checks.range(at + ".minRows", minRows, 0, ROWS_MAX).range(at + ".maxRows", maxRows, 1, ROWS_MAX);
			if (minRows > maxRows) {
				checks.add(at + ".maxRows", "library.validation.rows.order");
			}
			rowLabel = FieldChecks.trimToNull(draft.rowLabel());
			checks.maxLength(at + ".rowLabel", rowLabel, SHORT_WORDS_MAX);
		}
		Integer maxLength = (before != null && type.isText()) ? before.maxLength() : null;
		return new TemplateField(name, type, label, help, required, min, max, minLabel, maxLabel, unit, maxLength,
				options, subFields, minRows, maxRows, rowLabel);
	}

	/**
	 * Options keep the values an earlier version gave them; a new option's value comes
	 * from its label.
	 */
	private static List<FieldOption> options(List<FieldOption> drafts, List<FieldOption> previous, FieldType type,
			String at, FieldChecks checks) {
		int fewest = (type == FieldType.CHECKLIST) ? 1 : 2;
		checks.check(drafts.size() >= fewest, at, "library.validation.options.tooFew", fewest);
		checks.check(drafts.size() <= OPTIONS_MAX, at, "library.validation.options.tooMany", OPTIONS_MAX);
		Set<String> earlier = new HashSet<>();
		if (previous != null) {
			previous.forEach((option) -> earlier.add(option.value()));
		}
		Set<String> used = new HashSet<>(earlier);
		Set<String> kept = new HashSet<>();
		List<FieldOption> options = new ArrayList<>();
		for (int index = 0; index < drafts.size(); index++) {
			FieldOption draft = drafts.get(index);
			String label = (draft == null) ? null : strip(draft.label());
			String labelAt = at + "[" + index + "].label";
			checks.required(labelAt, label).maxLength(labelAt, label, TemplateLibrary.OPTION_LABEL_MAX);
			String value = (draft == null) ? null : draft.value();
			if (value != null && earlier.contains(value) && kept.add(value)) {
				options.add(new FieldOption(value, label));
				continue;
			}
			if (previous == null && value != null && value.matches(KEBAB_CASE) && !used.contains(value)) {
				used.add(value);
				options.add(new FieldOption(value, label));
				continue;
			}
			String derived = unique(kebabCase(label), used, "-");
			used.add(derived);
			options.add(new FieldOption(derived, label));
		}
		return options;
	}

	static String camelCase(String label) {
		String[] words = ascii(label).split("[^a-z0-9]+");
		StringBuilder name = new StringBuilder();
		for (String word : words) {
			if (word.isEmpty() || (name.isEmpty() && !Character.isLetter(word.charAt(0)))) {
				continue;
			}
			name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
			if (name.length() >= NAME_STEM_MAX) {
				break;
			}
		}
		String camel = (name.length() > NAME_STEM_MAX) ? name.substring(0, NAME_STEM_MAX) : name.toString();
		return camel.isEmpty() ? "question" : camel;
	}

	static String kebabCase(String label) {
		String slug = ascii(label).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > NAME_STEM_MAX) {
			slug = slug.substring(0, NAME_STEM_MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "option" : slug;
	}

	private static String unique(String stem, Set<String> used, String separator) {
		String candidate = stem;
		for (int n = 2; used.contains(candidate); n++) {
			candidate = stem + separator + n;
		}
		return candidate;
	}

	private static String ascii(String text) {
		return Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private static String strip(String text) {
		return (text == null) ? null : text.strip();
	}

}
