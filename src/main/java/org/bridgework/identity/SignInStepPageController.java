package org.bridgework.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.identity.AccountRepository.StoredAccount;
import org.bridgework.identity.SignInSteps.PendingStep;
import org.bridgework.identity.SignInSteps.Purpose;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The second step of signing in, after a right password: the code from the authenticator
 * app (or a recovery code), or, for an admin or clinician without two-step sign-in,
 * setting it up: the key, one code typed back, the recovery codes, then in. Without a
 * half-finished sign-in on this browser these pages go back to the sign-in page. Wrong
 * codes count towards the account's and the address's throttle, like wrong passwords.
 */
@Controller
class SignInStepPageController {

	static final String CODE_VIEW = "identity/sign-in-code";

	static final String SET_UP_VIEW = "identity/two-step-set-up";

	static final String RECOVERY_CODES_VIEW = "identity/recovery-codes";

	private static final String BACK_TO_SIGN_IN = "redirect:/login";

	private final SignInSteps steps;

	private final TwoStep twoStep;

	private final SignInCompletion completion;

	private final SignInThrottle throttle;

	private final AccountRepository accounts;

	private final Messages messages;

	SignInStepPageController(SignInSteps steps, TwoStep twoStep, SignInCompletion completion, SignInThrottle throttle,
			AccountRepository accounts, Messages messages) {
		this.steps = steps;
		this.twoStep = twoStep;
		this.completion = completion;
		this.throttle = throttle;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/login/code")
	String codeForm(@RequestParam(required = false) String recovery, HttpServletRequest request, Model model) {
		if (step(request, Purpose.CODE).isEmpty()) {
			return BACK_TO_SIGN_IN;
		}
		return codePage(model, recovery != null, FormErrors.none());
	}

	@PostMapping("/login/code")
	String checkCode(@RequestParam(required = false) String code, @RequestParam(required = false) String recovery,
			HttpServletRequest request, HttpServletResponse response, Model model)
			throws IOException, ServletException {
		Optional<PendingStep> step = step(request, Purpose.CODE);
		if (step.isEmpty()) {
			return BACK_TO_SIGN_IN;
		}
		StoredAccount account = this.accounts.findById(step.get().accountId()).orElseThrow();
		String key = SignInThrottle.emailKey(account.email());
		this.throttle.check(key, request.getRemoteAddr());
		TwoStep.Check check = this.twoStep.check(account.id(), code);
		if (check == TwoStep.Check.WRONG) {
			this.completion.wrongCode(account, request);
			return codePage(model, recovery != null,
					FormErrors.of(new InvalidInputException("code", "twoStep.code.wrong"), this.messages));
		}
		if (check == TwoStep.Check.RECOVERY_CODE) {
			// Straight to where they can see how many are left, and set things right.
			this.completion.signIn(account.asCurrentUser(), request, response);
			return "redirect:/account/two-step?recoveryCodeUsed";
		}
		this.completion.signInAndContinue(account.asCurrentUser(), request, response);
		return null;
	}

	@GetMapping("/login/two-step")
	String setUpForm(HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PendingStep> step = step(request, Purpose.SET_UP);
		if (step.isEmpty()) {
			return BACK_TO_SIGN_IN;
		}
		if (this.twoStep.isOn(step.get().accountId())) {
			// Set up meanwhile in another tab: sign in with a code instead.
			this.steps.finish(request, response);
			return BACK_TO_SIGN_IN;
		}
		return setUpPage(model, step.get(), FormErrors.none());
	}

	/**
	 * Confirms the set-up with one code. Not throttled: whoever is here has the password
	 * and sees the key, so a wrong code guesses at nothing.
	 */
	@PostMapping("/login/two-step")
	String confirmSetUp(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
		Optional<PendingStep> step = step(request, Purpose.SET_UP);
		if (step.isEmpty() || this.twoStep.isOn(step.get().accountId())) {
			return BACK_TO_SIGN_IN;
		}
		try {
			model.addAttribute("codes", this.twoStep.confirmSetUp(step.get().accountId(), code));
		}
		catch (InvalidInputException ex) {
			return setUpPage(model, step.get(), FormErrors.of(ex, this.messages));
		}
		this.steps.advance(step.get(), Purpose.SET_UP_DONE);
		model.addAttribute("duringSignIn", true);
		return RECOVERY_CODES_VIEW;
	}

	/** The recovery codes are put away: in. */
	@PostMapping("/login/two-step/done")
	String setUpDone(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
		Optional<PendingStep> step = step(request, Purpose.SET_UP_DONE);
		if (step.isEmpty()) {
			return BACK_TO_SIGN_IN;
		}
		this.completion.signInAndContinue(this.accounts.findById(step.get().accountId()).orElseThrow().asCurrentUser(),
				request, response);
		return null;
	}

	@ExceptionHandler
	ModelAndView throttled(TooManyAttemptsException ex) {
		return Throttled.page(this.throttle);
	}

	private Optional<PendingStep> step(HttpServletRequest request, Purpose purpose) {
		return this.steps.current(request).filter((step) -> step.purpose() == purpose);
	}

	private String codePage(Model model, boolean recovery, FormErrors errors) {
		model.addAttribute("recovery", recovery);
		model.addAttribute("errors", errors);
		return CODE_VIEW;
	}

	private String setUpPage(Model model, PendingStep step, FormErrors errors) {
		model.addAttribute("setUp", this.twoStep.setUp(step.accountId()));
		model.addAttribute("required", true);
		model.addAttribute("action", "/login/two-step");
		model.addAttribute("errors", errors);
		return SET_UP_VIEW;
	}

}
