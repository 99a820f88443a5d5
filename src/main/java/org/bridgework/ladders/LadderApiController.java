package org.bridgework.ladders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ladder of an assignment in the JSON API: read it with its suggestion and history,
 * write it (clinician), accept a step change (clinician, or the client when allowed).
 */
@RestController
class LadderApiController {

	private final Ladders ladders;

	private final LadderWords words;

	LadderApiController(Ladders ladders, LadderWords words) {
		this.ladders = ladders;
		this.words = words;
	}

	@GetMapping("/api/v1/assignments/{id}/ladder")
	LadderView ladder(CurrentUser actor, @PathVariable UUID id) {
		return view(this.ladders.find(actor, id).orElseThrow(() -> new NotFoundException("Ladder")));
	}

	@PutMapping("/api/v1/assignments/{id}/ladder")
	LadderView save(CurrentUser clinician, @PathVariable UUID id, @RequestBody LadderRequest body) {
		return view(this.ladders.save(clinician, id, body));
	}

	@PostMapping("/api/v1/assignments/{id}/ladder/step-changes")
	@ResponseStatus(HttpStatus.CREATED)
	LadderView change(CurrentUser actor, @PathVariable UUID id, @RequestBody(required = false) StepChangeRequest body) {
		return view(this.ladders.change(actor, id, (body == null) ? new StepChangeRequest(null, null, null) : body));
	}

	private LadderView view(LadderState state) {
		Ladder ladder = state.ladder();
		List<StepView> steps = new java.util.ArrayList<>();
		for (int i = 0; i < ladder.steps().size(); i++) {
			steps.add(new StepView(i + 1, ladder.steps().get(i).label(), ladder.steps().get(i).target()));
		}
		Suggestion suggestion = state.suggestion();
		return new LadderView(ladder.assignmentId(), steps, ladder.plan().targetUnit(), ladder.currentStep(),
				ladder.stepStartedOn(), ladder.plan().clientMayStep(), LadderRequest.Rule.of(ladder.plan().moveOn()),
				ladder.plan().stepBack(),
				new SuggestionView(suggestion.direction(), suggestion.to(), suggestion.reasonCode(),
						this.words.reason(state), state.mayAcceptSuggestion()),
				state.history()
					.stream()
					.map((change) -> new ChangeView(change.from(), change.to(), change.fromLabel(), change.toLabel(),
							change.changedAt(), change.byRole(), change.byName(), this.words.reason(state, change),
							change.note()))
					.toList());
	}

	record StepView(int number, String label, Integer target) {
	}

	/**
	 * @param mayAccept whether the caller may accept this suggestion now
	 */
	record SuggestionView(Direction direction, Integer to, String reasonCode, String reason, boolean mayAccept) {
	}

	record ChangeView(int from, int to, String fromLabel, String toLabel, Instant changedAt, Role byRole, String byName,
			String reason, String note) {
	}

	record LadderView(UUID assignmentId, List<StepView> steps, String targetUnit, int currentStep,
			LocalDate stepStartedOn, boolean clientMayStep, LadderRequest.Rule moveOn, StepBack stepBack,
			SuggestionView suggestion, List<ChangeView> history) {
	}

}
