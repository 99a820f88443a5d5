package org.bridgework.caseload;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The covering grants (table {@code covering_access}), and the few names an admin needs
 * to arrange one: clinicians, and clients found by an exact email or by their clinician.
 */
@Repository
class CoveringGrants implements EncryptedColumns {

	static final EncryptedColumn REASON = EncryptedColumn.of("covering_access", "reason");

	private static final String SELECT_GRANT = """
			select g.id, g.client_id, c.display_name as client_name, g.clinician_id,
			       cl.display_name as clinician_name, g.granted_by, gb.display_name as granted_by_name,
			       g.granted_at, g.expires_at, g.reason, g.ended_at, g.ended_by, eb.display_name as ended_by_name
			from covering_access g
			join client c on c.id = g.client_id
			join account cl on cl.id = g.clinician_id
			join account gb on gb.id = g.granted_by
			left join account eb on eb.id = g.ended_by
			""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	CoveringGrants(JdbcClient jdbc, FieldCipher cipher) {
		this.cipher = cipher;
		this.jdbc = jdbc;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(REASON);
	}

	void insert(UUID id, UUID clientId, UUID clinicianId, UUID grantedBy, Instant grantedAt, Instant expiresAt,
			String reason) {
		this.jdbc.sql("""
				insert into covering_access (id, client_id, clinician_id, granted_by, granted_at, expires_at, reason)
				values (:id, :client, :clinician, :by, :at, :until, :reason)""")
			.param("id", id)
			.param("client", clientId)
			.param("clinician", clinicianId)
			.param("by", grantedBy)
			.param("at", Timestamp.from(grantedAt))
			.param("until", Timestamp.from(expiresAt))
			.param("reason", this.cipher.seal(REASON, id, reason))
			.update();
	}

	Optional<CoveringGrant> find(UUID id) {
		return this.jdbc.sql(SELECT_GRANT + " where g.id = :id").param("id", id).query(this::map).optional();
	}

	/**
	 * Serialises, until the transaction ends, every attempt to give cover on one client,
	 * so two admins pressing at once make one grant.
	 */
	void lockClient(UUID clientId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.covering-access'), hashtext(:client))")
			.param("client", clientId.toString())
			.query()
			.singleRow();
	}

	boolean activeFor(UUID clientId, UUID clinicianId, Instant now) {
		return this.jdbc.sql("""
				select exists(select 1 from covering_access where client_id = :client and clinician_id = :clinician
				              and ended_at is null and expires_at > :now)""")
			.param("client", clientId)
			.param("clinician", clinicianId)
			.param("now", Timestamp.from(now))
			.query(Boolean.class)
			.single();
	}

	/** Active grants, and those that stopped since {@code since}, the latest first. */
	List<CoveringGrant> recent(Instant since, int limit) {
		return this.jdbc.sql(SELECT_GRANT + """
				where least(coalesce(g.ended_at, g.expires_at), g.expires_at) >= :since
				order by g.granted_at desc, g.id limit :limit""")
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** One client's grants that were active at some time since {@code since}. */
	List<CoveringGrant> ofClient(UUID clientId, Instant since) {
		return this.jdbc.sql(SELECT_GRANT + """
				where g.client_id = :client and least(coalesce(g.ended_at, g.expires_at), g.expires_at) >= :since
				order by g.granted_at desc, g.id""")
			.param("client", clientId)
			.param("since", Timestamp.from(since))
			.query(this::map)
			.list();
	}

	/** Every grant on the client, for their exported record. */
	List<CoveringGrant> allOfClient(UUID clientId) {
		return this.jdbc.sql(SELECT_GRANT + " where g.client_id = :client order by g.granted_at, g.id")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	/** The clinician's active covers of other clinicians' clients. */
	List<CoveringGrant> coversOf(UUID clinicianId, Instant now) {
		return this.jdbc.sql(SELECT_GRANT + """
				where g.clinician_id = :clinician and g.ended_at is null and g.granted_at <= :now
				  and g.expires_at > :now and c.erased_at is null
				order by lower(c.display_name), g.id""")
			.param("clinician", clinicianId)
			.param("now", Timestamp.from(now))
			.query(this::map)
			.list();
	}

	/** Active grants of other clinicians on this clinician's own clients. */
	List<CoveringGrant> onCaseloadOf(UUID clinicianId, Instant now) {
		return this.jdbc.sql(SELECT_GRANT + """
				where g.ended_at is null and g.granted_at <= :now and g.expires_at > :now and c.erased_at is null
				  and exists(select 1 from care_team_member m where m.client_id = g.client_id
				             and m.clinician_id = :clinician)
				order by g.expires_at, g.id""")
			.param("clinician", clinicianId)
			.param("now", Timestamp.from(now))
			.query(this::map)
			.list();
	}

	/** Ends a grant that is still active; false when it had ended or run out already. */
	boolean end(UUID id, UUID endedBy, Instant at) {
		return this.jdbc.sql("""
				update covering_access set ended_at = :at, ended_by = :by
				where id = :id and ended_at is null and expires_at > :at""")
			.param("id", id)
			.param("by", endedBy)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * Notes, once, that grants ran out, and gives them (at most {@code limit}); rows
	 * another node is noting are skipped.
	 */
	List<Expired> claimExpired(Instant now, int limit) {
		return this.jdbc.sql("""
				update covering_access g set expiry_recorded_at = :now
				where g.id in (select id from covering_access
				               where ended_at is null and expiry_recorded_at is null and expires_at <= :now
				               order by expires_at limit :limit for update skip locked)
				returning g.id, g.client_id""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new Expired(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class)))
			.list();
	}

	// Names for arranging cover: nothing clinical.

	/** Clinicians who have signed up, by name. */
	List<Choice> clinicians() {
		return this.jdbc.sql("""
				select id, display_name from account
				where 'CLINICIAN' = any(roles) and password_hash is not null and erased_at is null
				order by lower(display_name), id""").query(CoveringGrants::choice).list();
	}

	Optional<Choice> clinician(UUID accountId) {
		return this.jdbc.sql("""
				select id, display_name from account
				where id = :id and 'CLINICIAN' = any(roles) and password_hash is not null and erased_at is null""")
			.param("id", accountId)
			.query(CoveringGrants::choice)
			.optional();
	}

	Optional<Choice> client(UUID clientId) {
		return this.jdbc.sql("select id, display_name from client where id = :id and erased_at is null")
			.param("id", clientId)
			.query(CoveringGrants::choice)
			.optional();
	}

	/** The client who signs in with exactly this email (any case), if any. */
	Optional<Choice> clientByEmail(String email) {
		return this.jdbc.sql("""
				select c.id, c.display_name from client c join account a on a.id = c.account_id
				where lower(a.email) = lower(:email) and c.erased_at is null""")
			.param("email", email)
			.query(CoveringGrants::choice)
			.optional();
	}

	List<Choice> clientsOf(UUID clinicianId) {
		return this.jdbc.sql("""
				select c.id, c.display_name from client c join care_team_member m on m.client_id = c.id
				where m.clinician_id = :clinician and c.erased_at is null
				order by lower(c.display_name), c.id""")
			.param("clinician", clinicianId)
			.query(CoveringGrants::choice)
			.list();
	}

	List<UUID> ownCliniciansOf(UUID clientId) {
		return this.jdbc.sql("select clinician_id from care_team_member where client_id = :client")
			.param("client", clientId)
			.query(UUID.class)
			.list();
	}

	private static Choice choice(ResultSet rs, int row) throws SQLException {
		return new Choice(rs.getObject("id", UUID.class), rs.getString("display_name"));
	}

	private CoveringGrant map(ResultSet rs, int row) throws SQLException {
		return new CoveringGrant(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("client_name"), rs.getObject("clinician_id", UUID.class), rs.getString("clinician_name"),
				rs.getObject("granted_by", UUID.class), rs.getString("granted_by_name"), instant(rs, "granted_at"),
				instant(rs, "expires_at"),
				this.cipher.open(REASON, rs.getObject("id", UUID.class), rs.getString("reason")),
				instant(rs, "ended_at"), rs.getObject("ended_by", UUID.class), rs.getString("ended_by_name"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

	/** A person or client by name only, to choose from. */
	record Choice(UUID id, String name) {
	}

	/** A grant that ran out, as the expiry poller notes it. */
	record Expired(UUID id, UUID clientId) {
	}

}
