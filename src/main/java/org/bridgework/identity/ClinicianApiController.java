package org.bridgework.identity;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClinicianApiController {

	private final Accounts accounts;

	private final AccountEmails emails;

	ClinicianApiController(Accounts accounts, AccountEmails emails) {
		this.accounts = accounts;
		this.emails = emails;
	}

	@PostMapping("/api/v1/clinicians")
	@ResponseStatus(HttpStatus.CREATED)
	Created invite(CurrentUser admin, @RequestBody NewClinician body) {
		IssuedInvitation invitation = this.accounts.inviteClinician(admin, body.email(), body.displayName());
		return new Created(invitation.accountId(), invitation.inviteUrl());
	}

	/**
	 * A new link for a clinician who has not signed up yet, emailed to them when the
	 * installation can send email. Earlier links stop working.
	 */
	@PostMapping("/api/v1/clinicians/{id}/invitation")
	@ResponseStatus(HttpStatus.CREATED)
	Reissued newLink(CurrentUser admin, @PathVariable UUID id) {
		IssuedInvitation invitation = this.accounts.reissueClinicianInvitation(admin, id);
		AccountEmails.Delivery delivery = this.emails.sendInvitation(invitation);
		return new Reissued(invitation.accountId(), invitation.inviteUrl(), delivery == AccountEmails.Delivery.SENT);
	}

	record NewClinician(String email, String displayName) {
	}

	record Created(UUID id, String inviteUrl) {
	}

	/**
	 * @param emailed whether the link went to the clinician's email
	 */
	record Reissued(UUID id, String inviteUrl, boolean emailed) {
	}

}
