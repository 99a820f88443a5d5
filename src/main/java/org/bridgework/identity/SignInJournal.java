package org.bridgework.identity;

import java.util.UUID;

import org.bridgework.audit.AuditEvent;
import org.bridgework.audit.AuditTrail;
import org.bridgework.audit.Outcome;

import org.springframework.stereotype.Component;

/**
 * Puts every sign-in with a password in the audit trail, by the form and by the API alike
 * (the request's path tells which). A failure for an email nobody has is written without
 * an account and with a keyed hash in place of the email.
 */
@Component
class SignInJournal {

	static final String SIGN_IN = "sign-in";

	static final String THROTTLED = "sign-in-throttled";

	private final AuditTrail trail;

	private final AccountRepository accounts;

	SignInJournal(AuditTrail trail, AccountRepository accounts) {
		this.trail = trail;
		this.accounts = accounts;
	}

	void succeeded(UUID accountId) {
		this.trail.record(signIn(SIGN_IN, Outcome.SUCCEEDED, accountId, null));
	}

	void failed(String email) {
		this.trail.record(attempt(SIGN_IN, email));
	}

	void throttled(String email) {
		this.trail.record(attempt(THROTTLED, email));
	}

	private AuditEvent attempt(String action, String email) {
		return this.accounts.findByEmail((email != null) ? email.strip() : "")
			.map((account) -> signIn(action, Outcome.FAILED, account.id(), null))
			.orElseGet(() -> signIn(action, Outcome.FAILED, null, this.trail.pseudonym(email)));
	}

	private static AuditEvent signIn(String action, Outcome outcome, UUID accountId, String pseudonym) {
		return new AuditEvent(accountId, null, null, action, null, outcome, pseudonym);
	}

}
