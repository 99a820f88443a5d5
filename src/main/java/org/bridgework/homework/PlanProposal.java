package org.bridgework.homework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change to a plan the client proposed, and what became of it.
 *
 * @param changes each part as the plan stood when proposed, and as proposed
 * @param reply the clinician's words when they would rather talk it through
 */
public record PlanProposal(UUID id, UUID assignmentId, String proposedBy, List<PlanChange> changes, String note,
		Status status, String reply, Instant createdAt, Instant decidedAt) {

	public PlanProposal {
		changes = List.copyOf(changes);
	}

	public boolean isOpen() {
		return this.status == Status.PROPOSED;
	}

	public enum Status {

		/** Waiting for the clinician. */
		PROPOSED,
		/** Taken into the plan. */
		ACCEPTED,
		/** To talk about together in session. */
		DISCUSS

	}

}
