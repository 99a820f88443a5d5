package org.bridgework.reminders;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The section of a clinician's settings page about their own emails posts here, and goes
 * back to that page saying how it went (the JSON API has the same choices in
 * {@link RemindersApiController}).
 */
@Controller
class ClinicianEmailsController {

	private final ClinicianEmailSettings settings;

	ClinicianEmailsController(ClinicianEmailSettings settings) {
		this.settings = settings;
	}

	@PostMapping("/account/settings/digest-emails")
	String change(CurrentUser clinician, @RequestParam(defaultValue = "false") boolean dailyDigest,
			@RequestParam(defaultValue = "false") boolean sessionNotes,
			@RequestParam(defaultValue = "") String sendAt) {
		try {
			this.settings.change(clinician, dailyDigest, sessionNotes, sendAt);
			return "redirect:/account/settings?emailsSaved#digest-emails";
		}
		catch (InvalidInputException ex) {
			return "redirect:/account/settings?emailsInvalid#digest-emails";
		}
	}

}
