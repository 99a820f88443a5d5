package org.bridgework.ladders;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bridgework.homework.Assignment;

/**
 * A ladder as one person sees it now: where the client is, what the ladder suggests, the
 * step history, and whether this person may change the step.
 *
 * @param timezone the client's time zone, in which days are counted
 * @param numberFields the template's questions answered with a number, by name, for
 * choosing and naming the field a rule watches
 */
public record LadderState(Assignment assignment, Ladder ladder, Suggestion suggestion, List<StepChange> history,
		boolean viewerIsClient, boolean viewerMayStep, LocalDate today, ZoneId timezone,
		List<NumberField> numberFields) {

	/** Whether this person may accept the suggestion in front of them. */
	public boolean mayAcceptSuggestion() {
		return this.viewerMayStep && this.suggestion.isChange();
	}

	public String labelOf(String field) {
		return this.numberFields.stream()
			.filter((candidate) -> candidate.name().equals(field))
			.map(NumberField::label)
			.findFirst()
			.orElse(field);
	}

	public record NumberField(String name, String label) {
	}

}
