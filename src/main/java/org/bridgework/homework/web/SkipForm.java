package org.bridgework.homework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import org.bridgework.homework.SkipReason;
import org.bridgework.homework.SkipRequest;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;

import org.springframework.util.MultiValueMap;

/**
 * "It didn't happen today", as the client filled it in.
 */
record SkipForm(String occurredOn, String reason, String note, String idempotencyKey) {

	static SkipForm blank(LocalDate day) {
		return new SkipForm(day.toString(), "", "", UUID.randomUUID().toString());
	}

	static SkipForm from(MultiValueMap<String, String> params) {
		return new SkipForm(text(params, "occurredOn"), text(params, "reason"), text(params, "note"),
				text(params, "idempotencyKey"));
	}

	/**
	 * The same form under a new key, for when the old key already saved something else.
	 */
	SkipForm withNewKey() {
		return new SkipForm(this.occurredOn, this.reason, this.note, UUID.randomUUID().toString());
	}

	public boolean isReason(SkipReason candidate) {
		return candidate.name().equals(this.reason);
	}

	/**
	 * A reason that is not one of ours is left out, and the service asks for one.
	 */
	SkipRequest toRequest() {
		SkipReason chosen = Arrays.stream(SkipReason.values()).filter(this::isReason).findFirst().orElse(null);
		return new SkipRequest(date(), chosen, FieldChecks.trimToNull(this.note));
	}

	private LocalDate date() {
		if (this.occurredOn == null || this.occurredOn.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.occurredOn.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("occurredOn", "practice.validation.date");
		}
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return (value == null) ? "" : value;
	}

}
