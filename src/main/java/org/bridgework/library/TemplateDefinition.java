package org.bridgework.library;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A template as written in a library file, before it is stored as a version.
 */
record TemplateDefinition(String key, String name, String kind, List<String> modalities, String purpose,
		String whyItWorks, List<String> steps, Integer estimatedMinutes, boolean timer, List<TemplateField> fields,
		@JsonInclude(JsonInclude.Include.NON_NULL) Pacer pacer) {

	static final Set<String> KINDS = Set.of("practice", "worksheet", "tracker", "reflection", "values", "skills",
			"measure");

	/**
	 * A definition without a breathing pacer. (A left-out pacer is not written into the
	 * stored definition, so adding pacers to the format changed no existing checksum.)
	 */
	TemplateDefinition(String key, String name, String kind, List<String> modalities, String purpose, String whyItWorks,
			List<String> steps, Integer estimatedMinutes, boolean timer, List<TemplateField> fields) {
		this(key, name, kind, modalities, purpose, whyItWorks, steps, estimatedMinutes, timer, fields, null);
	}

	/**
	 * Reads a library file, where {@code "timer"} may be left out: only timed practices
	 * say {@code true}; {@code "pacer"} too: only breathing practices have one.
	 */
	@JsonCreator
	static TemplateDefinition fromJson(@JsonProperty("key") String key, @JsonProperty("name") String name,
			@JsonProperty("kind") String kind, @JsonProperty("modalities") List<String> modalities,
			@JsonProperty("purpose") String purpose, @JsonProperty("whyItWorks") String whyItWorks,
			@JsonProperty("steps") List<String> steps, @JsonProperty("estimatedMinutes") Integer estimatedMinutes,
			@JsonProperty("timer") Boolean timer, @JsonProperty("fields") List<TemplateField> fields,
			@JsonProperty("pacer") Pacer pacer) {
		return new TemplateDefinition(key, name, kind, modalities, purpose, whyItWorks, steps, estimatedMinutes,
				Boolean.TRUE.equals(timer), fields, pacer);
	}

	/** The definition a stored version was made from, to copy or reword it. */
	static TemplateDefinition of(Template template) {
		return new TemplateDefinition(template.key(), template.name(), template.kind(), template.modalities(),
				template.purpose(), template.whyItWorks(), template.steps(), template.estimatedMinutes(),
				template.timer(), template.fields(), template.pacer());
	}

	TemplateDefinition withKeyAndName(String newKey, String newName) {
		return new TemplateDefinition(newKey, newName, this.kind, this.modalities, this.purpose, this.whyItWorks,
				this.steps, this.estimatedMinutes, this.timer, this.fields, this.pacer);
	}

	TemplateDefinition withWording(String newName, String newPurpose, String newWhyItWorks, List<String> newSteps,
			List<TemplateField> newFields) {
		return new TemplateDefinition(this.key, newName, this.kind, this.modalities, newPurpose, newWhyItWorks,
				newSteps, this.estimatedMinutes, this.timer, newFields, this.pacer);
	}

	Template asVersion(UUID versionId, int version) {
		return new Template(versionId, this.key, version, this.name, this.kind, orEmpty(this.modalities), this.purpose,
				this.whyItWorks, orEmpty(this.steps), this.estimatedMinutes, this.timer, this.fields, this.pacer);
	}

	/**
	 * Refuses a definition a client could not fill in, naming what is wrong so the author
	 * can fix the file.
	 */
	void requireWellFormed(String source) {
		require(this.key != null && this.key.matches("[a-z0-9]+(-[a-z0-9]+)*"), source, "key must be kebab-case");
		require(this.name != null && !this.name.isBlank(), source, "name is missing");
		require(this.kind != null && KINDS.contains(this.kind), source, "kind must be one of " + KINDS);
		require(noneMissing(this.modalities) && noneMissing(this.steps), source,
				"modalities and steps cannot hold null");
		require(this.fields != null && !this.fields.isEmpty(), source, "a template needs at least one field");
		requireFields(this.fields, source + " field ");
		if (this.pacer != null) {
			this.pacer.problem().ifPresent((problem) -> require(false, source, problem));
		}
	}

	/**
	 * The template's questions, or a repeating field's: names unique among them, and each
	 * with what its type needs.
	 */
	private static void requireFields(List<TemplateField> fields, String prefix) {
		Set<String> names = new HashSet<>();
		for (TemplateField field : fields) {
			require(field != null, prefix.strip(), "a field is empty");
			String where = prefix + "'" + field.name() + "'";
			require(field.name() != null && field.name().matches("[a-zA-Z][a-zA-Z0-9]*"), where,
					"name must be camelCase");
			require(names.add(field.name()), where, "name is used twice");
			require(field.type() != null && field.label() != null, where, "type and label are required");
			require(field.maxLength() == null || field.maxLength() >= 1, where, "maxLength must be at least 1");
			requireFieldRules(field, where);
		}
	}

	private static void requireFieldRules(TemplateField field, String where) {
		switch (field.type()) {
			case SCALE, NUMBER -> require(field.min() != null && field.max() != null && field.min() < field.max(),
					where, "needs min below max");
			case CHOICE, MULTI_CHOICE, CHECKLIST -> requireOptions(field, where);
			case REPEATING -> requireRows(field, where);
			default -> {
			}
		}
		if (field.type() != FieldType.REPEATING) {
			require(field.fields() == null && field.minRows() == null && field.maxRows() == null
					&& field.rowLabel() == null, where,
					"only a repeating field has fields, minRows, maxRows or rowLabel");
		}
	}

	private static void requireOptions(TemplateField field, String where) {
		require(field.options() != null && !field.options().isEmpty(), where, "needs options");
		Set<String> values = new HashSet<>();
		for (FieldOption option : field.options()) {
			require(option != null && option.value() != null && !option.value().isBlank() && option.label() != null,
					where, "every option needs a value and a label");
			require(values.add(option.value()), where, "option value '" + option.value() + "' is used twice");
		}
	}

	/**
	 * A repeating field asks its own questions once per row; rows inside rows would be
	 * too much to fill in on a phone, so they are refused.
	 */
	private static void requireRows(TemplateField field, String where) {
		require(field.fields() != null && !field.fields().isEmpty(), where, "a repeating field needs fields");
		for (TemplateField sub : field.fields()) {
			require(sub == null || sub.type() != FieldType.REPEATING, where,
					"a repeating field cannot hold another repeating field");
			require(sub == null || sub.type() == null || !sub.type().isAttachment(), where,
					"a repeating field cannot hold a drawing, photo or voice note");
		}
		requireFields(field.fields(), where + " sub-field ");
		require(field.fewestRows() >= 0, where, "minRows cannot be negative");
		require(field.mostRows() >= 1, where, "maxRows must be at least 1");
		require(field.fewestRows() <= field.mostRows(), where, "minRows must not be above maxRows");
	}

	private static void require(boolean ok, String where, String what) {
		if (!ok) {
			throw new IllegalStateException("Template " + where + ": " + what);
		}
	}

	private static boolean noneMissing(List<String> values) {
		return values == null || values.stream().allMatch(Objects::nonNull);
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return (values == null) ? List.of() : values;
	}

}
