package org.bridgework.identity;

import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * First run: creates the first account, an admin who is also a clinician. Gone for good
 * once any account exists.
 */
@Controller
class SetupPageController {

	private static final String VIEW = "identity/setup";

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final Messages messages;

	SetupPageController(Accounts accounts, PasswordPolicy policy, Messages messages) {
		this.accounts = accounts;
		this.policy = policy;
		this.messages = messages;
	}

	@GetMapping("/setup")
	String form(Model model) {
		if (this.accounts.isSetUp()) {
			return "redirect:/login";
		}
		model.addAttribute("form", SetupForm.EMPTY);
		model.addAttribute("errors", FormErrors.none());
		return VIEW;
	}

	@PostMapping("/setup")
	String create(@ModelAttribute("form") SetupForm form, Model model) {
		if (this.accounts.isSetUp()) {
			return "redirect:/login";
		}
		try {
			PasswordConfirmation.require(this.policy, "password", form.password(), form.passwordConfirmation());
			this.accounts.createFirstAccount(form.email(), form.displayName(), form.password());
			return "redirect:/login?setupDone";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, this.messages));
			return VIEW;
		}
		catch (ConflictException ex) {
			// Someone else finished setup a moment ago.
			return "redirect:/login";
		}
	}

	record SetupForm(String displayName, String email, String password, String passwordConfirmation) {

		static final SetupForm EMPTY = new SetupForm(null, null, null, null);

	}

}
