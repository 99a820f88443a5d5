package org.bridgework.identity;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClinicianApiController {

	private final Accounts accounts;

	ClinicianApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/clinicians")
	@ResponseStatus(HttpStatus.CREATED)
	Created invite(CurrentUser admin, @RequestBody NewClinician body) {
		IssuedInvitation invitation = this.accounts.inviteClinician(admin, body.email(), body.displayName());
		return new Created(invitation.accountId(), invitation.inviteUrl());
	}

	record NewClinician(String email, String displayName) {
	}

	record Created(UUID id, String inviteUrl) {
	}

}
