package org.bridgework.caseload;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.TimeZones;

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

	private final CoveringAccess covering;

	private final AccountSettings settings;

	private final Clock clock;

	CaseloadPageController(Clients clients, Messages messages, CoveringAccess covering, AccountSettings settings,
			Clock clock) {
		this.clients = clients;
		this.messages = messages;
		this.covering = covering;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The clinician's own clients, who covers any of them now, and the clients the
	 * clinician covers for someone else while the grant lasts.
	 */
	@GetMapping("/clients")
	String caseload(CurrentUser clinician, Model model) {
		model.addAttribute("clients", this.clients.caseload(clinician));
		ZoneId zone = this.settings.zoneOf(clinician);
		Instant now = this.clock.instant();
		model.addAttribute("covering",
				this.covering.coversOf(clinician).stream().map((grant) -> CoverView.of(grant, zone, now)).toList());
		model.addAttribute("coveredClients",
				this.covering.onCaseloadOf(clinician).stream().map((grant) -> CoverView.of(grant, zone, now)).toList());
		return "caseload/clients";
	}

	@GetMapping("/clients/new")
	String newClient(CurrentUser clinician, Model model) {
		clinician.require(Role.CLINICIAN);
		return form(model, NewClientForm.empty(), FormErrors.none());
	}

	/**
	 * Shows the invitation link straight away instead of redirecting: it exists only in
	 * this response, since only its hash is stored. The form's one-time key makes a
	 * refresh (which posts the form again) add nobody twice.
	 */
	@PostMapping("/clients/new")
	String add(CurrentUser clinician, @ModelAttribute("form") NewClientForm form, Model model,
			HttpServletResponse response) {
		try {
			AddedClient added = this.clients.addOnce(clinician, form.creationKey(), form.displayName(), form.email(),
					form.timezone());
			if (added.inviteUrl() == null) {
				return "redirect:/clients/" + added.id() + "?signedUp";
			}
			InvitedPage page = added.repeated() ? InvitedPage.SAME_FORM_AGAIN : InvitedPage.NEW_CLIENT;
			return page.show(model, added.id(), added.displayName(), added.inviteUrl());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, form, FormErrors.of(ex, this.messages));
		}
		catch (ConflictException ex) {
			// The form was used before for someone else (Back, edit, submit): say so, and
			// let the next press add this person with a fresh key.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("formUsedBefore", true);
			return form(model, form.withNewKey(), FormErrors.none());
		}
	}

	private String form(Model model, NewClientForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "caseload/new-client";
	}

	/**
	 * @param formKey made when the form is shown, so that posting the same form twice
	 * adds one client
	 */
	record NewClientForm(String displayName, String email, String timezone, String formKey) {

		static NewClientForm empty() {
			return new NewClientForm("", "", TimeZones.DEFAULT_CHOICE, UUID.randomUUID().toString());
		}

		NewClientForm withNewKey() {
			return new NewClientForm(this.displayName, this.email, this.timezone, UUID.randomUUID().toString());
		}

		/**
		 * The key as stored, or null for a form without a readable one (such a form adds
		 * its client without the protection, as before keys existed).
		 */
		String creationKey() {
			try {
				return (this.formKey != null) ? UUID.fromString(this.formKey.trim()).toString() : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
