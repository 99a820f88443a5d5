package org.bridgework.identity;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.shared.Messages;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in person changes their own password. The calling token stays signed in; every
 * other sign-in of theirs ends.
 */
@RestController
class PasswordApiController {

	private final Passwords passwords;

	private final SignInThrottle throttle;

	private final Messages messages;

	PasswordApiController(Passwords passwords, SignInThrottle throttle, Messages messages) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.messages = messages;
	}

	@PostMapping("/api/v1/me/password")
	ResponseEntity<Void> change(CurrentUser user,
			@RequestAttribute(name = SignInTokens.CURRENT, required = false) UUID current,
			@RequestBody PasswordChange body, HttpServletRequest request) {
		this.passwords.change(user, current, body.currentPassword(), body.newPassword(), request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(TooManyAttemptsException ex) {
		return Throttled.problem(this.messages, this.throttle);
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

}
