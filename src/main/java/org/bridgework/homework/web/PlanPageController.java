package org.bridgework.homework.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.goals.Goals;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.Plans;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A plan, written together: the client proposes changes on their plan page; the clinician
 * accepts or asks to talk, or changes the plan on theirs. Both pages show every change
 * made so far.
 */
@Controller
class PlanPageController {

	private final Assignments assignments;

	private final Plans plans;

	private final PlanWords words;

	private final Messages messages;

	private final Goals goals;

	PlanPageController(Assignments assignments, Plans plans, PlanWords words, Messages messages, Goals goals) {
		this.goals = goals;
		this.assignments = assignments;
		this.plans = plans;
		this.words = words;
		this.messages = messages;
	}

	@GetMapping("/practice/{assignmentId}/plan")
	String clientPlan(CurrentUser client, @PathVariable UUID assignmentId, Model model) {
		Assignment assignment = clientsOwn(client, assignmentId);
		return render(model, client, assignment, PlanForm.of(assignment), FormErrors.none(), "plan/client-plan");
	}

	@PostMapping("/practice/{assignmentId}/plan")
	String propose(CurrentUser client, @PathVariable UUID assignmentId,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Assignment assignment = clientsOwn(client, assignmentId);
		PlanForm form = PlanForm.from(params);
		try {
			this.plans.propose(client, assignmentId, form.values(), form.note());
			return "redirect:/practice/" + assignmentId + "/plan?proposed";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(model, client, assignment, form, FormErrors.of(ex, this.messages), "plan/client-plan");
		}
	}

	@GetMapping("/clients/{clientId}/assignments/{assignmentId}/plan")
	String clinicianPlan(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID assignmentId,
			Model model) {
		Assignment assignment = clinicians(clinician, clientId, assignmentId);
		return render(model, clinician, assignment, PlanForm.of(assignment), FormErrors.none(), "plan/clinician-plan");
	}

	@PostMapping("/clients/{clientId}/assignments/{assignmentId}/plan")
	String change(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID assignmentId,
			@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Assignment assignment = clinicians(clinician, clientId, assignmentId);
		PlanForm form = PlanForm.from(params);
		try {
			this.plans.change(clinician, assignmentId, form.values());
			return "redirect:/clients/" + clientId + "/assignments/" + assignmentId + "/plan?changed";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(model, clinician, assignment, form, FormErrors.of(ex, this.messages), "plan/clinician-plan");
		}
	}

	/** Which of the client's goals the assignment serves; an empty choice unties it. */
	@PostMapping("/clients/{clientId}/assignments/{assignmentId}/goal")
	String serveGoal(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID assignmentId,
			@RequestParam(required = false) String goalId) {
		clinicians(clinician, clientId, assignmentId);
		String outcome = "goalChanged";
		try {
			UUID goal = (goalId == null || goalId.isBlank()) ? null : UUID.fromString(goalId.trim());
			this.plans.serveGoal(clinician, assignmentId, goal);
		}
		catch (IllegalArgumentException | InvalidInputException ex) {
			outcome = "goalRefused";
		}
		return "redirect:/clients/" + clientId + "/assignments/" + assignmentId + "/plan?" + outcome;
	}

	@PostMapping("/clients/{clientId}/proposals/{proposalId}/accept")
	String accept(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID proposalId) {
		Assignment assignment = proposalsAssignment(clinician, clientId, proposalId);
		return decided(clientId, assignment, () -> this.plans.accept(clinician, proposalId), "accepted");
	}

	@PostMapping("/clients/{clientId}/proposals/{proposalId}/discuss")
	String discuss(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID proposalId,
			@RequestParam(required = false) String reply) {
		Assignment assignment = proposalsAssignment(clinician, clientId, proposalId);
		return decided(clientId, assignment, () -> this.plans.discuss(clinician, proposalId, reply), "discuss");
	}

	private String decided(UUID clientId, Assignment assignment, Runnable decision, String outcome) {
		String result = outcome;
		try {
			decision.run();
		}
		catch (ConflictException ex) {
			result = "answered";
		}
		catch (InvalidInputException ex) {
			result = "tooLong";
		}
		return "redirect:/clients/" + clientId + "/assignments/" + assignment.id() + "/plan?proposal=" + result;
	}

	private String render(Model model, CurrentUser person, Assignment assignment, PlanForm form, FormErrors errors,
			String view) {
		model.addAttribute("assignment", assignment);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days", PlanForm.allDays());
		if (view.equals("plan/clinician-plan")) {
			model.addAttribute("goals",
					this.goals.forClient(person, assignment.clientId())
						.stream()
						.filter((goal) -> !goal.archived() || goal.id().equals(assignment.goalId()))
						.toList());
		}
		model.addAttribute("proposals",
				this.plans.proposals(person, assignment.id())
					.stream()
					.map((proposal) -> new ProposalRow(proposal, this.words.lines(proposal.changes())))
					.toList());
		model.addAttribute("history",
				this.plans.history(person, assignment.id())
					.stream()
					.map((revision) -> new RevisionRow(revision.changedBy(), revision.changedAt(),
							revision.fromProposal(), this.words.lines(revision.changes())))
					.toList());
		return view;
	}

	private Assignment clientsOwn(CurrentUser client, UUID assignmentId) {
		client.require(Role.CLIENT);
		return this.assignments.get(client, assignmentId);
	}

	private Assignment clinicians(CurrentUser clinician, UUID clientId, UUID assignmentId) {
		clinician.require(Role.CLINICIAN);
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		if (!assignment.clientId().equals(clientId)) {
			throw new NotFoundException("Assignment");
		}
		return assignment;
	}

	private Assignment proposalsAssignment(CurrentUser clinician, UUID clientId, UUID proposalId) {
		clinician.require(Role.CLINICIAN);
		return clinicians(clinician, clientId, this.plans.proposal(clinician, proposalId).assignmentId());
	}

	record ProposalRow(PlanProposal proposal, java.util.List<PlanWords.ChangeLine> changes) {
	}

	record RevisionRow(String changedBy, java.time.Instant changedAt, boolean fromProposal,
			java.util.List<PlanWords.ChangeLine> changes) {
	}

}
