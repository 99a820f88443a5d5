package org.bridgework.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems of a refused form, by field name, in words, for a page to show next to
 * each field. Pages use {@code errors.has('field')} and {@code errors.get('field')}.
 */
public final class FormErrors {

	private final Map<String, String> byField;

	private FormErrors(Map<String, String> byField) {
		this.byField = byField;
	}

	public static FormErrors none() {
		return new FormErrors(Map.of());
	}

	public static FormErrors of(InvalidInputException ex, Messages messages) {
		Map<String, String> byField = new LinkedHashMap<>();
		ex.problems().forEach((problem) -> byField.putIfAbsent(problem.field(), messages.describe(problem)));
		return new FormErrors(byField);
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String get(String field) {
		return this.byField.get(field);
	}

	public boolean any() {
		return !this.byField.isEmpty();
	}

	public Map<String, String> all() {
		return this.byField;
	}

}
