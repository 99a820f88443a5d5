package org.bridgework.homework.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Timeline;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's page for one client: how practice went, what is assigned, and what came
 * back over the last four weeks. Anyone but the client's clinician is told it does not
 * exist.
 */
@Controller
class ClientReviewPageController {

	static final int WEEK = 7;

	static final int FOUR_WEEKS = 28;

	private final Clients clients;

	private final Assignments assignments;

	private final AdherenceReport adherence;

	private final Timeline timeline;

	private final ReviewWords words;

	ClientReviewPageController(Clients clients, Assignments assignments, AdherenceReport adherence, Timeline timeline,
			ReviewWords words) {
		this.clients = clients;
		this.assignments = assignments;
		this.adherence = adherence;
		this.timeline = timeline;
		this.words = words;
	}

	@GetMapping("/clients/{clientId}")
	String client(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam Map<String, String> query,
			Model model) {
		// First, so that nothing else is read for someone who is not the client's
		// clinician.
		ClientProfile client = this.clients.profile(clinician, clientId);
		Map<UUID, AssignmentSummary> assigned = new LinkedHashMap<>();
		Map<UUID, Template> templates = new HashMap<>();
		for (Assignment assignment : this.assignments.forClient(clinician, clientId)) {
			Template template = templates.computeIfAbsent(assignment.templateVersionId(),
					(id) -> this.assignments.templateOf(assignment));
			assigned.put(assignment.id(), this.words.summary(assignment, template));
		}
		model.addAttribute("client", client);
		// After assigning: "?assigned", a parameter without a value.
		model.addAttribute("justAssigned", query.containsKey("assigned"));
		// After asking for a new invitation link for someone who had signed up already.
		model.addAttribute("alreadySignedUp", query.containsKey("signedUp"));
		model.addAttribute("adherence",
				List.of(AdherenceSummary.of(WEEK, this.adherence.lastDays(clinician, clientId, WEEK)),
						AdherenceSummary.of(FOUR_WEEKS, this.adherence.lastDays(clinician, clientId, FOUR_WEEKS))));
		model.addAttribute("assignments", List.copyOf(assigned.values()));
		model.addAttribute("timeline",
				this.timeline.lastDays(clinician, clientId, FOUR_WEEKS)
					.stream()
					.map((item) -> this.words.row(item, assigned.get(item.assignmentId())))
					.toList());
		return "review/client";
	}

}
