package org.bridgework.relapse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A whole staying-well plan as sent by the page form or the API, before it is checked; it
 * is also how a saved version is kept.
 *
 * @param copingStrategies what helps, each optionally linked to one of the client's
 * assignments that showed it
 * @param contacts people to contact when things get hard
 */
public record PlanRequest(List<String> warningSigns, List<String> triggers, List<CopingStrategy> copingStrategies,
		List<Contact> contacts, String note) {

	/** Keeps null items as sent, so that validation can name them. */
	public PlanRequest {
		warningSigns = copy(warningSigns);
		triggers = copy(triggers);
		copingStrategies = copy(copingStrategies);
		contacts = copy(contacts);
	}

	static PlanRequest empty() {
		return new PlanRequest(List.of(), List.of(), List.of(), List.of(), null);
	}

	boolean isEmpty() {
		return this.warningSigns.isEmpty() && this.triggers.isEmpty() && this.copingStrategies.isEmpty()
				&& this.contacts.isEmpty() && this.note == null;
	}

	private static <T> List<T> copy(List<T> items) {
		return (items == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
	}

	/**
	 * @param assignmentId one of the client's assignments, or null
	 */
	public record CopingStrategy(String text, UUID assignmentId) {
	}

	/**
	 * @param reach how to reach them (a phone number, "at home", ...)
	 * @param helpsWith what they can help with
	 */
	public record Contact(String name, String reach, String helpsWith) {
	}

}
