package org.bridgework.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CoveringAccess.Candidates;
import org.bridgework.caseload.CoveringAccess.CoverRequest;
import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's Covering access pages: the grants of lately, finding the client (by the
 * exact email they sign in with, or by their clinician: names only), the form, a
 * confirmation, and ending a grant early. And the route by which a client's own clinician
 * ends a cover from the client page.
 */
@Controller
class CoveringAccessPageController {

	static final String LIST = "caseload/covering-access";

	static final String FORM = "caseload/covering-access-new";

	/** The lengths offered on the form, in hours; the API takes any from 1 to 168. */
	static final List<Integer> HOURS = List.of(1, 4, 8, 12, 24, 48, 72, 168);

	private final CoveringAccess covering;

	private final AccountSettings settings;

	private final Messages messages;

	private final Clock clock;

	CoveringAccessPageController(CoveringAccess covering, AccountSettings settings, Messages messages, Clock clock) {
		this.covering = covering;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/covering-access")
	String list(CurrentUser admin, @RequestParam(required = false) UUID clinicianId, Model model) {
		admin.require(Role.ADMIN);
		if (clinicianId != null) {
			model.addAttribute("found", this.covering.findClients(admin, null, clinicianId));
			model.addAttribute("clinicianId", clinicianId);
		}
		return list(admin, model);
	}

	/** By email as a form, so the email stays out of addresses and logs. */
	@PostMapping("/admin/covering-access/find")
	String find(CurrentUser admin, @RequestParam(required = false) String email, Model model) {
		admin.require(Role.ADMIN);
		model.addAttribute("found", this.covering.findClients(admin, email, null));
		model.addAttribute("email", email);
		return list(admin, model);
	}

	@GetMapping("/admin/covering-access/new")
	String form(CurrentUser admin, @RequestParam(required = false) UUID clientId, Model model) {
		admin.require(Role.ADMIN);
		if (clientId == null) {
			return "redirect:/admin/covering-access";
		}
		return form(admin, model, CoverForm.forClient(clientId), FormErrors.none());
	}

	/** Checks the form and shows what the grant will mean before it is made. */
	@PostMapping("/admin/covering-access/confirm")
	String confirm(CurrentUser admin, @ModelAttribute("form") CoverForm form, Model model,
			HttpServletResponse response) {
		admin.require(Role.ADMIN);
		try {
			CoverRequest checked = this.covering.check(form.request());
			model.addAttribute("confirming", true);
			model.addAttribute("until", CoverView.at(this.clock.instant().plus(Duration.ofHours(checked.hours())),
					zone(admin), this.clock.instant()));
			return form(admin, model, form, FormErrors.none());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(admin, model, form, FormErrors.of(ex, this.messages));
		}
	}

	@PostMapping("/admin/covering-access")
	String grant(CurrentUser admin, @ModelAttribute("form") CoverForm form, Model model, HttpServletResponse response) {
		admin.require(Role.ADMIN);
		try {
			this.covering.grant(admin, form.request());
			return "redirect:/admin/covering-access?granted";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(admin, model, form, FormErrors.of(ex, this.messages));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("alreadyActive", true);
			return form(admin, model, form, FormErrors.none());
		}
	}

	@PostMapping("/admin/covering-access/{grantId}/end")
	String end(CurrentUser admin, @PathVariable UUID grantId) {
		admin.require(Role.ADMIN);
		this.covering.end(admin, grantId, null);
		return "redirect:/admin/covering-access?ended";
	}

	/** One of the client's own clinicians ends a cover on their client. */
	@PostMapping("/clients/{clientId}/covering-access/{grantId}/end")
	String endOnClientPage(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID grantId) {
		clinician.require(Role.CLINICIAN);
		this.covering.end(clinician, grantId, clientId);
		return "redirect:/clients/" + clientId + "?coverEnded#covering-access";
	}

	private String list(CurrentUser admin, Model model) {
		ZoneId zone = zone(admin);
		Instant now = this.clock.instant();
		model.addAttribute("grants",
				this.covering.recent(admin).stream().map((grant) -> CoverView.of(grant, zone, now)).toList());
		model.addAttribute("clinicians", this.covering.clinicians(admin));
		return LIST;
	}

	private String form(CurrentUser admin, Model model, CoverForm form, FormErrors errors) {
		UUID clientId = CoverForm.uuid(form.clientId());
		if (clientId == null) {
			return "redirect:/admin/covering-access";
		}
		Candidates candidates = this.covering.candidates(admin, clientId);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("client", candidates.client());
		model.addAttribute("clinicians", candidates.clinicians());
		model.addAttribute("hours", HOURS);
		model.addAttribute("clinicianName",
				candidates.clinicians()
					.stream()
					.filter((clinician) -> clinician.id().equals(CoverForm.uuid(form.clinicianId())))
					.map(CoveringGrants.Choice::name)
					.findFirst()
					.orElse(null));
		return FORM;
	}

	private ZoneId zone(CurrentUser person) {
		return this.settings.zoneOf(person);
	}

	/**
	 * The form as sent: text, so that a mangled field is a message, not an error page.
	 */
	record CoverForm(String clientId, String clinicianId, String reason, String hours) {

		static CoverForm forClient(UUID clientId) {
			return new CoverForm(clientId.toString(), null, null, String.valueOf(CoveringAccess.HOURS_DEFAULT));
		}

		CoverRequest request() {
			return new CoverRequest(uuid(this.clientId), uuid(this.clinicianId), this.reason,
					CoveringAccess.hoursOf(this.hours).orElse(null));
		}

		static UUID uuid(String typed) {
			try {
				return (typed == null || typed.isBlank()) ? null : UUID.fromString(typed.trim());
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
