package org.bridgework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Half signed in: the password was right, and a second step (a code, or setting two-step
 * sign-in up) is still to come. Kept in PostgreSQL, so whichever app node answers the
 * next request knows it, behind a cookie holding a random token (only its hash is
 * stored). It lasts a few minutes ({@link TwoStepProperties#stepValidFor}) and signs
 * nobody in by itself.
 */
@Component
class SignInSteps {

	static final String COOKIE = "BRIDGEWORK_SIGN_IN_STEP";

	private final JdbcClient jdbc;

	private final TwoStepProperties properties;

	private final Clock clock;

	SignInSteps(JdbcClient jdbc, TwoStepProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** Starts a second step on this browser, ending any it had. */
	void begin(UUID accountId, Purpose purpose, HttpServletRequest request, HttpServletResponse response) {
		cookie(request).ifPresent(this::forget);
		String token = Tokens.newSecret();
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into sign_in_step (token_hash, account_id, purpose, created_at, expires_at)
				values (:hash, :account, :purpose, :now, :expiresAt)""")
			.param("hash", Tokens.sha256(token))
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(now.plus(this.properties.stepValidFor())))
			.update();
		writeCookie(request, response, token, this.properties.stepValidFor().toSeconds());
	}

	/** The step this browser is on, while it lasts. */
	Optional<PendingStep> current(HttpServletRequest request) {
		return cookie(request).flatMap((token) -> this.jdbc.sql("""
				select token_hash, account_id, purpose from sign_in_step
				where token_hash = :hash and expires_at > :now""")
			.param("hash", Tokens.sha256(token))
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new PendingStep(rs.getString("token_hash"), rs.getObject("account_id", UUID.class),
					Purpose.valueOf(rs.getString("purpose"))))
			.optional());
	}

	/** Moves the step on (two-step sign-in set up: the recovery codes are next). */
	void advance(PendingStep step, Purpose to) {
		this.jdbc.sql("update sign_in_step set purpose = :purpose where token_hash = :hash")
			.param("purpose", to.name())
			.param("hash", step.tokenHash())
			.update();
	}

	/** Ends this browser's step: signed in, or given up. */
	void finish(HttpServletRequest request, HttpServletResponse response) {
		cookie(request).ifPresent((token) -> {
			forget(token);
			writeCookie(request, response, "", 0);
		});
	}

	/** Ends every step of the account (its two-step sign-in was reset). */
	void forgetAll(UUID accountId) {
		this.jdbc.sql("delete from sign_in_step where account_id = :account").param("account", accountId).update();
	}

	/** Removes steps that have run out; returns how many. */
	int forgetExpired() {
		return this.jdbc.sql("delete from sign_in_step where expires_at <= :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private void forget(String token) {
		this.jdbc.sql("delete from sign_in_step where token_hash = :hash").param("hash", Tokens.sha256(token)).update();
	}

	private static Optional<String> cookie(HttpServletRequest request) {
		return SignInCookies.read(request, COOKIE);
	}

	private static void writeCookie(HttpServletRequest request, HttpServletResponse response, String value,
			long maxAgeSeconds) {
		SignInCookies.write(request, response, COOKIE, value, maxAgeSeconds);
	}

	enum Purpose {

		/** A code from the authenticator app, or a recovery code. */
		CODE,
		/** Setting two-step sign-in up, which admins and clinicians must do first. */
		SET_UP,
		/** Set up through this step: the recovery codes are shown, signing in is next. */
		SET_UP_DONE

	}

	record PendingStep(String tokenHash, UUID accountId, Purpose purpose) {
	}

}
