package org.bridgework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.identity.AccountRepository.StoredAccount;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.GoneException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;
import org.bridgework.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * "Forgot your password?": a single-use link by email that works for a short while (30
 * minutes by default); only its hash is stored, and a newer link replaces an older one.
 * Asking answers the same whether or not the email has an account, and takes as long: the
 * email goes out in the background after the link is stored. Setting a new password
 * through the link ends every sign-in of the account.
 */
@Service
class PasswordResets {

	/** Reset requests count under their own key, apart from wrong passwords. */
	static final String KEY_PREFIX = "reset:";

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final SignInTokens tokens;

	private final AccountEmails emails;

	private final Links links;

	private final SignInProperties properties;

	private final Messages messages;

	private final Clock clock;

	PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			SignInThrottle throttle, SignInTokens tokens, AccountEmails emails, Links links,
			SignInProperties properties, Messages messages, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.throttle = throttle;
		this.tokens = tokens;
		this.emails = emails;
		this.links = links;
		this.properties = properties;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether reset links can be emailed in this installation at all. */
	boolean available() {
		return this.emails.sendsPasswordResets();
	}

	/**
	 * Sends a reset link to the email if it belongs to an account with a password, and
	 * does nothing else either way. Every request counts towards the throttle, so nobody
	 * can flood an inbox.
	 * @throws TooManyAttemptsException after too many requests for the email or from the
	 * address
	 */
	@Transactional
	void request(String email, String address) {
		new FieldChecks().required("email", email).maxLength("email", email, 254).throwIfAny();
		String key = KEY_PREFIX + SignInThrottle.emailKey(email);
		this.throttle.check(key, address);
		this.throttle.recordFailure(key, address);
		if (!available()) {
			return;
		}
		Optional<StoredAccount> account = this.accounts.findByEmail(email.trim())
			.filter((found) -> found.passwordHash() != null);
		if (account.isEmpty()) {
			return;
		}
		String token = Tokens.newSecret();
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from password_reset where account_id = :account and used_at is null")
			.param("account", account.get().id())
			.update();
		this.jdbc.sql("""
				insert into password_reset (token_hash, account_id, created_at, expires_at)
				values (:hash, :account, :now, :expiresAt)""")
			.param("hash", Tokens.sha256(token))
			.param("account", account.get().id())
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(now.plus(this.properties.resetLinkValidFor())))
			.update();
		String to = account.get().email();
		String link = this.links.passwordReset(token);
		String validFor = this.messages.get("email.reset.validMinutes",
				Math.max(1, this.properties.resetLinkValidFor().toMinutes()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				PasswordResets.this.emails.sendPasswordResetLater(to, link, validFor);
			}

		});
	}

	/**
	 * Checks that a link can still be used, before its form is shown.
	 * @throws NotFoundException for a link never sent
	 * @throws GoneException for a link used, replaced or expired
	 */
	@Transactional(readOnly = true)
	void requireUsable(String token) {
		usable(token, false);
	}

	/**
	 * Sets the new password through the link, which then stops working, and ends every
	 * sign-in of the account. Returns the person, to sign them in (with their code, when
	 * two-step sign-in is on: a reset link replaces the password only).
	 */
	@Transactional
	CurrentUser complete(String token, String password) {
		UUID accountId = usable(token, true);
		this.policy.check(new FieldChecks(), "password", password).throwIfAny();
		this.jdbc.sql("update password_reset set used_at = :now where token_hash = :hash")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", Tokens.sha256(token))
			.update();
		this.accounts.setPassword(accountId, this.encoder.encode(password));
		this.tokens.revokeAllBut(accountId, null);
		return this.accounts.findById(accountId).orElseThrow().asCurrentUser();
	}

	/** Removes links that expired a day ago or more; returns how many. */
	int forgetExpired(Instant cutoff) {
		return this.jdbc.sql("delete from password_reset where expires_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	private UUID usable(String token, boolean lock) {
		record Stored(UUID accountId, Instant expiresAt, boolean used) {
		}
		Stored stored = this.jdbc.sql(
				"select account_id, expires_at, used_at is not null as used from password_reset where token_hash = :hash"
						+ (lock ? " for update" : ""))
			.param("hash", Tokens.sha256((token != null) ? token : ""))
			.query((rs, row) -> new Stored(rs.getObject("account_id", UUID.class),
					rs.getTimestamp("expires_at").toInstant(), rs.getBoolean("used")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Password reset"));
		if (stored.used() || !stored.expiresAt().isAfter(this.clock.instant())) {
			throw new GoneException("problem.gone");
		}
		return stored.accountId();
	}

}
