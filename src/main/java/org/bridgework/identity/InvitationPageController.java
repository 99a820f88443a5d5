package org.bridgework.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.GoneException;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where an invited clinician or client chooses their password (and, if nobody gave one,
 * their email). A link that no longer works says so kindly and shows nothing of the
 * account; too many such links from one address make it wait.
 */
@Controller
class InvitationPageController {

	private static final String VIEW = "identity/invitation";

	private static final String UNUSABLE_VIEW = "identity/invitation-unusable";

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final Messages messages;

	InvitationPageController(Accounts accounts, PasswordPolicy policy, SignInThrottle throttle, Messages messages) {
		this.accounts = accounts;
		this.policy = policy;
		this.throttle = throttle;
		this.messages = messages;
	}

	@GetMapping("/invite/{token}")
	String form(@PathVariable String token, Model model, HttpServletRequest request) {
		PendingInvitation invitation = this.throttle.throughLink(request.getRemoteAddr(),
				() -> this.accounts.pendingInvitation(token));
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("form", AcceptForm.EMPTY);
		model.addAttribute("errors", FormErrors.none());
		return VIEW;
	}

	@PostMapping("/invite/{token}")
	String accept(@PathVariable String token, @ModelAttribute("form") AcceptForm form, Model model,
			HttpServletRequest request) {
		return this.throttle.throughLink(request.getRemoteAddr(), () -> {
			PendingInvitation invitation = this.accounts.pendingInvitation(token);
			try {
				PasswordConfirmation.require(this.policy, "password", form.password(), form.passwordConfirmation());
				this.accounts.acceptInvitation(token, form.password(), form.email());
				return "redirect:/login?welcome";
			}
			catch (InvalidInputException ex) {
				model.addAttribute("token", token);
				model.addAttribute("invitation", invitation);
				model.addAttribute("errors", FormErrors.of(ex, this.messages));
				return VIEW;
			}
		});
	}

	@ExceptionHandler
	ModelAndView unknown(NotFoundException ex) {
		return new ModelAndView(UNUSABLE_VIEW, HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler
	ModelAndView usedOrExpired(GoneException ex) {
		return new ModelAndView(UNUSABLE_VIEW, HttpStatus.GONE);
	}

	@ExceptionHandler
	ModelAndView throttled(TooManyAttemptsException ex) {
		return Throttled.page(this.throttle);
	}

	record AcceptForm(String email, String password, String passwordConfirmation) {

		static final AcceptForm EMPTY = new AcceptForm(null, null, null);

	}

}
