package org.bridgework.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your settings" for a clinician or admin: the time zone their pages show times in.
 * Clients are refused: their time zone belongs to their client record.
 */
@Controller
class AccountSettingsPageController {

	private static final String VIEW = "identity/settings";

	private final AccountSettings settings;

	private final Messages messages;

	AccountSettingsPageController(AccountSettings settings, Messages messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/account/settings")
	String settings(CurrentUser person, Model model) {
		return page(model, this.settings.timeZone(person), FormErrors.none());
	}

	@PostMapping("/account/settings")
	String save(CurrentUser person, @RequestParam(required = false) String timezone, Model model,
			HttpServletResponse response) {
		try {
			this.settings.changeTimeZone(person, timezone);
			return "redirect:/account/settings?saved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, this.settings.timeZone(person), FormErrors.of(ex, this.messages));
		}
	}

	private static String page(Model model, TimeZoneSetting setting, FormErrors errors) {
		model.addAttribute("setting", setting);
		model.addAttribute("errors", errors);
		return VIEW;
	}

}
