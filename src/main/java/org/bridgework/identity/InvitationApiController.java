package org.bridgework.identity;

import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvitationApiController {

	private final Accounts accounts;

	InvitationApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	/**
	 * @param body {@code password}, and {@code email} when the inviter did not give one
	 */
	@PostMapping("/api/v1/invitations/{token}")
	Map<String, UUID> accept(@PathVariable String token, @RequestBody AcceptRequest body) {
		return Map.of("userId", this.accounts.acceptInvitation(token, body.password(), body.email()));
	}

	record AcceptRequest(String password, String email) {
	}

}
