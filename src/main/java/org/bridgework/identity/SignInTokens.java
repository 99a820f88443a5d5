package org.bridgework.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.shared.Tokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API and session cookies for the web pages. Both live in
 * PostgreSQL, so a person stays signed in whichever app node answers.
 */
@Component
class SignInTokens {

	static final Duration API_LIFETIME = Duration.ofHours(12);

	static final Duration WEB_LIFETIME = Duration.ofHours(12);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	IssuedToken issue(UUID accountId, Kind kind) {
		String token = Tokens.newSecret();
		Instant expiresAt = this.clock.instant().plus(kind == Kind.API ? API_LIFETIME : WEB_LIFETIME);
		this.jdbc.sql("""
				insert into sign_in_token (token_hash, account_id, kind, expires_at)
				values (:hash, :account, :kind, :expiresAt)""")
			.param("hash", Tokens.sha256(token))
			.param("account", accountId)
			.param("kind", kind.name())
			.param("expiresAt", java.sql.Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	Optional<UUID> accountFor(String token, Kind kind) {
		return this.jdbc.sql("""
				select account_id from sign_in_token
				where token_hash = :hash and kind = :kind and expires_at > :now""")
			.param("hash", Tokens.sha256(token))
			.param("kind", kind.name())
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.optional();
	}

	void revoke(String token) {
		this.jdbc.sql("delete from sign_in_token where token_hash = :hash")
			.param("hash", Tokens.sha256(token))
			.update();
	}

	enum Kind {

		API, WEB

	}

	record IssuedToken(String token, Instant expiresAt) {
	}

}
