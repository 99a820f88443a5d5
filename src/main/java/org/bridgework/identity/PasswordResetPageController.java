package org.bridgework.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Forgot your password?": asking for a link by email, and choosing a new password
 * through it. Asking answers the same for every email; the new password signs the person
 * in on this device (after their code, when two-step sign-in is on) and ends every other
 * sign-in of theirs.
 */
@Controller
class PasswordResetPageController {

	private static final String REQUEST_VIEW = "identity/password-reset-request";

	private static final String NEW_PASSWORD_VIEW = "identity/password-reset";

	private static final String UNUSABLE_VIEW = "identity/password-reset-unusable";

	private final PasswordResets resets;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final SignInCompletion completion;

	private final Messages messages;

	PasswordResetPageController(PasswordResets resets, PasswordPolicy policy, SignInThrottle throttle,
			SignInCompletion completion, Messages messages) {
		this.resets = resets;
		this.policy = policy;
		this.throttle = throttle;
		this.completion = completion;
		this.messages = messages;
	}

	@GetMapping("/password-reset")
	String requestForm(@RequestParam(required = false) String sent, Model model) {
		return requestPage(model, null, FormErrors.none(), sent != null);
	}

	/**
	 * Redirects to the same "check your email" answer whether or not the email has an
	 * account.
	 */
	@PostMapping("/password-reset")
	String request(@ModelAttribute("form") RequestForm form, Model model, HttpServletRequest request) {
		if (!this.resets.available()) {
			return requestPage(model, form.email(), FormErrors.none(), false);
		}
		try {
			this.resets.request(form.email(), request.getRemoteAddr());
			return "redirect:/password-reset?sent";
		}
		catch (InvalidInputException ex) {
			return requestPage(model, form.email(), FormErrors.of(ex, this.messages), false);
		}
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model, HttpServletRequest request) {
		this.throttle.throughLink(request.getRemoteAddr(), () -> {
			this.resets.requireUsable(token);
			return token;
		});
		return newPasswordPage(model, token, FormErrors.none());
	}

	@PostMapping("/password-reset/{token}")
	String setNewPassword(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return this.throttle.throughLink(request.getRemoteAddr(), () -> {
			this.resets.requireUsable(token);
			try {
				PasswordConfirmation.require(this.policy, "password", form.password(), form.passwordConfirmation());
				CurrentUser user = this.resets.complete(token, form.password());
				return this.completion.afterPassword(user, request, response)
					.map((secondStep) -> "redirect:" + secondStep)
					.orElse("redirect:/account/devices?passwordReset");
			}
			catch (InvalidInputException ex) {
				return newPasswordPage(model, token, FormErrors.of(ex, this.messages));
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

	private String requestPage(Model model, String email, FormErrors errors, boolean sent) {
		model.addAttribute("available", this.resets.available());
		model.addAttribute("sent", sent);
		model.addAttribute("email", email);
		model.addAttribute("errors", errors);
		return REQUEST_VIEW;
	}

	private String newPasswordPage(Model model, String token, FormErrors errors) {
		model.addAttribute("token", token);
		model.addAttribute("errors", errors);
		return NEW_PASSWORD_VIEW;
	}

	record RequestForm(String email) {
	}

	record NewPasswordForm(String password, String passwordConfirmation) {
	}

}
