package org.bridgework.identity;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security checks the form it posts and comes back here with
 * {@code ?error} or {@code ?throttled}; other pages send people here with a word of
 * welcome.
 */
@Controller
class SignInPageController {

	private final Accounts accounts;

	private final SignInThrottle throttle;

	SignInPageController(Accounts accounts, SignInThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	/**
	 * @param principal the signed-in person, or null
	 */
	@GetMapping("/login")
	String signIn(Principal principal, Model model, @RequestParam(required = false) String error,
			@RequestParam(required = false) String throttled, @RequestParam(required = false) String setupDone,
			@RequestParam(required = false) String welcome, @RequestParam(required = false) String signedOut) {
		boolean setUp = this.accounts.isSetUp();
		if (!setUp && !this.accounts.anyExist()) {
			return "redirect:/setup";
		}
		if (principal != null) {
			return "redirect:/";
		}
		model.addAttribute("problem", (throttled != null) ? "login.throttled" : (error != null) ? "login.error" : null);
		model.addAttribute("wrongPassword", error != null);
		model.addAttribute("waitMinutes", this.throttle.waitMinutes());
		model.addAttribute("notice", (setupDone != null) ? "login.setupDone"
				: (welcome != null) ? "login.welcome" : (signedOut != null) ? "login.signedOut" : null);
		// Demo people can sign in before anyone has set Bridgework up; the way to set up
		// stays visible.
		model.addAttribute("setupOpen", !setUp);
		return "identity/login";
	}

}
