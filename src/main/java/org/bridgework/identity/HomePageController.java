package org.bridgework.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sends each signed-in person to where their work starts. People who are not signed in
 * never get here: they go to the sign-in page, which sends a fresh install to setup.
 */
@Controller
class HomePageController {

	@GetMapping("/")
	String home(CurrentUser user) {
		if (user.is(Role.CLINICIAN)) {
			return "redirect:/clients";
		}
		if (user.is(Role.CLIENT)) {
			return "redirect:/today";
		}
		if (user.is(Role.ADMIN)) {
			return "redirect:/admin/clinicians";
		}
		throw new AccessDeniedException("An account without a role has no start page");
	}

}
