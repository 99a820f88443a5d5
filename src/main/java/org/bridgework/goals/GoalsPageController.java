package org.bridgework.goals;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician writes a client's goals with them: adds one in the client's words,
 * rewords it, ties it to a value, moves it up, sets it aside (after a tick that confirms
 * it) and restores it. Anyone but the client's clinicians is told the client does not
 * exist.
 */
@Controller
class GoalsPageController {

	/** The values compass, offered as choices; a client's own word is welcome too. */
	static final List<String> COMPASS = List.of("connection", "growth", "joy", "contribution");

	private final Clients clients;

	private final Goals goals;

	private final Messages messages;

	GoalsPageController(Clients clients, Goals goals, Messages messages) {
		this.clients = clients;
		this.goals = goals;
		this.messages = messages;
	}

	@GetMapping("/clients/{clientId}/goals")
	String goals(CurrentUser clinician, @PathVariable UUID clientId, Model model) {
		return goalsPage(clinician, clientId, new GoalForm(null, null, null), FormErrors.none(), model);
	}

	@PostMapping("/clients/{clientId}/goals")
	String add(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam(required = false) String words,
			@RequestParam(required = false) String value, @RequestParam(required = false) String valueOwn, Model model,
			HttpServletResponse response) {
		GoalForm form = new GoalForm(words, value, valueOwn);
		try {
			Goal goal = this.goals.add(clinician, clientId, words, form.chosenValue());
			return "redirect:/clients/" + clientId + "/goals?added#goal-" + goal.id();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return goalsPage(clinician, clientId, form, FormErrors.of(ex, this.messages), model);
		}
	}

	@GetMapping("/clients/{clientId}/goals/{goalId}")
	String goal(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID goalId, Model model) {
		Goal goal = clientsGoal(clinician, clientId, goalId);
		return goalPage(clinician, clientId, goal, GoalForm.of(goal, compass()), FormErrors.none(), model);
	}

	@PostMapping("/clients/{clientId}/goals/{goalId}")
	String change(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID goalId,
			@RequestParam(required = false) String words, @RequestParam(required = false) String value,
			@RequestParam(required = false) String valueOwn, Model model, HttpServletResponse response) {
		Goal goal = clientsGoal(clinician, clientId, goalId);
		GoalForm form = new GoalForm(words, value, valueOwn);
		try {
			this.goals.change(clinician, goalId,
					new GoalChange((words == null) ? "" : words, form.chosenValue(), null, null));
			return "redirect:/clients/" + clientId + "/goals?saved#goal-" + goalId;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return goalPage(clinician, clientId, goal, form, FormErrors.of(ex, this.messages), model);
		}
	}

	/** Setting aside needs the tick that confirms it; without it nothing changes. */
	@PostMapping("/clients/{clientId}/goals/{goalId}/archive")
	String archive(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID goalId,
			@RequestParam(required = false) String confirm) {
		clientsGoal(clinician, clientId, goalId);
		if (!"yes".equals(confirm)) {
			return "redirect:/clients/" + clientId + "/goals/" + goalId + "?notArchived";
		}
		this.goals.change(clinician, goalId, GoalChange.archive(true));
		return "redirect:/clients/" + clientId + "/goals?archived";
	}

	@PostMapping("/clients/{clientId}/goals/{goalId}/restore")
	String restore(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID goalId) {
		clientsGoal(clinician, clientId, goalId);
		this.goals.change(clinician, goalId, GoalChange.archive(false));
		return "redirect:/clients/" + clientId + "/goals?restored#goal-" + goalId;
	}

	/** One place up in the order; the first goal stays first. */
	@PostMapping("/clients/{clientId}/goals/{goalId}/move-up")
	String moveUp(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID goalId) {
		Goal goal = clientsGoal(clinician, clientId, goalId);
		if (!goal.archived()) {
			List<Goal> inUse = this.goals.forClient(clinician, clientId).stream().filter((g) -> !g.archived()).toList();
			int place = inUse.stream().map(Goal::id).toList().indexOf(goalId) + 1;
			if (place > 1) {
				this.goals.change(clinician, goalId, new GoalChange(null, null, null, place - 1));
			}
		}
		return "redirect:/clients/" + clientId + "/goals?moved#goal-" + goalId;
	}

	private Goal clientsGoal(CurrentUser clinician, UUID clientId, UUID goalId) {
		// The profile first: only the client's clinicians get any further.
		this.clients.profile(clinician, clientId);
		Goal goal = this.goals.get(clinician, goalId);
		if (!goal.clientId().equals(clientId)) {
			throw new NotFoundException("Goal");
		}
		return goal;
	}

	private String goalsPage(CurrentUser clinician, UUID clientId, GoalForm form, FormErrors errors, Model model) {
		ClientProfile client = this.clients.profile(clinician, clientId);
		List<Goal> all = this.goals.forClient(clinician, clientId);
		model.addAttribute("client", client);
		model.addAttribute("inUse", all.stream().filter((goal) -> !goal.archived()).toList());
		model.addAttribute("setAside", all.stream().filter(Goal::archived).toList());
		model.addAttribute("compass", compass());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "goals/goals";
	}

	private String goalPage(CurrentUser clinician, UUID clientId, Goal goal, GoalForm form, FormErrors errors,
			Model model) {
		model.addAttribute("client", this.clients.profile(clinician, clientId));
		model.addAttribute("goal", goal);
		model.addAttribute("history", this.goals.history(clinician, goal.id()));
		model.addAttribute("compass", compass());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "goals/goal";
	}

	private List<String> compass() {
		return COMPASS.stream().map((value) -> this.messages.get("goals.value." + value)).toList();
	}

	/**
	 * The goal form as typed: the words, a value of the compass (or none), and the
	 * client's own word for a value, which wins when written.
	 */
	record GoalForm(String words, String value, String valueOwn) {

		static GoalForm of(Goal goal, List<String> compass) {
			boolean inCompass = goal.value() != null && compass.contains(goal.value());
			return new GoalForm(goal.words(), inCompass ? goal.value() : "",
					(goal.value() != null && !inCompass) ? goal.value() : null);
		}

		String chosenValue() {
			if (this.valueOwn != null && !this.valueOwn.isBlank()) {
				return this.valueOwn;
			}
			return (this.value == null) ? "" : this.value;
		}

		public boolean chose(String option) {
			return option.equals((this.value == null) ? "" : this.value)
					&& (this.valueOwn == null || this.valueOwn.isBlank());
		}

	}

}
