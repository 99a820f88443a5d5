package org.bridgework.sessions;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CareTeam;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
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
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		model.addAttribute("errors", FormErrors.none());
		return "sessions/check-in";
	}

	@PostMapping("/check-in")
	String write(CurrentUser client, @RequestParam(required = false) String text,
			@RequestParam(required = false) String idempotencyKey, Model model, HttpServletResponse response) {
		try {
			this.checkIns.write(client, text, idempotencyKey);
			return "redirect:/today?checkedIn#check-in-saved";
		}
		catch (InvalidInputException ex) {
			return again(model, response, text, FormErrors.of(ex, this.messages));
		}
		catch (ConflictException ex) {
			return again(model, response, text,
					FormErrors.of(new InvalidInputException("text", "sessions.checkIn.keyReused"), this.messages));
		}
	}

	/**
	 * The form again with what was typed and a new key, so nothing the client wrote is
	 * lost.
	 */
	private String again(Model model, HttpServletResponse response, String text, FormErrors errors) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("text", text);
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		model.addAttribute("errors", errors);
		return "sessions/check-in";
	}

}
