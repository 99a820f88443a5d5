package org.bridgework.homework.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.goals.Goal;
import org.bridgework.goals.Goals;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPanel;
import org.bridgework.homework.AssignmentPanels;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.AttachmentProperties;
import org.bridgework.homework.GuidedAudio;
import org.bridgework.homework.GuidedAudio.Recording;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.Plans;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.homework.Timeline;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's page for one client: how practice went, what is assigned (grouped by
 * the goal each piece serves), and what came back over the last four weeks. Anyone but
 * the client's clinician is told it does not exist.
 */
@Controller
class ClientReviewPageController {

	static final int WEEK = 7;

	static final int FOUR_WEEKS = 28;

	/** What answering a practice idea came to, after the form that answered it. */
	static final Set<String> IDEA_OUTCOMES = Set.of("discuss", "answered", "tooLong");

	private final Clients clients;

	private final Assignments assignments;

	private final AdherenceReport adherence;

	private final Timeline timeline;

	private final ReviewWords words;

	private final GuidedAudio guidedAudio;

	private final AttachmentProperties limits;

	private final Messages messages;

	private final Plans plans;

	private final ObjectProvider<AssignmentPanels> panels;

	private final PracticeIdeas ideas;

	private final Goals goals;

	ClientReviewPageController(Clients clients, Assignments assignments, AdherenceReport adherence, Timeline timeline,
			ReviewWords words, GuidedAudio guidedAudio, AttachmentProperties limits, Messages messages, Plans plans,
			ObjectProvider<AssignmentPanels> panels, PracticeIdeas ideas, Goals goals) {
		this.ideas = ideas;
		this.goals = goals;
		this.plans = plans;
		this.panels = panels;
		this.clients = clients;
		this.assignments = assignments;
		this.adherence = adherence;
		this.timeline = timeline;
		this.words = words;
		this.guidedAudio = guidedAudio;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/clients/{clientId}")
	String client(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam Map<String, String> query,
			Model model) {
		// First, so that nothing else is read for someone who is not the client's
		// clinician.
		ClientProfile client = this.clients.profile(clinician, clientId);
		Map<UUID, AssignmentSummary> assigned = new LinkedHashMap<>();
		Map<UUID, Template> templates = new HashMap<>();
		Map<UUID, Recording> recordings = new HashMap<>();
		Map<UUID, Integer> openProposals = new HashMap<>();
		Map<UUID, List<AssignmentPanel>> panels = new HashMap<>();
		for (Assignment assignment : this.assignments.forClient(clinician, clientId)) {
			Template template = templates.computeIfAbsent(assignment.templateVersionId(),
					(id) -> this.assignments.templateOf(assignment));
			assigned.put(assignment.id(), this.words.summary(assignment, template));
			this.guidedAudio.of(clinician, assignment.id())
				.ifPresent((recording) -> recordings.put(assignment.id(), recording));
			openProposals.put(assignment.id(),
					(int) this.plans.proposals(clinician, assignment.id())
						.stream()
						.filter(PlanProposal::isOpen)
						.count());
			panels.put(assignment.id(),
					this.panels.orderedStream()
						.flatMap((source) -> source.forClinician(clinician, assignment).stream())
						.toList());
		}
		model.addAttribute("openProposals", openProposals);
		model.addAttribute("practiceIdeas", this.ideas.forClient(clinician, clientId));
		String ideaOutcome = query.getOrDefault("idea", "");
		model.addAttribute("ideaOutcome", IDEA_OUTCOMES.contains(ideaOutcome) ? ideaOutcome : null);
		model.addAttribute("recordings", recordings);
		model.addAttribute("panels", panels);
		model.addAttribute("recordingMaxMegabytes", this.limits.maxRecordingMegabytes());
		recordingNotice(query.get("recording"), model);
		model.addAttribute("client", client);
		// After assigning: "?assigned", a parameter without a value.
		model.addAttribute("justAssigned", query.containsKey("assigned"));
		// After asking for a new invitation link for someone who had signed up already.
		model.addAttribute("alreadySignedUp", query.containsKey("signedUp"));
		model.addAttribute("adherence",
				List.of(AdherenceSummary.of(WEEK, this.adherence.lastDays(clinician, clientId, WEEK)),
						AdherenceSummary.of(FOUR_WEEKS, this.adherence.lastDays(clinician, clientId, FOUR_WEEKS))));
		model.addAttribute("assignments", List.copyOf(assigned.values()));
		List<Goal> goals = this.goals.forClient(clinician, clientId);
		model.addAttribute("hasGoals", goals.stream().anyMatch((goal) -> !goal.archived()));
		model.addAttribute("goalGroups", GoalGroup.of(goals, assigned.values()));
		model.addAttribute("timeline",
				this.timeline.lastDays(clinician, clientId, FOUR_WEEKS)
					.stream()
					.map((item) -> this.words.row(item, assigned.get(item.assignmentId())))
					.toList());
		return "review/client";
	}

	/** What happened to a guided recording, after the form that changed it. */
	private void recordingNotice(String outcome, Model model) {
		String code = (outcome == null) ? null : GuidedAudioPageController.NOTICES.get(outcome);
		model.addAttribute("recordingNotice",
				(code == null) ? null : this.messages.get(code, this.limits.maxRecordingMegabytes()));
		model.addAttribute("recordingNoticeOk", "added".equals(outcome) || "removed".equals(outcome));
	}

}
