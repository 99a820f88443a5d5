package org.bridgework.goals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's goals for client programs: read by the client and their clinicians, written
 * by the clinicians.
 */
@RestController
class GoalsApiController {

	private final Goals goals;

	GoalsApiController(Goals goals) {
		this.goals = goals;
	}

	@GetMapping("/api/v1/clients/{clientId}/goals")
	List<GoalView> goals(CurrentUser actor, @PathVariable UUID clientId) {
		return this.goals.forClient(actor, clientId).stream().map(GoalView::of).toList();
	}

	@PostMapping("/api/v1/clients/{clientId}/goals")
	@ResponseStatus(HttpStatus.CREATED)
	GoalView add(CurrentUser clinician, @PathVariable UUID clientId, @RequestBody GoalBody body) {
		return GoalView.of(this.goals.add(clinician, clientId, body.words(), body.value()));
	}

	@PatchMapping("/api/v1/goals/{goalId}")
	GoalView change(CurrentUser clinician, @PathVariable UUID goalId, @RequestBody GoalChange change) {
		return GoalView.of(this.goals.change(clinician, goalId, change));
	}

	@GetMapping("/api/v1/goals/{goalId}/history")
	List<GoalRevision> history(CurrentUser actor, @PathVariable UUID goalId) {
		return this.goals.history(actor, goalId);
	}

	record GoalBody(String words, String value) {
	}

	record GoalView(UUID id, UUID clientId, String words, String value, int position, boolean archived,
			Instant createdAt, Instant changedAt, String changedBy) {

		static GoalView of(Goal g) {
			return new GoalView(g.id(), g.clientId(), g.words(), g.value(), g.position(), g.archived(), g.createdAt(),
					g.changedAt(), g.changedBy());
		}

	}

}
