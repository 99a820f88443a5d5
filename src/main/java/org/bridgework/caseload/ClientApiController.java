package org.bridgework.caseload;

import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClientApiController {

	private final Clients clients;

	ClientApiController(Clients clients) {
		this.clients = clients;
	}

	/**
	 * With an {@code Idempotency-Key}, a retry adds nobody: it answers the first client's
	 * id with a new link (the first one cannot be shown again).
	 */
	@PostMapping("/api/v1/clients")
	@ResponseStatus(HttpStatus.CREATED)
	NewClient add(CurrentUser clinician, @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody NewClientRequest body) {
		AddedClient added = this.clients.addOnce(clinician, key, body.displayName(), body.email(), body.timezone());
		if (added.inviteUrl() == null) {
			throw new ConflictException("problem.invitation.signedUp");
		}
		return added.asNewClient();
	}

	@PostMapping("/api/v1/clients/{clientId}/invitation")
	@ResponseStatus(HttpStatus.CREATED)
	Reissued newInvitationLink(CurrentUser clinician, @PathVariable UUID clientId) {
		ResentInvitation resent = this.clients.resendInvitation(clinician, clientId);
		return new Reissued(resent.link().id(), resent.link().inviteUrl(), resent.emailed());
	}

	@GetMapping("/api/v1/clients")
	List<ClientProfile> caseload(CurrentUser clinician) {
		return this.clients.caseload(clinician);
	}

	@GetMapping("/api/v1/clients/{clientId}")
	ClientProfile profile(CurrentUser actor, @PathVariable UUID clientId) {
		return this.clients.profile(actor, clientId);
	}

	/**
	 * @param emailed whether the link also went to the client's email
	 */
	record Reissued(UUID id, String inviteUrl, boolean emailed) {
	}

	record NewClientRequest(String displayName, String email, String timezone) {
	}

}
