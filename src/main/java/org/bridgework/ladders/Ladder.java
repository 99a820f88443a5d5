package org.bridgework.ladders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.shared.ConflictException;
import org.bridgework.shared.InvalidInputException;

/**
 * The ladder of one assignment and the step the client is on (numbered from 1). Guards
 * its own state: a change goes to another step that exists, and an edit keeps the step
 * the client is on.
 */
public record Ladder(UUID assignmentId, LadderPlan plan, int currentStep, LocalDate stepStartedOn) {

	public List<LadderStep> steps() {
		return this.plan.steps();
	}

	public LadderStep current() {
		return step(this.currentStep);
	}

	public LadderStep step(int number) {
		return this.plan.steps().get(number - 1);
	}

	/** The same ladder with new words and rules, on the same step. */
	Ladder edited(LadderPlan edit) {
		if (edit.steps().size() < this.currentStep) {
			throw new InvalidInputException("steps", "validation.ladder.belowCurrent", this.currentStep);
		}
		return new Ladder(this.assignmentId, edit, this.currentStep, this.stepStartedOn);
	}

	/** The ladder on another step, begun on {@code day}. */
	Ladder steppedTo(int to, LocalDate day) {
		if (to < 1 || to > this.plan.steps().size()) {
			throw new InvalidInputException("to", "validation.ladder.noSuchStep", this.plan.steps().size());
		}
		if (to == this.currentStep) {
			throw new ConflictException("problem.ladder.alreadyOnStep");
		}
		return new Ladder(this.assignmentId, this.plan, to, day);
	}

}
