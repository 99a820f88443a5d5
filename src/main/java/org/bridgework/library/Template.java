package org.bridgework.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.bridgework.shared.InvalidInputException.FieldProblem;

/**
 * One version of a homework template: what it is for, why it works, how to do it, and the
 * questions the client answers, and for breathing practices a {@link Pacer} ({@code null}
 * for the rest). Versions never change once stored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Template(UUID versionId, String key, int version, String name, String kind, List<String> modalities,
		String purpose, String whyItWorks, List<String> steps, Integer estimatedMinutes, boolean timer,
		List<TemplateField> fields, Pacer pacer) {

	/**
	 * A template without a breathing pacer.
	 */
	public Template(UUID versionId, String key, int version, String name, String kind, List<String> modalities,
			String purpose, String whyItWorks, List<String> steps, Integer estimatedMinutes, boolean timer,
			List<TemplateField> fields) {
		this(versionId, key, version, name, kind, modalities, purpose, whyItWorks, steps, estimatedMinutes, timer,
				fields, null);
	}

	public Template {
		modalities = List.copyOf(modalities);
		steps = List.copyOf(steps);
		fields = List.copyOf(fields);
	}

	public Optional<TemplateField> field(String name) {
		return this.fields.stream().filter((field) -> field.name().equals(name)).findFirst();
	}

	/**
	 * Every problem with a set of answers: unknown fields, missing required ones, wrong
	 * types, values out of range, and the same inside each row of a repeating field
	 * ({@code answers.situations[1].automaticThought}).
	 */
	public List<FieldProblem> check(Map<String, Object> answers) {
		List<FieldProblem> problems = new ArrayList<>();
		answers.keySet()
			.stream()
			.filter((name) -> field(name).isEmpty())
			.sorted()
			.forEach((name) -> problems.add(FieldProblem.of("answers." + name, "validation.answer.unknown")));
		for (TemplateField field : this.fields) {
			problems.addAll(field.check(answers.get(field.name())));
		}
		return problems;
	}

}
