package org.bridgework.ladders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPanel;
import org.bridgework.homework.AssignmentPanels;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.Messages;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Shows a ladder on homework's pages: the step and suggestion (with a way to accept it)
 * and the history for the clinician; the step, and a warm word when a change is
 * suggested, for the client.
 */
@Component
@Order(0) // First with each assignment, so charts of other modules can follow its table.
class LadderPanels implements AssignmentPanels {

	private final Ladders ladders;

	private final LadderWords words;

	private final Messages messages;

	LadderPanels(Ladders ladders, LadderWords words, Messages messages) {
		this.ladders = ladders;
		this.words = words;
		this.messages = messages;
	}

	@Override
	public Optional<AssignmentPanel> forClinician(CurrentUser clinician, Assignment assignment) {
		Optional<LadderCard> card = this.ladders.find(clinician, assignment.id()).map(this::card);
		return Optional
			.of(new AssignmentPanel("ladders/clinician-panel", new ClinicianPanel(assignment.id(), card.orElse(null))));
	}

	@Override
	public Optional<AssignmentPanel> forPractice(CurrentUser client, Assignment assignment) {
		return this.ladders.find(client, assignment.id())
			.map((state) -> new AssignmentPanel("ladders/client-panel", card(state)));
	}

	@Override
	public Optional<AssignmentPanel> forToday(CurrentUser client, Assignment assignment) {
		return this.ladders.find(client, assignment.id())
			.filter((state) -> state.suggestion().isChange())
			.map((state) -> new AssignmentPanel("ladders/client-panel", card(state)));
	}

	LadderCard card(LadderState state) {
		Ladder ladder = state.ladder();
		Suggestion suggestion = state.suggestion();
		List<LadderCard.Option> steps = new ArrayList<>();
		for (int i = 1; i <= ladder.steps().size(); i++) {
			steps.add(new LadderCard.Option(i, ladder.step(i).label()));
		}
		List<LadderCard.Row> history = state.history()
			.stream()
			.map((change) -> new LadderCard.Row(change.changedAt().atZone(state.timezone()).toLocalDate(),
					this.messages.get("ladder.history.fromTo", change.from(), change.fromLabel(), change.to(),
							change.toLabel()),
					this.messages.get("ladder.history.by." + change.byRole().name(), change.byName()),
					(change.note() != null) ? change.note() : this.words.reason(state, change)))
			.toList();
		return new LadderCard(state.assignment().id(), state.assignment().clientId(), state.assignment().title(),
				ladder.currentStep(), ladder.steps().size(), ladder.current().label(), ladder.stepStartedOn(),
				suggestion.direction(), suggestion.to(),
				(suggestion.to() != null) ? ladder.step(suggestion.to()).label() : null, this.words.reason(state),
				state.mayAcceptSuggestion(), ladder.plan().clientMayStep(), history, steps);
	}

	/** The clinician sees a way to make a ladder when there is none. */
	public record ClinicianPanel(java.util.UUID assignmentId, LadderCard ladder) {
	}

}
