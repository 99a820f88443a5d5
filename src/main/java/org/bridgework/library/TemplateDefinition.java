package org.bridgework.library;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A template as written in a library file, before it is stored as a version.
 */
record TemplateDefinition(String key, String name, String kind, List<String> modalities, String purpose,
		String whyItWorks, List<String> steps, Integer estimatedMinutes, boolean timer, List<TemplateField> fields) {

	static final Set<String> KINDS = Set.of("practice", "worksheet", "tracker", "reflection", "values", "skills",
			"measure");

	Template asVersion(UUID versionId, int version) {
		return new Template(versionId, this.key, version, this.name, this.kind, orEmpty(this.modalities), this.purpose,
				this.whyItWorks, orEmpty(this.steps), this.estimatedMinutes, this.timer, this.fields);
	}

	/**
	 * Refuses a definition a client could not fill in, naming what is wrong so the author
	 * can fix the file.
	 */
	void requireWellFormed(String source) {
		require(this.key != null && this.key.matches("[a-z0-9]+(-[a-z0-9]+)*"), source, "key must be kebab-case");
		require(this.name != null && !this.name.isBlank(), source, "name is missing");
		require(KINDS.contains(this.kind), source, "kind must be one of " + KINDS);
		require(this.fields != null && !this.fields.isEmpty(), source, "a template needs at least one field");
		Set<String> names = new HashSet<>();
		for (TemplateField field : this.fields) {
			String where = source + " field '" + field.name() + "'";
			require(field.name() != null && field.name().matches("[a-zA-Z][a-zA-Z0-9]*"), where,
					"name must be camelCase");
			require(names.add(field.name()), where, "name is used twice");
			require(field.type() != null && field.label() != null, where, "type and label are required");
			requireFieldRules(field, where);
		}
	}

	private static void requireFieldRules(TemplateField field, String where) {
		switch (field.type()) {
			case SCALE, NUMBER -> require(field.min() != null && field.max() != null && field.min() < field.max(),
					where, "needs min below max");
			case CHOICE, MULTI_CHOICE ->
				require(field.options() != null && !field.options().isEmpty(), where, "needs options");
			default -> {
			}
		}
	}

	private static void require(boolean ok, String where, String what) {
		if (!ok) {
			throw new IllegalStateException("Template " + where + ": " + what);
		}
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return (values == null) ? List.of() : values;
	}

}
