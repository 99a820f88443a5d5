package org.bridgework.homework;

import java.time.Instant;
import java.util.UUID;

/**
 * A practice the client thought of themselves, in their own words, and what became of it.
 *
 * @param whenAndCue when, or after what, they would do it
 * @param status answered as a change to a plan is: accepted (planned as homework), to
 * discuss, or still proposed
 * @param reply the clinician's words when they would rather talk it through
 * @param assignmentId the homework it became, once accepted
 */
public record PracticeIdea(UUID id, UUID clientId, String title, String why, String whenAndCue, Integer durationMinutes,
		PlanProposal.Status status, String reply, UUID assignmentId, Instant createdAt, Instant decidedAt) {

	public boolean isOpen() {
		return this.status == PlanProposal.Status.PROPOSED;
	}

}
