package org.bridgework.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One thing that changed between two versions of a template, as a message code and its
 * words, e.g. {@code library.change.field.label} with the question, the old and the new
 * wording.
 */
public record TemplateChange(String code, Object... args) {

	/**
	 * What changed from {@code before} to {@code after}, in the order a reader meets it.
	 */
	static List<TemplateChange> between(Template before, Template after) {
		List<TemplateChange> changes = new ArrayList<>();
		compare(changes, "library.change.name", before.name(), after.name());
		compare(changes, "library.change.kind", before.kind(), after.kind());
		compare(changes, "library.change.modalities", String.join(", ", before.modalities()),
				String.join(", ", after.modalities()));
		compare(changes, "library.change.purpose", before.purpose(), after.purpose());
		compare(changes, "library.change.whyItWorks", before.whyItWorks(), after.whyItWorks());
		if (!before.steps().equals(after.steps())) {
			changes.add(new TemplateChange("library.change.steps"));
		}
		compare(changes, "library.change.minutes", before.estimatedMinutes(), after.estimatedMinutes());
		fields(changes, "", before.fields(), after.fields());
		return changes;
	}

	private static void fields(List<TemplateChange> changes, String prefix, List<TemplateField> before,
			List<TemplateField> after) {
		Map<String, TemplateField> earlier = before.stream()
			.collect(Collectors.toMap(TemplateField::name, Function.identity()));
		Map<String, TemplateField> later = after.stream()
			.collect(Collectors.toMap(TemplateField::name, Function.identity()));
		for (TemplateField field : before) {
			if (!later.containsKey(field.name())) {
				changes.add(new TemplateChange("library.change.field.removed", prefix + field.label()));
			}
		}
		for (TemplateField field : after) {
			TemplateField old = earlier.get(field.name());
			if (old == null) {
				changes.add(new TemplateChange("library.change.field.added", prefix + field.label()));
			}
			else {
				field(changes, prefix, old, field);
			}
		}
		List<String> keptBefore = before.stream().map(TemplateField::name).filter(later::containsKey).toList();
		List<String> keptAfter = after.stream().map(TemplateField::name).filter(earlier::containsKey).toList();
		if (!keptBefore.equals(keptAfter)) {
			changes.add(new TemplateChange(prefix.isEmpty() ? "library.change.order" : "library.change.order.rows",
					prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 2)));
		}
	}

	private static void field(List<TemplateChange> changes, String prefix, TemplateField before, TemplateField after) {
		String question = prefix + after.label();
		if (!Objects.equals(before.label(), after.label())) {
			changes.add(new TemplateChange("library.change.field.label", prefix + before.label(), before.label(),
					after.label()));
		}
		compare(changes, "library.change.field.help", question, before.help(), after.help());
		if (before.required() != after.required()) {
			changes.add(new TemplateChange(
					after.required() ? "library.change.field.required" : "library.change.field.optional", question));
		}
		if (!Objects.equals(before.min(), after.min()) || !Objects.equals(before.max(), after.max())) {
			changes.add(new TemplateChange("library.change.field.range", question, before.min(), before.max(),
					after.min(), after.max()));
		}
		compare(changes, "library.change.field.minLabel", question, before.minLabel(), after.minLabel());
		compare(changes, "library.change.field.maxLabel", question, before.maxLabel(), after.maxLabel());
		compare(changes, "library.change.field.unit", question, before.unit(), after.unit());
		options(changes, question, before.options(), after.options());
		compare(changes, "library.change.field.rowLabel", question, before.rowLabel(), after.rowLabel());
		if (!Objects.equals(before.minRows(), after.minRows()) || !Objects.equals(before.maxRows(), after.maxRows())) {
			changes.add(new TemplateChange("library.change.field.rows", question, before.fewestRows(),
					before.mostRows(), after.fewestRows(), after.mostRows()));
		}
		if (before.fields() != null || after.fields() != null) {
			fields(changes, question + " › ", before.subFields(), after.subFields());
		}
	}

	private static void options(List<TemplateChange> changes, String question, List<FieldOption> before,
			List<FieldOption> after) {
		List<FieldOption> earlier = (before == null) ? List.of() : before;
		List<FieldOption> later = (after == null) ? List.of() : after;
		for (FieldOption option : earlier) {
			FieldOption now = later.stream().filter((o) -> o.value().equals(option.value())).findFirst().orElse(null);
			if (now == null) {
				changes.add(new TemplateChange("library.change.option.removed", question, option.label()));
			}
			else if (!Objects.equals(option.label(), now.label())) {
				changes.add(new TemplateChange("library.change.option.label", question, option.label(), now.label()));
			}
		}
		for (FieldOption option : later) {
			if (earlier.stream().noneMatch((o) -> o.value().equals(option.value()))) {
				changes.add(new TemplateChange("library.change.option.added", question, option.label()));
			}
		}
	}

	private static void compare(List<TemplateChange> changes, String code, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new TemplateChange(code, words(before), words(after)));
		}
	}

	private static void compare(List<TemplateChange> changes, String code, String question, Object before,
			Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new TemplateChange(code, question, words(before), words(after)));
		}
	}

	/** A value as the history shows it; "nothing" is a dash. */
	private static Object words(Object value) {
		return (value == null || "".equals(value)) ? "—" : value;
	}

}
