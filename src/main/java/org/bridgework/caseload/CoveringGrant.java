package org.bridgework.caseload;

import java.time.Instant;
import java.util.UUID;

/**
 * One covering grant as stored: an admin ({@code grantedBy}) let a clinician who is not
 * on the client's care team see the client from {@code grantedAt} until
 * {@code expiresAt}, for the reason written; {@code endedAt} is set when someone ended it
 * before then.
 */
public record CoveringGrant(UUID id, UUID clientId, String clientName, UUID clinicianId, String clinicianName,
		UUID grantedBy, String grantedByName, Instant grantedAt, Instant expiresAt, String reason, Instant endedAt,
		UUID endedBy, String endedByName) {

	/** How a grant stands at a moment. */
	public enum Status {

		/** The covering clinician may see the client now. */
		ACTIVE,

		/** Someone ended it before it ran out. */
		ENDED,

		/** It ran out. */
		EXPIRED

	}

	public Status statusAt(Instant now) {
		if (this.endedAt != null) {
			return Status.ENDED;
		}
		return now.isBefore(this.expiresAt) ? Status.ACTIVE : Status.EXPIRED;
	}

	public boolean activeAt(Instant now) {
		return statusAt(now) == Status.ACTIVE;
	}

	/** When the access stopped or will stop: ended early, or run out. */
	public Instant endsAt() {
		return (this.endedAt != null && this.endedAt.isBefore(this.expiresAt)) ? this.endedAt : this.expiresAt;
	}

}
