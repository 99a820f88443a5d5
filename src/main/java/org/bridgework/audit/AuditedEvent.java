package org.bridgework.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit trail as stored.
 *
 * @param seq its place in the chain, from 1
 * @param status the HTTP status the request ended with, or null outside a request
 */
public record AuditedEvent(long seq, Instant at, UUID actorId, String actorRelation, UUID clientId, String action,
		UUID objectId, Outcome outcome, Integer status, String requestId, String remoteAddress, String method,
		String path) {
}
