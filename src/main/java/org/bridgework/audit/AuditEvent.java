package org.bridgework.audit;

import java.util.UUID;

/**
 * What a module reports to the audit trail: ids and codes only, never clinical content.
 * The trail adds when, from where, the request id, its method, path and status.
 *
 * @param actorId the account that acted, or null (an unknown email, an anonymous call)
 * @param actorRelation how the actor stood to the client (e.g. {@code SELF},
 * {@code CLINICIAN}, {@code ADMIN}), or null
 * @param clientId the client whose data it was, or null
 * @param action a short code, e.g. {@code view-adherence} or {@code sign-in}
 * @param objectId the thing acted on (an assignment, a goal...), when not the client
 * record itself
 * @param outcome how it ended
 * @param pseudonym a keyed hash standing for what someone typed (an unknown email), made
 * by {@link AuditTrail#pseudonym(String)}
 */
public record AuditEvent(UUID actorId, String actorRelation, UUID clientId, String action, UUID objectId,
		Outcome outcome, String pseudonym) {

	public AuditEvent {
		if (action == null || action.isBlank() || outcome == null) {
			throw new IllegalArgumentException("An audit event needs an action and an outcome");
		}
	}

	public static AuditEvent granted(UUID actorId, String relation, UUID clientId, String action, UUID objectId) {
		return new AuditEvent(actorId, relation, clientId, action, objectId, Outcome.GRANTED, null);
	}

	public static AuditEvent refused(UUID actorId, UUID clientId, String action, UUID objectId) {
		return new AuditEvent(actorId, null, clientId, action, objectId, Outcome.REFUSED, null);
	}

}
