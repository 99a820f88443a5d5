package org.bridgework.caseload;

import java.util.UUID;

import org.bridgework.audit.AuditEvent;
import org.bridgework.audit.AuditTrail;
import org.bridgework.identity.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Every look at a client's data passes through here, granted or refused, on its way to
 * the audit trail. A refusal names the client asked for: the person refused learns
 * nothing from it, and an admin reading the trail sees who tried.
 */
@Component
class AccessJournal {

	private final AuditTrail trail;

	AccessJournal(AuditTrail trail) {
		this.trail = trail;
	}

	void granted(ClientAccess access, String action, UUID objectId) {
		this.trail.record(AuditEvent.granted(access.actor().id(), access.relationship().name(), access.clientId(),
				action, objectId));
	}

	void refused(CurrentUser actor, UUID clientId, String action, UUID objectId) {
		this.trail.record(AuditEvent.refused(actor.id(), clientId, action, objectId));
	}

}
