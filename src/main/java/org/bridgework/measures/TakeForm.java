package org.bridgework.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.shared.FormErrors;

/**
 * A questionnaire on a page: its items with what the client chose so far, so a refused
 * form comes back with every answer kept.
 *
 * @param chosen the answer of each item, null where none was chosen
 */
public record TakeForm(Instrument instrument, String name, List<Integer> chosen, Integer difficulty,
		FormErrors errors) {

	static TakeForm empty(Instrument instrument, String name) {
		List<Integer> none = new ArrayList<>();
		for (int i = 0; i < instrument.itemCount(); i++) {
			none.add(null);
		}
		return new TakeForm(instrument, name, none, null, FormErrors.none());
	}

	/** Reads {@code answers[0]}... and {@code difficulty} from a posted form. */
	static TakeForm posted(Instrument instrument, String name, Map<String, String> params) {
		List<Integer> chosen = new ArrayList<>();
		for (int i = 0; i < instrument.itemCount(); i++) {
			chosen.add(number(params.get("answers[" + i + "]")));
		}
		return new TakeForm(instrument, name, chosen, number(params.get("difficulty")), FormErrors.none());
	}

	TakeForm withErrors(FormErrors errors) {
		return new TakeForm(this.instrument, this.name, this.chosen, this.difficulty, errors);
	}

	public boolean isChosen(int item, int value) {
		Integer answer = this.chosen.get(item);
		return answer != null && answer == value;
	}

	public String error(int item) {
		return this.errors.get("answers[" + item + "]");
	}

	private static Integer number(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
