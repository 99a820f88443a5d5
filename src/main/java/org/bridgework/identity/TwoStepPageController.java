package org.bridgework.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.identity.AccountRepository.StoredAccount;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A signed-in person's own two-step sign-in: whether it is on, how many recovery codes
 * are left and what happened lately; turning it on (clients choose; admins and clinicians
 * set it up when they first sign in), new recovery codes, and turning it off (clients
 * only). Changing it asks for a code, and wrong codes count as at sign-in.
 */
@Controller
class TwoStepPageController {

	private static final String STATUS_VIEW = "identity/two-step";

	private static final String STATUS = "redirect:/account/two-step";

	private final TwoStep twoStep;

	private final SignInThrottle throttle;

	private final AccountRepository accounts;

	private final TimeAgo ago;

	private final Messages messages;

	TwoStepPageController(TwoStep twoStep, SignInThrottle throttle, AccountRepository accounts, TimeAgo ago,
			Messages messages) {
		this.twoStep = twoStep;
		this.throttle = throttle;
		this.accounts = accounts;
		this.ago = ago;
		this.messages = messages;
	}

	@GetMapping("/account/two-step")
	String status(CurrentUser user, @RequestParam(required = false) String recoveryCodeUsed,
			@RequestParam(required = false) String turnedOn, @RequestParam(required = false) String turnedOff,
			Model model) {
		model.addAttribute("notice", (recoveryCodeUsed != null) ? "twoStep.notice.recoveryCodeUsed" : (turnedOn != null)
				? "twoStep.notice.turnedOn" : (turnedOff != null) ? "twoStep.notice.turnedOff" : null);
		return statusPage(user, model, FormErrors.none());
	}

	@GetMapping("/account/two-step/set-up")
	String setUpForm(CurrentUser user, Model model) {
		if (this.twoStep.isOn(user.id())) {
			return STATUS;
		}
		return setUpPage(user, model, FormErrors.none());
	}

	@PostMapping("/account/two-step/set-up")
	String confirmSetUp(CurrentUser user, @RequestParam(required = false) String code, Model model) {
		if (this.twoStep.isOn(user.id())) {
			return STATUS;
		}
		try {
			model.addAttribute("codes", this.twoStep.confirmSetUp(user.id(), code));
			model.addAttribute("duringSignIn", false);
			return SignInStepPageController.RECOVERY_CODES_VIEW;
		}
		catch (InvalidInputException ex) {
			return setUpPage(user, model, FormErrors.of(ex, this.messages));
		}
	}

	@PostMapping("/account/two-step/recovery-codes")
	String renewRecoveryCodes(CurrentUser user, @RequestParam(required = false) String code, Model model,
			HttpServletRequest request) {
		if (!this.twoStep.isOn(user.id())) {
			return STATUS;
		}
		if (!rightCode(user, code, request)) {
			return statusPage(user, model, wrongCode("renewCode"));
		}
		model.addAttribute("codes", this.twoStep.renewRecoveryCodes(user.id()));
		model.addAttribute("duringSignIn", false);
		model.addAttribute("renewed", true);
		return SignInStepPageController.RECOVERY_CODES_VIEW;
	}

	/** Clients only: for admins and clinicians two-step sign-in stays on. */
	@PostMapping("/account/two-step/off")
	String turnOff(CurrentUser user, @RequestParam(required = false) String code, Model model,
			HttpServletRequest request) {
		if (TwoStep.requiredFor(user.roles())) {
			throw new AccessDeniedException("Two-step sign-in is required for admins and clinicians");
		}
		if (!this.twoStep.isOn(user.id())) {
			return STATUS;
		}
		if (!rightCode(user, code, request)) {
			return statusPage(user, model, wrongCode("offCode"));
		}
		this.twoStep.turnOff(user.id(), user.id(), TwoStepEvent.Kind.TURNED_OFF);
		return STATUS + "?turnedOff";
	}

	@ExceptionHandler
	ModelAndView throttled(TooManyAttemptsException ex) {
		return Throttled.page(this.throttle);
	}

	private boolean rightCode(CurrentUser user, String code, HttpServletRequest request) {
		StoredAccount account = this.accounts.findById(user.id()).orElseThrow();
		String key = SignInThrottle.emailKey(account.email());
		this.throttle.check(key, request.getRemoteAddr());
		if (this.twoStep.check(user.id(), code) == TwoStep.Check.WRONG) {
			this.throttle.recordFailure(key, request.getRemoteAddr());
			return false;
		}
		return true;
	}

	private FormErrors wrongCode(String field) {
		return FormErrors.of(new InvalidInputException(field, "twoStep.code.wrong"), this.messages);
	}

	private String statusPage(CurrentUser user, Model model, FormErrors errors) {
		TwoStep.Status status = this.twoStep.status(user.id());
		model.addAttribute("status", status);
		model.addAttribute("required", TwoStep.requiredFor(user.roles()));
		model.addAttribute("events",
				status.events()
					.stream()
					.map((event) -> new EventView(describe(event), this.ago.since(event.at())))
					.toList());
		model.addAttribute("errors", errors);
		return STATUS_VIEW;
	}

	private String describe(TwoStepEvent event) {
		if (event.kind() != TwoStepEvent.Kind.RESET) {
			return this.messages.get("twoStep.event." + event.kind().name());
		}
		return this.messages.get("twoStep.event.RESET",
				(event.byName() != null) ? event.byName() : this.messages.get("twoStep.event.anAdmin"));
	}

	private String setUpPage(CurrentUser user, Model model, FormErrors errors) {
		model.addAttribute("setUp", this.twoStep.setUp(user.id()));
		model.addAttribute("required", TwoStep.requiredFor(user.roles()));
		model.addAttribute("action", "/account/two-step/set-up");
		model.addAttribute("errors", errors);
		return SignInStepPageController.SET_UP_VIEW;
	}

	/**
	 * @param what what happened, in words
	 * @param when how long ago
	 */
	record EventView(String what, String when) {
	}

}
