package org.bridgework.homework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.goals.Goals;
import org.bridgework.homework.Assignments.AccessibleAssignment;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans written together: the client proposes a change to when, where, after what or for
 * how long they practise; the clinician accepts it or asks to talk it through, and may
 * change the plan themselves. Every change to a plan is kept as a revision.
 */
@Service
public class Plans {

	static final int NOTE_MAX = 2000;

	private final Assignments assignments;

	private final AssignmentRepository assignmentRows;

	private final PlanRepository plans;

	private final CareTeam careTeam;

	private final Goals goals;

	Plans(Assignments assignments, AssignmentRepository assignmentRows, PlanRepository plans, CareTeam careTeam,
			Goals goals) {
		this.goals = goals;
		this.assignments = assignments;
		this.assignmentRows = assignmentRows;
		this.plans = plans;
		this.careTeam = careTeam;
	}

	/**
	 * The client proposes new values for some parts of their plan (by
	 * {@link PlanField#jsonName()}); parts left out stay as they are.
	 */
	@Transactional
	public UUID propose(CurrentUser client, UUID assignmentId, Map<String, String> values, String note) {
		AccessibleAssignment own = this.assignments.readable(client, assignmentId, "propose-plan-change");
		if (!own.access().isClient()) {
			throw new AccessDeniedException("Only the client proposes changes to their plan");
		}
		FieldChecks checks = new FieldChecks().maxLength("note", note, NOTE_MAX);
		List<PlanChange> changes = changes(own.assignment(), values, checks);
		checks.throwIfAny();
		UUID id = UUID.randomUUID();
		this.plans.insertProposal(id, own.assignment(), client.id(), changes, FieldChecks.trimToNull(note));
		return id;
	}

	@Transactional(readOnly = true)
	public List<PlanProposal> proposals(CurrentUser actor, UUID assignmentId) {
		this.assignments.readable(actor, assignmentId, "list-plan-proposals");
		return this.plans.proposals(assignmentId);
	}

	/**
	 * One proposal, for whoever may see its assignment; anyone else is told it does not
	 * exist.
	 */
	@Transactional(readOnly = true)
	public PlanProposal proposal(CurrentUser actor, UUID proposalId) {
		PlanProposal proposal = this.plans.proposal(proposalId).orElseThrow(() -> new NotFoundException("Proposal"));
		this.assignments.readable(actor, proposal.assignmentId(), "view-plan-proposal");
		return proposal;
	}

	/** The client's clinician takes the proposal into the plan. */
	@Transactional
	public Assignment accept(CurrentUser clinician, UUID proposalId) {
		PlanProposal proposal = openProposalFor(clinician, proposalId);
		Assignment assignment = this.assignments.get(clinician, proposal.assignmentId());
		List<PlanChange> changes = proposal.changes()
			.stream()
			.map((change) -> new PlanChange(change.field(), change.field().valueIn(assignment), change.after()))
			.filter((change) -> !Objects.equals(change.before(), change.after()))
			.toList();
		decide(proposalId, PlanProposal.Status.ACCEPTED, null, clinician);
		return revise(clinician, assignment, changes, proposalId);
	}

	/** The client's clinician would rather talk the proposal through in session. */
	@Transactional
	public void discuss(CurrentUser clinician, UUID proposalId, String reply) {
		openProposalFor(clinician, proposalId);
		new FieldChecks().maxLength("reply", reply, NOTE_MAX).throwIfAny();
		decide(proposalId, PlanProposal.Status.DISCUSS, FieldChecks.trimToNull(reply), clinician);
	}

	/**
	 * The client's clinician changes parts of the plan; the change is kept as a revision.
	 */
	@Transactional
	public Assignment change(CurrentUser clinician, UUID assignmentId, Map<String, String> values) {
		Assignment assignment = clinicianAssignment(clinician, assignmentId, "change-plan");
		FieldChecks checks = new FieldChecks();
		List<PlanChange> changes = changes(assignment, values, checks);
		checks.throwIfAny();
		return revise(clinician, assignment, changes, null);
	}

	/**
	 * The client's clinician ties the assignment to another of the client's goals in use
	 * (or to none, with a null id); kept in the plan history with the goals' words.
	 */
	@Transactional
	public Assignment serveGoal(CurrentUser clinician, UUID assignmentId, UUID goalId) {
		Assignment assignment = clinicianAssignment(clinician, assignmentId, "change-goal-served");
		if (Objects.equals(assignment.goalId(), goalId)) {
			return assignment;
		}
		ClientAccess access = this.careTeam.requireClinician(clinician, assignment.clientId(), "change-goal-served");
		String words = (goalId == null) ? null : this.goals.toServe(access, goalId).words();
		this.assignmentRows.serveGoal(assignmentId, goalId, words);
		if (!Objects.equals(assignment.goal(), words)) {
			this.plans.insertRevision(assignmentId, clinician.id(), null,
					List.of(new PlanChange(PlanField.GOAL, assignment.goal(), words)));
		}
		return this.assignmentRows.find(assignmentId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<PlanRevision> history(CurrentUser actor, UUID assignmentId) {
		this.assignments.readable(actor, assignmentId, "view-plan-history");
		return this.plans.revisions(assignmentId);
	}

	private Assignment revise(CurrentUser clinician, Assignment assignment, List<PlanChange> changes, UUID proposalId) {
		if (!changes.isEmpty()) {
			changes.forEach((change) -> this.plans.apply(assignment.id(), change));
			this.plans.insertRevision(assignment.id(), clinician.id(), proposalId, changes);
		}
		return this.assignmentRows.find(assignment.id()).orElseThrow();
	}

	/**
	 * The parts that would change, each with its value now; a problem when a value is
	 * wrong, an unknown part is named, or nothing would change.
	 */
	private static List<PlanChange> changes(Assignment assignment, Map<String, String> values, FieldChecks checks) {
		List<PlanChange> changes = new ArrayList<>();
		values.forEach((name, raw) -> {
			if (raw == null) {
				return;
			}
			PlanField field;
			try {
				field = PlanField.fromJson(name);
			}
			catch (IllegalArgumentException ex) {
				checks.add(name, "validation.plan.unknown");
				return;
			}
			String after = field.normalise(raw, checks);
			String before = field.valueIn(assignment);
			if (!Objects.equals(before, after)) {
				changes.add(new PlanChange(field, before, after));
			}
		});
		if (!checks.hasProblems()) {
			checks.check(!changes.isEmpty(), "plan", "validation.plan.nothingChanged");
		}
		changes.sort(Comparator.comparing(PlanChange::field));
		return changes;
	}

	private PlanProposal openProposalFor(CurrentUser clinician, UUID proposalId) {
		PlanProposal proposal = this.plans.proposal(proposalId).orElseThrow(() -> new NotFoundException("Proposal"));
		clinicianAssignment(clinician, proposal.assignmentId(), "decide-plan-proposal");
		if (!proposal.isOpen()) {
			throw new ConflictException("problem.proposal.decided");
		}
		return proposal;
	}

	private void decide(UUID proposalId, PlanProposal.Status status, String reply, CurrentUser clinician) {
		if (!this.plans.decide(proposalId, status, reply, clinician.id())) {
			throw new ConflictException("problem.proposal.decided");
		}
	}

	private Assignment clinicianAssignment(CurrentUser clinician, UUID assignmentId, String action) {
		clinician.require(Role.CLINICIAN);
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		this.careTeam.requireClinician(clinician, assignment.clientId(), action, assignmentId);
		return assignment;
	}

}
