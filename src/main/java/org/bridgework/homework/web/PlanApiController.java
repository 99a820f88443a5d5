package org.bridgework.homework.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.PlanChange;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.PlanRevision;
import org.bridgework.homework.Plans;
import org.bridgework.homework.web.HomeworkApiController.AssignmentView;
import org.bridgework.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans written together, for client programs: proposals by the client, the clinician's
 * answer, direct changes by the clinician, and the history of every change.
 */
@RestController
class PlanApiController {

	private final Plans plans;

	PlanApiController(Plans plans) {
		this.plans = plans;
	}

	@PostMapping("/api/v1/assignments/{id}/proposals")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> propose(CurrentUser client, @PathVariable UUID id, @RequestBody ProposalBody body) {
		return Map.of("id", this.plans.propose(client, id, body.changesOrNone(), body.note()));
	}

	@GetMapping("/api/v1/assignments/{id}/proposals")
	List<ProposalView> proposals(CurrentUser actor, @PathVariable UUID id) {
		return this.plans.proposals(actor, id).stream().map(ProposalView::of).toList();
	}

	@PostMapping("/api/v1/proposals/{proposalId}/acceptance")
	AssignmentView accept(CurrentUser clinician, @PathVariable UUID proposalId) {
		return AssignmentView.of(this.plans.accept(clinician, proposalId));
	}

	@PostMapping("/api/v1/proposals/{proposalId}/discussion")
	Map<String, String> discuss(CurrentUser clinician, @PathVariable UUID proposalId,
			@RequestBody(required = false) ReplyBody body) {
		this.plans.discuss(clinician, proposalId, (body == null) ? null : body.reply());
		return Map.of("status", PlanProposal.Status.DISCUSS.name());
	}

	@PatchMapping("/api/v1/assignments/{id}/plan")
	AssignmentView change(CurrentUser clinician, @PathVariable UUID id, @RequestBody Map<String, String> values) {
		return AssignmentView.of(this.plans.change(clinician, id, values));
	}

	/**
	 * Which of the client's goals the assignment serves; a null {@code goalId} unties it.
	 */
	@PutMapping("/api/v1/assignments/{id}/goal")
	AssignmentView serveGoal(CurrentUser clinician, @PathVariable UUID id, @RequestBody GoalServed body) {
		return AssignmentView.of(this.plans.serveGoal(clinician, id, body.goalId()));
	}

	@GetMapping("/api/v1/assignments/{id}/plan-history")
	List<RevisionView> history(CurrentUser actor, @PathVariable UUID id) {
		return this.plans.history(actor, id).stream().map(RevisionView::of).toList();
	}

	/**
	 * @param changes new values by part of the plan: timeOfDay, daysOfWeek, cue, place,
	 * durationMinutes
	 */
	record ProposalBody(Map<String, String> changes, String note) {

		Map<String, String> changesOrNone() {
			return (this.changes == null) ? Map.of() : new LinkedHashMap<>(this.changes);
		}

	}

	record ReplyBody(String reply) {
	}

	record GoalServed(UUID goalId) {
	}

	record ChangeView(String field, String before, String after) {

		static List<ChangeView> of(List<PlanChange> changes) {
			return changes.stream()
				.map((change) -> new ChangeView(change.field().jsonName(), change.before(), change.after()))
				.toList();
		}

	}

	record ProposalView(UUID id, UUID assignmentId, String proposedBy, List<ChangeView> changes, String note,
			String status, String reply, Instant createdAt, Instant decidedAt) {

		static ProposalView of(PlanProposal p) {
			return new ProposalView(p.id(), p.assignmentId(), p.proposedBy(), ChangeView.of(p.changes()), p.note(),
					p.status().name(), p.reply(), p.createdAt(), p.decidedAt());
		}

	}

	record RevisionView(UUID id, String changedBy, Instant changedAt, boolean fromProposal, List<ChangeView> changes) {

		static RevisionView of(PlanRevision r) {
			return new RevisionView(r.id(), r.changedBy(), r.changedAt(), r.fromProposal(), ChangeView.of(r.changes()));
		}

	}

}
