package org.bridgework.alerts;

import java.time.Instant;
import java.util.UUID;

import org.bridgework.safety.CrisisSignal;

/**
 * An alert as its clinicians see it: no clinical content beyond its kind.
 *
 * @param kind the signal's kind name ({@code PHQ9_ITEM9}, {@code HELP_NOW})
 * @param status {@code OPEN} or {@code ACKNOWLEDGED}
 * @param clientName the client's display name, for the pages (not in the API's contract
 * fields, but the caller is the client's clinician)
 * @param acknowledgedBy the account id of the clinician who acknowledged it, or null
 * @param acknowledgedByName their display name, or null
 * @param escalatedAt when the escalation email was sent, or null
 */
record Alert(UUID id, UUID clientId, CrisisSignal.Kind kind, Instant createdAt, Status status, String clientName,
		Instant acknowledgedAt, UUID acknowledgedBy, String acknowledgedByName, String acknowledgementNote,
		Instant escalatedAt) {

	enum Status {

		OPEN, ACKNOWLEDGED

	}

	public boolean open() {
		return this.status == Status.OPEN;
	}

	/** The message key saying what happened, in plain words. */
	public String kindMessage() {
		return "alerts.kind." + this.kind.name();
	}

}
