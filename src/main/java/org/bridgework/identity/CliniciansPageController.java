package org.bridgework.identity;

import java.util.UUID;

import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lets an admin invite a clinician and hand over the link, and make a new link (emailed
 * when the installation can send email) for a clinician who has not signed up yet. A link
 * is shown once, on the page that created it: only its hash is stored.
 */
@Controller
class CliniciansPageController {

	private static final String VIEW = "identity/clinicians";

	private final Accounts accounts;

	private final AccountEmails emails;

	private final Messages messages;

	private final InvitationProperties invitations;

	CliniciansPageController(Accounts accounts, AccountEmails emails, Messages messages,
			InvitationProperties invitations) {
		this.accounts = accounts;
		this.emails = emails;
		this.messages = messages;
		this.invitations = invitations;
	}

	@GetMapping("/admin/clinicians")
	String form(CurrentUser admin, Model model) {
		admin.require(Role.ADMIN);
		return render(admin, model, NewClinicianForm.EMPTY, FormErrors.none());
	}

	@PostMapping("/admin/clinicians")
	String invite(CurrentUser admin, @ModelAttribute("form") NewClinicianForm form, Model model) {
		admin.require(Role.ADMIN);
		try {
			IssuedInvitation invitation = this.accounts.inviteClinician(admin, form.email(), form.displayName());
			model.addAttribute("invitation", invitation);
			model.addAttribute("invitedName", form.displayName().trim());
			model.addAttribute("validFor", validForInWords());
			return render(admin, model, NewClinicianForm.EMPTY, FormErrors.none());
		}
		catch (InvalidInputException ex) {
			return render(admin, model, form, FormErrors.of(ex, this.messages));
		}
	}

	/**
	 * A new link for a clinician who has not signed up: every earlier one stops working.
	 * Emailed to them when possible, and shown here either way.
	 */
	@PostMapping("/admin/clinicians/{accountId}/invitation")
	String newLink(CurrentUser admin, @PathVariable UUID accountId, Model model) {
		admin.require(Role.ADMIN);
		try {
			IssuedInvitation invitation = this.accounts.reissueClinicianInvitation(admin, accountId);
			model.addAttribute("invitation", invitation);
			model.addAttribute("invitedName", this.accounts.findUser(accountId).orElseThrow().displayName());
			model.addAttribute("validFor", validForInWords());
			model.addAttribute("delivery", this.emails.sendInvitation(invitation));
			model.addAttribute("newLink", true);
			return render(admin, model, NewClinicianForm.EMPTY, FormErrors.none());
		}
		catch (ConflictException ex) {
			// They chose a password a moment ago.
			return "redirect:/admin/clinicians?signedUp";
		}
	}

	private String render(CurrentUser admin, Model model, NewClinicianForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("waiting", this.accounts.cliniciansWaiting(admin));
		model.addAttribute("emailConfigured", this.emails.configured());
		return VIEW;
	}

	private String validForInWords() {
		long days = this.invitations.validFor().toDays();
		return (days >= 1) ? this.messages.get("clinicians.link.validDays", days)
				: this.messages.get("clinicians.link.validHours", Math.max(1, this.invitations.validFor().toHours()));
	}

	record NewClinicianForm(String displayName, String email) {

		static final NewClinicianForm EMPTY = new NewClinicianForm(null, null);

	}

}
