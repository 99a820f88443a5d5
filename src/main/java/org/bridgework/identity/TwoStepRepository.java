package org.bridgework.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Two-step keys (sealed by {@link TwoStepSecrets}), recovery code hashes and what
 * happened to them.
 */
@Repository
class TwoStepRepository {

	private final JdbcClient jdbc;

	TwoStepRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StoredTwoStep> find(UUID accountId) {
		return this.jdbc.sql("select * from two_step where account_id = :account")
			.param("account", accountId)
			.query(TwoStepRepository::map)
			.optional();
	}

	/** The account's row, locked until the transaction ends. */
	Optional<StoredTwoStep> lock(UUID accountId) {
		return this.jdbc.sql("select * from two_step where account_id = :account for update")
			.param("account", accountId)
			.query(TwoStepRepository::map)
			.optional();
	}

	/** A key being set up; a key not confirmed yet is replaced. */
	void startSetUp(UUID accountId, String sealedSecret, Instant now) {
		this.jdbc.sql("""
				insert into two_step (account_id, secret, created_at) values (:account, :secret, :now)
				on conflict (account_id) do update set secret = excluded.secret, created_at = excluded.created_at,
				    last_used_step = null
				where two_step.confirmed_at is null""")
			.param("account", accountId)
			.param("secret", sealedSecret)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A key whose code was typed back: two-step sign-in is on. */
	boolean confirm(UUID accountId, long step, Instant now) {
		return this.jdbc.sql("""
				update two_step set confirmed_at = :now, last_used_step = :step
				where account_id = :account and confirmed_at is null""")
			.param("now", Timestamp.from(now))
			.param("step", step)
			.param("account", accountId)
			.update() == 1;
	}

	/**
	 * Marks the step's code used. False when it, or a later one, was used already (two
	 * requests racing with the same code: one gets in).
	 */
	boolean useStep(UUID accountId, long step) {
		return this.jdbc.sql("""
				update two_step set last_used_step = :step
				where account_id = :account and confirmed_at is not null
				  and (last_used_step is null or last_used_step < :step)""")
			.param("step", step)
			.param("account", accountId)
			.update() == 1;
	}

	/** Turns two-step sign-in off: the key and every recovery code go. */
	void delete(UUID accountId) {
		this.jdbc.sql("delete from recovery_code where account_id = :account").param("account", accountId).update();
		this.jdbc.sql("delete from two_step where account_id = :account").param("account", accountId).update();
	}

	void replaceRecoveryCodes(UUID accountId, List<String> hashes, Instant now) {
		this.jdbc.sql("delete from recovery_code where account_id = :account").param("account", accountId).update();
		for (String hash : hashes) {
			this.jdbc
				.sql("insert into recovery_code (account_id, code_hash, created_at) values (:account, :hash, :now)")
				.param("account", accountId)
				.param("hash", hash)
				.param("now", Timestamp.from(now))
				.update();
		}
	}

	/** Uses a recovery code up; false when it is not one of the account's unused ones. */
	boolean useRecoveryCode(UUID accountId, String hash, Instant now) {
		return this.jdbc.sql("""
				update recovery_code set used_at = :now
				where account_id = :account and code_hash = :hash and used_at is null""")
			.param("now", Timestamp.from(now))
			.param("account", accountId)
			.param("hash", hash)
			.update() == 1;
	}

	int recoveryCodesLeft(UUID accountId) {
		return this.jdbc.sql("select count(*) from recovery_code where account_id = :account and used_at is null")
			.param("account", accountId)
			.query(Integer.class)
			.single();
	}

	void record(UUID accountId, TwoStepEvent.Kind kind, UUID byAccountId, Instant now) {
		this.jdbc.sql("""
				insert into two_step_event (id, account_id, kind, by_account_id, happened_at)
				values (:id, :account, :kind, :by, :now)""")
			.param("id", UUID.randomUUID())
			.param("account", accountId)
			.param("kind", kind.name())
			.param("by", byAccountId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * The latest events of the account, newest first, with who did each when not them.
	 */
	List<TwoStepEvent> events(UUID accountId, int limit) {
		return this.jdbc.sql("""
				select e.kind, e.happened_at, by.display_name as by_name
				from two_step_event e left join account by on by.id = e.by_account_id and by.id <> e.account_id
				where e.account_id = :account
				order by e.happened_at desc, e.id
				limit :limit""")
			.param("account", accountId)
			.param("limit", limit)
			.query((rs, row) -> new TwoStepEvent(TwoStepEvent.Kind.valueOf(rs.getString("kind")),
					rs.getTimestamp("happened_at").toInstant(), rs.getString("by_name")))
			.list();
	}

	/**
	 * Admins and clinicians who have signed up, by name, and whether their two-step
	 * sign-in is on.
	 */
	List<StaffMember> staff() {
		return this.jdbc.sql("""
				select a.id, a.display_name, a.email, t.confirmed_at is not null as two_step_on
				from account a left join two_step t on t.account_id = a.id
				where a.password_hash is not null and a.roles && array['ADMIN', 'CLINICIAN']::text[]
				order by lower(a.display_name), a.id""")
			.query((rs, row) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("email"), rs.getBoolean("two_step_on")))
			.list();
	}

	private static StoredTwoStep map(ResultSet rs, int row) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		return new StoredTwoStep(rs.getObject("account_id", UUID.class), rs.getString("secret"),
				(confirmed != null) ? confirmed.toInstant() : null, rs.getObject("last_used_step", Long.class));
	}

	/**
	 * @param sealedSecret the key as {@link TwoStepSecrets#seal} wrote it
	 * @param confirmedAt when it was turned on, or null while being set up
	 * @param lastUsedStep the last step whose code was accepted, or null
	 */
	record StoredTwoStep(UUID accountId, String sealedSecret, Instant confirmedAt, Long lastUsedStep) {

		boolean on() {
			return this.confirmedAt != null;
		}

	}

}
