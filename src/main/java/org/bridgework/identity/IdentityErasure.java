package org.bridgework.identity;

import java.sql.Timestamp;
import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client, last of all: their invitations, sign-ins and password-reset links go,
 * failed sign-ins under their email too, and the account keeps only its id and the
 * pseudonym, with no email and no password, so nobody can sign in as them again.
 */
@Component
class IdentityErasure extends ClientRowsErasure {

	static final int ORDER = 1000;

	IdentityErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "sign_in_failure", "invitation", "sign_in_token", "password_reset", "sign_in_step",
				"two_step", "recovery_code", "two_step_event", "account");
	}

	@Override
	public void erase(ErasedClient client) {
		this.jdbc.sql("select email from account where id = :account and email is not null")
			.param("account", client.accountId())
			.query(String.class)
			.list()
			.forEach((email) -> this.jdbc.sql("delete from sign_in_failure where account_key in (:keys)")
				.param("keys",
						java.util.List.of(SignInThrottle.emailKey(email),
								PasswordResets.KEY_PREFIX + SignInThrottle.emailKey(email)))
				.update());
		for (String table : new String[] { "invitation", "sign_in_token", "password_reset", "sign_in_step", "two_step",
				"recovery_code", "two_step_event" }) {
			this.jdbc.sql("delete from " + table + " where account_id = :account")
				.param("account", client.accountId())
				.update();
		}
		this.jdbc.sql("""
				update account set email = null, display_name = :pseudonym, password_hash = null, erased_at = :at
				where id = :account""")
			.param("pseudonym", client.pseudonym())
			.param("at", Timestamp.from(client.at()))
			.param("account", client.accountId())
			.update();
	}

}
