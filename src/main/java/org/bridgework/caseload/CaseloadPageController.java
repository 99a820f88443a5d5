package org.bridgework.caseload;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The clinician's caseload pages: the list of clients, and adding one with an invitation
 * link to hand over.
 */
@Controller
class CaseloadPageController {

	private final Clients clients;

	private final Messages messages;

	CaseloadPageController(Clients clients, Messages messages) {
		this.clients = clients;
		this.messages = messages;
	}

	@GetMapping("/clients")
	String caseload(CurrentUser clinician, Model model) {
		model.addAttribute("clients", this.clients.caseload(clinician));
		return "caseload/clients";
	}

	@GetMapping("/clients/new")
	String newClient(CurrentUser clinician, Model model) {
		clinician.require(Role.CLINICIAN);
		return form(model, NewClientForm.empty(), FormErrors.none());
	}

	/**
	 * Shows the invitation link straight away instead of redirecting: it exists only in
	 * this response, since only its hash is stored.
	 */
	@PostMapping("/clients/new")
	String add(CurrentUser clinician, @ModelAttribute("form") NewClientForm form, Model model,
			HttpServletResponse response) {
		try {
			NewClient added = this.clients.add(clinician, form.displayName(), form.email(), form.timezone());
			model.addAttribute("client", added);
			model.addAttribute("displayName", form.displayName().trim());
			return "caseload/invited";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(ex, this.messages));
		}
	}

	private String form(Model model, NewClientForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("commonZones", TimeZoneChoices.common());
		model.addAttribute("otherZones", TimeZoneChoices.others());
		return "caseload/new-client";
	}

	record NewClientForm(String displayName, String email, String timezone) {

		static NewClientForm empty() {
			return new NewClientForm("", "", TimeZoneChoices.DEFAULT);
		}

	}

}
