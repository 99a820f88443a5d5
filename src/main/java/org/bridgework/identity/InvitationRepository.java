package org.bridgework.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

	private final JdbcClient jdbc;

	InvitationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String tokenHash, UUID accountId, UUID createdBy, Instant expiresAt) {
		this.jdbc.sql("""
				insert into invitation (token_hash, account_id, created_by, expires_at)
				values (:hash, :account, :createdBy, :expiresAt)""")
			.param("hash", tokenHash)
			.param("account", accountId)
			.param("createdBy", createdBy)
			.param("expiresAt", java.sql.Timestamp.from(expiresAt))
			.update();
	}

	Optional<StoredInvitation> find(String tokenHash) {
		return this.jdbc
			.sql("select account_id, expires_at, accepted_at, replaced_at from invitation where token_hash = :hash")
			.param("hash", tokenHash)
			.query((rs, row) -> new StoredInvitation(rs.getObject("account_id", UUID.class),
					rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("accepted_at") != null,
					rs.getTimestamp("replaced_at") != null))
			.optional();
	}

	/**
	 * Makes every unused invitation of the account unusable, so that only the one issued
	 * next works. They stay on record as replaced.
	 */
	int replaceUnused(UUID accountId, Instant now) {
		return this.jdbc.sql("""
				update invitation set replaced_at = :now
				where account_id = :account and accepted_at is null and replaced_at is null""")
			.param("now", java.sql.Timestamp.from(now))
			.param("account", accountId)
			.update();
	}

	/**
	 * Marks the invitation used. Returns false when another request used it first: the
	 * update is the guard, so two people racing with one link cannot both get in.
	 */
	boolean markAccepted(String tokenHash, Instant now) {
		return this.jdbc.sql("""
				update invitation set accepted_at = :now
				where token_hash = :hash and accepted_at is null and replaced_at is null and expires_at > :now""")
			.param("now", java.sql.Timestamp.from(now))
			.param("hash", tokenHash)
			.update() == 1;
	}

	/**
	 * @param replaced whether a newer link for the same account took this one's place
	 */
	record StoredInvitation(UUID accountId, Instant expiresAt, boolean accepted, boolean replaced) {

		boolean usableAt(Instant now) {
			return !this.accepted && !this.replaced && this.expiresAt.isAfter(now);
		}

	}

}
