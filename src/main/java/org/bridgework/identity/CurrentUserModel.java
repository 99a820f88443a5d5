package org.bridgework.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in person, or null, on every page as {@code currentUser}.
 */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModel {

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		Object principal = authentication.getPrincipal();
		return (principal instanceof CurrentUser || principal instanceof AccountPrincipal)
				? CurrentUserArgumentResolver.currentUser(authentication) : null;
	}

}
