package org.bridgework.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API and session cookies for the web pages. Both live in
 * PostgreSQL as SHA-256 hashes, so a person stays signed in whichever app node answers
 * and a copy of the database signs nobody in. A sign-in ends at the first of: its
 * absolute lifetime, its idle timeout (both by the account's role,
 * {@link SessionProperties}), signing out, or a password change.
 */
@Component
class SignInTokens {

	/**
	 * The request attribute holding the id of the sign-in the request came with, so a
	 * page can tell "this device" and the API can revoke the calling token.
	 */
	static final String CURRENT = "org.bridgework.identity.SignInTokens.current";

	/**
	 * Using a sign-in moves its idle clock on at most this often, so a page full of
	 * requests writes one row, not dozens.
	 */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private static final int DEVICE_MAX = 120;

	private final JdbcClient jdbc;

	private final SessionProperties sessions;

	private final Clock clock;

	SignInTokens(JdbcClient jdbc, SessionProperties sessions, Clock clock) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.clock = clock;
	}

	IssuedToken issue(CurrentUser user, Kind kind, String device) {
		String token = Tokens.newSecret();
		UUID id = UUID.randomUUID();
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.sessions.absoluteLifetimeFor(user.roles()));
		this.jdbc
			.sql("""
					insert into sign_in_token (id, token_hash, account_id, kind, created_at, last_used_at, expires_at,
					                           idle_timeout, device)
					values (:id, :hash, :account, :kind, :now, :now, :expiresAt, :idleSeconds * interval '1 second', :device)""")
			.param("id", id)
			.param("hash", Tokens.sha256(token))
			.param("account", user.id())
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.param("idleSeconds", this.sessions.idleTimeoutFor(user.roles()).toSeconds())
			.param("device", shorten(device))
			.update();
		return new IssuedToken(id, token, expiresAt);
	}

	/**
	 * The sign-in a token stands for, while it lasts; using it moves its idle clock on.
	 */
	Optional<ActiveSignIn> use(String token, Kind kind) {
		Instant now = this.clock.instant();
		Optional<ActiveSignIn> found = this.jdbc
			.sql("""
					select id, account_id, last_used_at from sign_in_token
					where token_hash = :hash and kind = :kind and expires_at > :now and last_used_at + idle_timeout > :now""")
			.param("hash", Tokens.sha256(token))
			.param("kind", kind.name())
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new ActiveSignIn(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
					rs.getTimestamp("last_used_at").toInstant()))
			.optional();
		found.filter((signIn) -> signIn.lastUsedAt().isBefore(now.minus(TOUCH_EVERY)))
			.ifPresent((signIn) -> this.jdbc
				.sql("update sign_in_token set last_used_at = :now where id = :id and last_used_at < :now")
				.param("now", Timestamp.from(now))
				.param("id", signIn.id())
				.update());
		return found;
	}

	void revoke(String token) {
		this.jdbc.sql("delete from sign_in_token where token_hash = :hash")
			.param("hash", Tokens.sha256(token))
			.update();
	}

	/**
	 * Ends one of the account's own sign-ins. Returns false when the account has no such
	 * sign-in (ended already, or someone else's).
	 */
	boolean revoke(UUID accountId, UUID signInId) {
		return this.jdbc.sql("delete from sign_in_token where id = :id and account_id = :account")
			.param("id", signInId)
			.param("account", accountId)
			.update() == 1;
	}

	/**
	 * Ends every sign-in of the account, web and API, but the one given.
	 * @param keep the sign-in to keep (the one making the change), or null for none
	 */
	int revokeAllBut(UUID accountId, UUID keep) {
		return this.jdbc.sql("delete from sign_in_token where account_id = :account and id is distinct from :keep")
			.param("account", accountId)
			.param("keep", keep)
			.update();
	}

	/** The account's sign-ins that still last, most recently used first. */
	List<SignInRecord> activeFor(UUID accountId) {
		return this.jdbc.sql("""
				select id, kind, device, created_at, last_used_at from sign_in_token
				where account_id = :account and expires_at > :now and last_used_at + idle_timeout > :now
				order by last_used_at desc, created_at desc""")
			.param("account", accountId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(SignInTokens::record)
			.list();
	}

	/** Removes sign-ins that have ended; returns how many. */
	int forgetEnded() {
		return this.jdbc
			.sql("delete from sign_in_token where expires_at <= :now or last_used_at + idle_timeout <= :now")
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private static SignInRecord record(ResultSet rs, int row) throws SQLException {
		return new SignInRecord(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
				rs.getString("device"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("last_used_at").toInstant());
	}

	private static String shorten(String device) {
		if (device == null || device.isBlank()) {
			return null;
		}
		String trimmed = device.trim();
		return (trimmed.length() <= DEVICE_MAX) ? trimmed : trimmed.substring(0, DEVICE_MAX);
	}

	enum Kind {

		API, WEB

	}

	/**
	 * @param id names the sign-in without its secret
	 */
	record IssuedToken(UUID id, String token, Instant expiresAt) {
	}

	record ActiveSignIn(UUID id, UUID accountId, Instant lastUsedAt) {
	}

	/**
	 * A sign-in as its person sees it on the devices page: never its token or hash.
	 */
	record SignInRecord(UUID id, Kind kind, String device, Instant createdAt, Instant lastUsedAt) {
	}

}
