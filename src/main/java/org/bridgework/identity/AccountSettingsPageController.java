package org.bridgework.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Your settings" for a clinician or admin: the time zone their pages show times in, and
 * the sections other modules add ({@link AccountSettingsPanels}). Clients are refused:
 * their time zone belongs to their client record.
 */
@Controller
class AccountSettingsPageController {

	private static final String VIEW = "identity/settings";

	private final AccountSettings settings;

	private final Messages messages;

	private final ObjectProvider<AccountSettingsPanels> panels;

	AccountSettingsPageController(AccountSettings settings, Messages messages,
			ObjectProvider<AccountSettingsPanels> panels) {
		this.settings = settings;
		this.messages = messages;
		this.panels = panels;
	}

	@GetMapping("/account/settings")
	String settings(CurrentUser person, Model model) {
		return page(person, model, this.settings.timeZone(person), FormErrors.none());
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
			return page(person, model, this.settings.timeZone(person), FormErrors.of(ex, this.messages));
		}
	}

	private String page(CurrentUser person, Model model, TimeZoneSetting setting, FormErrors errors) {
		model.addAttribute("setting", setting);
		model.addAttribute("errors", errors);
		model.addAttribute("panels",
				this.panels.orderedStream().flatMap((panel) -> panel.forStaff(person).stream()).toList());
		return VIEW;
	}

}
