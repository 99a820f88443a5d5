package org.bridgework.relapse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * The booster form as typed. The practice is one choice: {@code template:<key>} for a
 * template of the library, {@code assignment:<id>} to repeat one of the client's
 * practices.
 */
record BoosterForm(String practice, String startDate, String times, String everyWeeks, String note) {

	static BoosterForm blank(LocalDate today) {
		return new BoosterForm("", today.plusWeeks(4).toString(), "1", "4", "");
	}

	static BoosterForm from(Map<String, String> params) {
		return new BoosterForm(params.getOrDefault("practice", ""), params.getOrDefault("startDate", ""),
				params.getOrDefault("times", ""), params.getOrDefault("everyWeeks", ""),
				params.getOrDefault("note", ""));
	}

	/**
	 * What the form asks for. A value that cannot be read is sent on so that it is
	 * refused next to its field: an unknown practice, a day in the past, a count of zero.
	 */
	BoosterRequest toRequest() {
		String key = this.practice.startsWith("template:") ? this.practice.substring("template:".length()) : null;
		UUID from = this.practice.startsWith("assignment:") ? id(this.practice.substring("assignment:".length()))
				: null;
		Integer times = number(this.times);
		boolean series = times != null && times > 1;
		return new BoosterRequest(key, from, date(this.startDate), series ? number(this.everyWeeks) : null, times,
				this.note);
	}

	private static UUID id(String raw) {
		try {
			return UUID.fromString(raw);
		}
		catch (IllegalArgumentException ex) {
			return new UUID(0, 0);
		}
	}

	private static LocalDate date(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException ex) {
			return LocalDate.MIN;
		}
	}

	private static Integer number(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(raw.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
