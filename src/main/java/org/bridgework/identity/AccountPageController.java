package org.bridgework.identity;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A signed-in person's own account: where they are signed in (and signing any of it out),
 * and changing their password. Anyone signed in, about themselves only.
 */
@Controller
class AccountPageController {

	private static final String DEVICES_VIEW = "identity/devices";

	private static final String PASSWORD_VIEW = "identity/password-change";

	private final SignInTokens tokens;

	private final Passwords passwords;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final DatabaseSecurityContextRepository sessions;

	private final Messages messages;

	private final TimeAgo ago;

	AccountPageController(SignInTokens tokens, Passwords passwords, PasswordPolicy policy, SignInThrottle throttle,
			DatabaseSecurityContextRepository sessions, Messages messages, TimeAgo ago) {
		this.ago = ago;
		this.tokens = tokens;
		this.passwords = passwords;
		this.policy = policy;
		this.throttle = throttle;
		this.sessions = sessions;
		this.messages = messages;
	}

	@GetMapping("/account/devices")
	String devices(CurrentUser user, @RequestAttribute(name = SignInTokens.CURRENT, required = false) UUID current,
			@RequestParam(required = false) String signedOut, @RequestParam(required = false) String passwordChanged,
			@RequestParam(required = false) String passwordReset, Model model) {
		model.addAttribute("signIns",
				this.tokens.activeFor(user.id()).stream().map((signIn) -> view(signIn, current)).toList());
		model.addAttribute("notice", (passwordReset != null) ? "devices.passwordReset" : (passwordChanged != null)
				? "devices.passwordChanged" : (signedOut != null) ? "devices.signedOut" : null);
		return DEVICES_VIEW;
	}

	/**
	 * Signs one of the person's own sign-ins out. Someone else's is answered as not
	 * found; this device's own is a plain sign-out.
	 */
	@PostMapping("/account/devices/{signInId}/sign-out")
	String signOut(CurrentUser user, @PathVariable UUID signInId,
			@RequestAttribute(name = SignInTokens.CURRENT, required = false) UUID current, HttpServletRequest request,
			HttpServletResponse response) {
		if (!this.tokens.revoke(user.id(), signInId)) {
			throw new NotFoundException("Sign-in");
		}
		if (signInId.equals(current)) {
			this.sessions.logout(request, response, null);
			return "redirect:/login?signedOut";
		}
		return "redirect:/account/devices?signedOut";
	}

	@GetMapping("/account/password")
	String passwordForm(CurrentUser user, Model model) {
		model.addAttribute("errors", FormErrors.none());
		return PASSWORD_VIEW;
	}

	@PostMapping("/account/password")
	String changePassword(CurrentUser user,
			@RequestAttribute(name = SignInTokens.CURRENT, required = false) UUID current,
			@ModelAttribute("form") PasswordForm form, Model model, HttpServletRequest request) {
		try {
			PasswordConfirmation.require(this.policy, Passwords.NEW, form.newPassword(), form.passwordConfirmation());
			this.passwords.change(user, current, form.currentPassword(), form.newPassword(), request.getRemoteAddr());
			return "redirect:/account/devices?passwordChanged";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", FormErrors.of(ex, this.messages));
			return PASSWORD_VIEW;
		}
	}

	private DeviceView view(SignInTokens.SignInRecord signIn, UUID current) {
		String name = (signIn.device() != null) ? signIn.device() : this.messages
			.get((signIn.kind() == SignInTokens.Kind.API) ? "devices.unknownApp" : "devices.unknownBrowser");
		return new DeviceView(signIn.id(), name, signIn.kind() == SignInTokens.Kind.API, signIn.id().equals(current),
				this.ago.since(signIn.createdAt()), this.ago.since(signIn.lastUsedAt()));
	}

	@ExceptionHandler
	ModelAndView throttled(TooManyAttemptsException ex) {
		return Throttled.page(this.throttle);
	}

	/**
	 * One sign-in as the devices page shows it: never its token.
	 *
	 * @param api whether it is an API token rather than a browser session
	 * @param current whether it is the sign-in this page was opened with
	 */
	record DeviceView(UUID id, String name, boolean api, boolean current, String signedIn, String lastUsed) {
	}

	record PasswordForm(String currentPassword, String newPassword, String passwordConfirmation) {
	}

}
