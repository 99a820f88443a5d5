package org.bridgework.identity;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.shared.Messages;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvitationApiController {

	private final Accounts accounts;

	private final SignInThrottle throttle;

	private final Messages messages;

	InvitationApiController(Accounts accounts, SignInThrottle throttle, Messages messages) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.messages = messages;
	}

	/**
	 * @param body {@code password}, and {@code email} when the inviter did not give one
	 */
	@PostMapping("/api/v1/invitations/{token}")
	Map<String, UUID> accept(@PathVariable String token, @RequestBody AcceptRequest body, HttpServletRequest request) {
		return Map.of("userId", this.throttle.throughLink(request.getRemoteAddr(),
				() -> this.accounts.acceptInvitation(token, body.password(), body.email())));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> throttled(TooManyAttemptsException ex) {
		return Throttled.problem(this.messages, this.throttle);
	}

	record AcceptRequest(String password, String email) {
	}

}
