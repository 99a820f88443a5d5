package org.bridgework.measures;

import java.util.List;

/**
 * A questionnaire as published, read from {@code measures/<key>.json}: its items in the
 * authors' words, the answer words, and where it comes from.
 *
 * @param difficulty the unscored question after the items (PHQ-9, GAD-7), or null
 */
public record Instrument(String key, String title, String source, String licence, String stem, List<Option> options,
		List<String> items, Difficulty difficulty) {

	public int itemCount() {
		return this.items.size();
	}

	public int maxAnswer() {
		return this.options.get(this.options.size() - 1).value();
	}

	/** The answer words of an item's value. */
	String label(int value) {
		return this.options.stream().filter((o) -> o.value() == value).findFirst().map(Option::label).orElse(null);
	}

	public record Option(int value, String label) {
	}

	public record Difficulty(String question, List<Option> options) {
	}

}
