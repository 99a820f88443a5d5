package org.bridgework.ladders;

import java.util.List;

/**
 * What a clinician writes for a ladder: its steps, when to move on or step back, and
 * whether the client may accept a step change themselves.
 *
 * @param targetUnit the unit of the steps' targets, e.g. "minutes" or "SUDS"
 */
public record LadderPlan(List<LadderStep> steps, String targetUnit, boolean clientMayStep, MoveOn moveOn,
		StepBack stepBack) {

	public LadderPlan {
		steps = (steps == null) ? List.of() : List.copyOf(steps);
		stepBack = (stepBack == null) ? StepBack.NEVER : stepBack;
	}

}
