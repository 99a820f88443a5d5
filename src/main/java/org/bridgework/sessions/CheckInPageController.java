package org.bridgework.sessions;

import org.bridgework.caseload.CareTeam;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A client's check-in: written from the form on Today, or on its own page, which also
 * shows what needs fixing when a check-in could not be saved.
 */
@Controller
class CheckInPageController {

	private final CheckIns checkIns;

	private final CareTeam careTeam;

	private final Messages messages;

	CheckInPageController(CheckIns checkIns, CareTeam careTeam, Messages messages) {
		this.checkIns = checkIns;
		this.careTeam = careTeam;
		this.messages = messages;
	}

	@GetMapping("/check-in")
	String form(CurrentUser client, Model model) {
		this.careTeam.requireSelf(client, "open-check-in");
		model.addAttribute("text", "");
		model.addAttribute("errors", FormErrors.none());
		return "sessions/check-in";
	}

	@PostMapping("/check-in")
	String write(CurrentUser client, @RequestParam(required = false) String text, Model model) {
		try {
			this.checkIns.write(client, text);
			return "redirect:/today?checkedIn#check-in-saved";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("text", text);
			model.addAttribute("errors", FormErrors.of(ex, this.messages));
			return "sessions/check-in";
		}
	}

}
