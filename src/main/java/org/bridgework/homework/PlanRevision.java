package org.bridgework.homework;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change made to a plan: who made it, when, and each part before and after.
 *
 * @param fromProposal whether it was the client's proposal, accepted
 */
public record PlanRevision(UUID id, String changedBy, Instant changedAt, boolean fromProposal,
		List<PlanChange> changes) {

	public PlanRevision {
		changes = List.copyOf(changes);
	}

}
