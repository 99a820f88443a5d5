package org.bridgework.relapse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.Clients;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.TemplateLibrary;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staying-well plan on the web: the clinician's page to write it with the client and
 * plan booster tune-ups (plain form posts; rows are added and removed by the server, so
 * it all works without script), and the client's own page to open it any time.
 */
@Controller
class StayingWellPageController {

	private final StayingWellPlans plans;

	private final Boosters boosters;

	private final CareTeam careTeam;

	private final Clients clients;

	private final Assignments assignments;

	private final TemplateLibrary library;

	private final Messages messages;

	StayingWellPageController(StayingWellPlans plans, Boosters boosters, CareTeam careTeam, Clients clients,
			Assignments assignments, TemplateLibrary library, Messages messages) {
		this.plans = plans;
		this.boosters = boosters;
		this.careTeam = careTeam;
		this.clients = clients;
		this.assignments = assignments;
		this.library = library;
		this.messages = messages;
	}

	@GetMapping("/staying-well")
	String own(CurrentUser client, Model model) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-staying-well-plan");
		model.addAttribute("plan", this.plans.get(client, access.clientId()));
		model.addAttribute("boosters",
				this.boosters.forClient(client, access.clientId())
					.stream()
					.filter((seen) -> seen.status() == Booster.Status.UPCOMING || seen.status() == Booster.Status.TODAY)
					.toList());
		model.addAttribute("zone", access.timezone());
		return "relapse/plan";
	}

	@GetMapping("/clients/{clientId}/staying-well")
	String page(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam Map<String, String> query,
			Model model) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "edit-staying-well-plan");
		StayingWellPlan plan = this.plans.get(clinician, clientId);
		model.addAttribute("notice", notice(query));
		return render(model, clinician, access, plan, StayingWellForm.of(plan.content()), false, FormErrors.none(),
				BoosterForm.blank(today(access)), FormErrors.none());
	}

	@PostMapping("/clients/{clientId}/staying-well")
	String save(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "edit-staying-well-plan");
		StayingWellForm form = StayingWellForm.from(params);
		if (params.containsKey(StayingWellForm.MORE)) {
			model.addAttribute("notice", this.messages.get("stayingWell.edit.notSavedYet"));
			return render(model, clinician, access, this.plans.get(clinician, clientId), form, true, FormErrors.none(),
					BoosterForm.blank(today(access)), FormErrors.none());
		}
		try {
			this.plans.save(clinician, clientId, form.toRequest());
			return "redirect:/clients/" + clientId + "/staying-well?saved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(model, clinician, access, this.plans.get(clinician, clientId), form, false,
					FormErrors.of(ex, this.messages), BoosterForm.blank(today(access)), FormErrors.none());
		}
	}

	@PostMapping("/clients/{clientId}/boosters")
	String schedule(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "schedule-boosters");
		BoosterForm form = BoosterForm.from(params);
		try {
			this.boosters.schedule(clinician, clientId, form.toRequest());
			return "redirect:/clients/" + clientId + "/staying-well?booster=scheduled#boosters";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			StayingWellPlan plan = this.plans.get(clinician, clientId);
			return render(model, clinician, access, plan, StayingWellForm.of(plan.content()), false, FormErrors.none(),
					form, FormErrors.of(ex, this.messages));
		}
	}

	@PostMapping("/clients/{clientId}/boosters/{boosterId}/cancel")
	String cancel(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID boosterId,
			@RequestParam(required = false) String confirm) {
		this.careTeam.requireClinician(clinician, clientId, "cancel-booster");
		String back = "redirect:/clients/" + clientId + "/staying-well?booster=";
		if (!"yes".equals(confirm)) {
			return back + "notCancelled#boosters";
		}
		try {
			this.boosters.cancel(clinician, boosterId);
			return back + "cancelled#boosters";
		}
		catch (ConflictException ex) {
			return back + "begun#boosters";
		}
	}

	private String render(Model model, CurrentUser clinician, ClientAccess access, StayingWellPlan plan,
			StayingWellForm form, boolean more, FormErrors errors, BoosterForm boosterForm, FormErrors boosterErrors) {
		model.addAttribute("client", this.clients.profile(clinician, access.clientId()));
		model.addAttribute("zone", access.timezone());
		model.addAttribute("plan", plan);
		model.addAttribute("versions", this.plans.versions(clinician, access.clientId()));
		model.addAttribute("form", form);
		model.addAttribute("rows", form.rows(more));
		model.addAttribute("errors", errors);
		model.addAttribute("assignments", this.assignments.forClient(clinician, access.clientId()));
		model.addAttribute("templates", this.library.all(clinician));
		model.addAttribute("boosterForm", boosterForm);
		model.addAttribute("boosterErrors", boosterErrors);
		List<Booster.Seen> all = this.boosters.forClient(clinician, access.clientId());
		model.addAttribute("upcoming", all.stream().filter(Booster.Seen::isCancellable).toList());
		List<Booster.Seen> past = new java.util.ArrayList<>(
				all.stream().filter((seen) -> !seen.isCancellable()).toList());
		java.util.Collections.reverse(past);
		model.addAttribute("pastBoosters", past);
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "relapse/edit";
	}

	private String notice(Map<String, String> query) {
		if (query.containsKey("saved")) {
			return this.messages.get("stayingWell.edit.saved");
		}
		String booster = query.get("booster");
		if (booster != null && List.of("scheduled", "cancelled", "notCancelled", "begun").contains(booster)) {
			return this.messages.get("booster.notice." + booster);
		}
		return null;
	}

	private LocalDate today(ClientAccess access) {
		return this.boosters.today(access);
	}

}
