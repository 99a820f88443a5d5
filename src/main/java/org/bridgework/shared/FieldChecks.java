package org.bridgework.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bridgework.shared.InvalidInputException.FieldProblem;

/**
 * Collects every problem with a request before refusing it, so a person sees all of them
 * at once.
 */
public final class FieldChecks {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final List<FieldProblem> problems = new ArrayList<>();

	public FieldChecks required(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "validation.required");
		}
		return this;
	}

	public FieldChecks maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, "validation.tooLong", max);
		}
		return this;
	}

	public FieldChecks email(String field, String value) {
		if (value != null && !value.isBlank() && !EMAIL.matcher(value.trim()).matches()) {
			add(field, "validation.email");
		}
		return this;
	}

	public FieldChecks range(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			add(field, "validation.range", min, max);
		}
		return this;
	}

	public FieldChecks check(boolean ok, String field, String code, Object... args) {
		if (!ok) {
			add(field, code, args);
		}
		return this;
	}

	public FieldChecks add(String field, String code, Object... args) {
		this.problems.add(new FieldProblem(field, code, args));
		return this;
	}

	public boolean hasProblemWith(String field) {
		return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
	}

	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

	public static String trimToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
