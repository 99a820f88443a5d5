package org.bridgework.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;

import org.bridgework.shared.GoneException;
import org.bridgework.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows guessing on every way in (the sign-in form, the API token, invitation and
 * password reset links, and any later sign-in step such as a one-time code): after a few
 * failures for one account, or many from one address, attempts wait a while. Counted in
 * PostgreSQL, so every app node counts the same attempts.
 *
 * <p>
 * A step asks {@link #check} before it looks at what was sent, and reports a wrong guess
 * with {@link #recordFailure}. The account key is whatever is being guessed at: an email
 * ({@link #emailKey}), or null when only the address is known (a link's token is the
 * secret itself). Unknown and known accounts are counted alike, so the answer never tells
 * them apart.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final SignInProperties.Throttle limits;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.limits = properties.throttle();
		this.clock = clock;
	}

	/**
	 * Refuses the attempt while the account or the address has failed too often lately.
	 * @param accountKey what is being guessed at, or null
	 * @param address the client's address, or null
	 * @throws TooManyAttemptsException when the attempt has to wait
	 */
	void check(String accountKey, String address) {
		Timestamp since = Timestamp.from(this.clock.instant().minus(this.limits.window()));
		if (accountKey != null && countSince("account_key", accountKey, since) >= this.limits.accountFailures()) {
			throw new TooManyAttemptsException();
		}
		if (address != null && countSince("address", address, since) >= this.limits.addressFailures()) {
			throw new TooManyAttemptsException();
		}
	}

	/**
	 * Counts a failed attempt. Kept even when the step's own transaction rolls back (a
	 * refused form stores nothing else).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String accountKey, String address) {
		this.jdbc.sql("insert into sign_in_failure (account_key, address, failed_at) values (:key, :address, :now)")
			.param("key", accountKey)
			.param("address", address)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Forgets the account's failures once its person got in. The address's stay: a
	 * guesser signing in to an account of their own between guesses gains nothing.
	 */
	void clear(String accountKey) {
		this.jdbc.sql("delete from sign_in_failure where account_key = :key").param("key", accountKey).update();
	}

	/**
	 * Runs a step that uses a link's token (an invitation, a password reset): an unknown,
	 * used or expired token counts as a failure from the address, and too many of them
	 * make the address wait.
	 */
	<T> T throughLink(String address, Supplier<T> step) {
		check(null, address);
		try {
			return step.get();
		}
		catch (NotFoundException | GoneException ex) {
			recordFailure(null, address);
			throw ex;
		}
	}

	/** How long the person is asked to wait, at most, in whole minutes. */
	long waitMinutes() {
		return Math.max(1, this.limits.window().toMinutes());
	}

	/** Removes failures too old to count; returns how many. */
	int forgetOlderThan(Instant cutoff) {
		return this.jdbc.sql("delete from sign_in_failure where failed_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

	/** The key password attempts for an email count under, whatever its case. */
	static String emailKey(String email) {
		return (email == null) ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	private int countSince(String column, String value, Timestamp since) {
		return this.jdbc
			.sql("select count(*) from sign_in_failure where " + column + " = :value and failed_at > :since")
			.param("value", value)
			.param("since", since)
			.query(Integer.class)
			.single();
	}

}
