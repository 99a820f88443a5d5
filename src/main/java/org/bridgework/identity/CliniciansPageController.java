package org.bridgework.identity;

import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Lets an admin invite a clinician and hand over the link. The link is shown once, on the
 * page that created it: only its hash is stored.
 */
@Controller
class CliniciansPageController {

	private static final String VIEW = "identity/clinicians";

	private final Accounts accounts;

	private final Messages messages;

	private final InvitationProperties invitations;

	CliniciansPageController(Accounts accounts, Messages messages, InvitationProperties invitations) {
		this.accounts = accounts;
		this.messages = messages;
		this.invitations = invitations;
	}

	@GetMapping("/admin/clinicians")
	String form(CurrentUser admin, Model model) {
		admin.require(Role.ADMIN);
		return render(model, NewClinicianForm.EMPTY, FormErrors.none());
	}

	@PostMapping("/admin/clinicians")
	String invite(CurrentUser admin, @ModelAttribute("form") NewClinicianForm form, Model model) {
		admin.require(Role.ADMIN);
		try {
			IssuedInvitation invitation = this.accounts.inviteClinician(admin, form.email(), form.displayName());
			model.addAttribute("invitation", invitation);
			model.addAttribute("invitedName", form.displayName().trim());
			model.addAttribute("validFor", validForInWords());
			return render(model, NewClinicianForm.EMPTY, FormErrors.none());
		}
		catch (InvalidInputException ex) {
			return render(model, form, FormErrors.of(ex, this.messages));
		}
	}

	private String render(Model model, NewClinicianForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
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
