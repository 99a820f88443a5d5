package org.bridgework.homework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.goals.Goals;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.PracticeIdea;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateLibrary;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Assigning homework in two steps: choose a template from the library, then plan it
 * together with the client (why, when, how long, what could get in the way).
 */
@Controller
class AssignHomeworkPageController {

	static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	private final Clients clients;

	private final TemplateLibrary library;

	private final Assignments assignments;

	private final Messages messages;

	private final Clock clock;

	private final PracticeIdeas ideas;

	private final Goals goals;

	AssignHomeworkPageController(Clients clients, TemplateLibrary library, Assignments assignments, Messages messages,
			Clock clock, PracticeIdeas ideas, Goals goals) {
		this.ideas = ideas;
		this.goals = goals;
		this.clients = clients;
		this.library = library;
		this.assignments = assignments;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/clients/{clientId}/assignments/new")
	String start(CurrentUser clinician, @PathVariable UUID clientId,
			@RequestParam(name = "template", required = false) String templateKey,
			@RequestParam(name = "idea", required = false) UUID ideaId, Model model) {
		ClientProfile client = this.clients.profile(clinician, clientId);
		model.addAttribute("client", client);
		PracticeIdea idea = (ideaId != null) ? ideaOf(clinician, clientId, ideaId) : null;
		model.addAttribute("idea", idea);
		if (templateKey == null || templateKey.isBlank()) {
			return chooser(clinician, model);
		}
		Template template = this.library.forAssigning(clinician, templateKey.trim());
		return planForm(clinician, model, template,
				(idea != null) ? AssignmentForm.fromIdea(template, idea, todayOf(client))
						: AssignmentForm.startingFrom(template, todayOf(client)),
				FormErrors.none());
	}

	/** An open idea of this client's; any other is not found. */
	private PracticeIdea ideaOf(CurrentUser clinician, UUID clientId, UUID ideaId) {
		PracticeIdea idea = this.ideas.openIdea(clinician, ideaId);
		if (!idea.clientId().equals(clientId)) {
			throw new NotFoundException("Practice idea");
		}
		return idea;
	}

	/**
	 * One more empty barrier row for the plan form, fetched by htmx when a clinician
	 * needs more than the rows on the page.
	 */
	@GetMapping("/clients/{clientId}/assignments/barrier-row")
	String barrierRow(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam int index, Model model) {
		model.addAttribute("client", this.clients.profile(clinician, clientId));
		model.addAttribute("index", Math.max(0, Math.min(index, AssignmentForm.MAX_BARRIER_ROWS - 1)));
		model.addAttribute("row", new AssignmentForm.BarrierRow());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("maxBarrierRows", AssignmentForm.MAX_BARRIER_ROWS);
		return "review/barrier-row :: row";
	}

	@PostMapping("/clients/{clientId}/assignments/new")
	String assign(CurrentUser clinician, @PathVariable UUID clientId, @ModelAttribute("form") AssignmentForm form,
			Model model, HttpServletResponse response) {
		ClientProfile client = this.clients.profile(clinician, clientId);
		model.addAttribute("client", client);
		Optional<Template> template = find(clinician, form.getTemplateKey());
		if (template.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("templateMissing", true);
			return chooser(clinician, model);
		}
		PracticeIdea idea = ideaIn(clinician, clientId, form);
		model.addAttribute("idea", idea);
		ParsedPlan parsed = form.toPlan();
		try {
			if (parsed.problems().isEmpty()) {
				if (idea != null) {
					this.ideas.planAsHomework(clinician, idea.id(), parsed.plan());
				}
				else {
					this.assignments.assign(clinician, clientId, parsed.plan());
				}
				return "redirect:/clients/" + clientId + "?assigned";
			}
			// Some values could not be read: show them with every other problem at once.
			this.assignments.check(parsed.plan());
			return rejected(clinician, model, response, template.get(), form, parsed.withServiceProblems(List.of()));
		}
		catch (InvalidInputException ex) {
			return rejected(clinician, model, response, template.get(), form,
					parsed.withServiceProblems(ex.problems()));
		}
	}

	private PracticeIdea ideaIn(CurrentUser clinician, UUID clientId, AssignmentForm form) {
		if (form.getIdea() == null || form.getIdea().isBlank()) {
			return null;
		}
		try {
			return ideaOf(clinician, clientId, UUID.fromString(form.getIdea().trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Practice idea");
		}
	}

	private String rejected(CurrentUser clinician, Model model, HttpServletResponse response, Template template,
			AssignmentForm form, InvalidInputException problems) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return planForm(clinician, model, template, form, FormErrors.of(problems, this.messages));
	}

	private String chooser(CurrentUser clinician, Model model) {
		model.addAttribute("templates", this.library.all(clinician));
		return "review/choose-template";
	}

	private String planForm(CurrentUser clinician, Model model, Template template, AssignmentForm form,
			FormErrors errors) {
		form.padBarrierRows();
		ClientProfile client = (ClientProfile) model.getAttribute("client");
		model.addAttribute("goals",
				this.goals.forClient(clinician, client.id()).stream().filter((goal) -> !goal.archived()).toList());
		model.addAttribute("newGoal", AssignmentForm.NEW_GOAL);
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days", DAYS);
		model.addAttribute("maxBarrierRows", AssignmentForm.MAX_BARRIER_ROWS);
		return "review/assign";
	}

	private Optional<Template> find(CurrentUser clinician, String templateKey) {
		if (templateKey == null || templateKey.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.library.forAssigning(clinician, templateKey.trim()));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	private LocalDate todayOf(ClientProfile client) {
		return LocalDate.now(this.clock.withZone(ZoneId.of(client.timezone())));
	}

}
