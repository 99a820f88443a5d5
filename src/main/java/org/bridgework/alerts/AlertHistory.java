package org.bridgework.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts that were raised and dealt with before they came here: the demo's history (and,
 * one day, an import from another system). It never leaves an alert open, so nobody is
 * alerted and nothing is escalated; a live crisis goes through {@link CrisisSignal}
 * instead.
 */
@Service
public class AlertHistory {

	private final CareTeam careTeam;

	private final AlertStore store;

	private final Clock clock;

	AlertHistory(CareTeam careTeam, AlertStore store, Clock clock) {
		this.careTeam = careTeam;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Keeps an alert of the clinician's client that was raised at {@code raisedAt} and
	 * that the clinician acknowledged at {@code acknowledgedAt}, with their note. Both
	 * moments are in the past, in that order.
	 * @return the alert's id
	 */
	@Transactional
	public UUID recordAcknowledged(CurrentUser clinician, UUID clientId, CrisisSignal.Kind kind, Instant raisedAt,
			Instant acknowledgedAt, String note) {
		this.careTeam.requireClinician(clinician, clientId, "record-past-alert");
		String trimmed = FieldChecks.trimToNull(note);
		Instant now = this.clock.instant();
		new FieldChecks().check(kind != null, "kind", "validation.required")
			.check(raisedAt != null && !raisedAt.isAfter(now), "raisedAt", "validation.occurredOn.future")
			.check(acknowledgedAt != null && raisedAt != null && !acknowledgedAt.isBefore(raisedAt)
					&& !acknowledgedAt.isAfter(now), "acknowledgedAt", "validation.range.order")
			.maxLength("note", trimmed, Alerts.NOTE_MAX)
			.throwIfAny();
		UUID id = this.store.add(clientId, kind, null, raisedAt);
		this.store.acknowledge(id, clinician.id(), trimmed, acknowledgedAt);
		return id;
	}

}
