package org.bridgework.caseload;

import java.time.Instant;
import java.util.UUID;

/**
 * A client as their clinician sees them on the caseload.
 *
 * @param signedUp whether the client has accepted their invitation
 */
public record ClientProfile(UUID id, String displayName, String timezone, String email, boolean signedUp,
		Instant createdAt) {
}
