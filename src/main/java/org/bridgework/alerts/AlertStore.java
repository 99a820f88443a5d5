package org.bridgework.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The alert table. Callers have checked access already.
 */
@Repository
class AlertStore implements EncryptedColumns {

	static final EncryptedColumn NOTE = EncryptedColumn.of("alert", "acknowledgement_note");

	private static final String SELECT = """
			select a.id, a.client_id, a.kind, a.created_at, a.status, c.display_name as client_name,
			       a.acknowledged_at, a.acknowledged_by, b.display_name as acknowledged_by_name,
			       a.acknowledgement_note, a.escalated_at
			from alert a
			join client c on c.id = a.client_id
			left join account b on b.id = a.acknowledged_by
			""";

	/**
	 * The clients a clinician looks after: those on their care team, and those they cover
	 * now (docs/adr/0015), so a crisis alert reaches whoever is caring for the client.
	 */
	private static final String CLIENT_OF_CLINICIAN = """
			a.client_id in (select m.client_id from care_team_member m where m.clinician_id = :clinician
			                union
			                select g.client_id from covering_access g where g.clinician_id = :clinician
			                  and g.ended_at is null and g.granted_at <= :now and g.expires_at > :now)""";

	/**
	 * The open alerts of a clinician's clients: {@code care_team_member_clinician} and
	 * {@code covering_access_clinician} find the clients, {@code alert_open_by_client}
	 * (partial, open alerts only) each one's open alerts.
	 */
	static final String COUNT_OPEN_FOR_CLINICIAN = "select count(*) from alert a where a.status = 'OPEN' and "
			+ CLIENT_OF_CLINICIAN;

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	AlertStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(NOTE);
	}

	/**
	 * Holds, until the transaction ends, the right to add alerts for this client, so two
	 * presses at once cannot both find no open alert and both add one.
	 */
	void lockClient(UUID clientId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended('alert:' || cast(:client as text), 0))")
			.param("client", clientId)
			.query((rs, row) -> 1)
			.list();
	}

	/** The newest open alert of this kind created at or after {@code since}. */
	Optional<UUID> openSince(UUID clientId, CrisisSignal.Kind kind, Instant since) {
		return this.jdbc.sql("""
				select id from alert where client_id = :client and kind = :kind and status = 'OPEN'
				  and created_at >= :since order by created_at desc limit 1""")
			.param("client", clientId)
			.param("kind", kind.name())
			.param("since", Timestamp.from(since))
			.query(UUID.class)
			.optional();
	}

	UUID add(UUID clientId, CrisisSignal.Kind kind, UUID sourceId, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into alert (id, client_id, kind, source_id, created_at)
				values (:id, :client, :kind, :source, :at)""")
			.param("id", id)
			.param("client", clientId)
			.param("kind", kind.name())
			.param("source", sourceId)
			.param("at", Timestamp.from(at))
			.update();
		return id;
	}

	/**
	 * Every alert of the clinician's clients (those they cover at {@code now} too), open
	 * ones first, newest first.
	 */
	List<Alert> forClinician(UUID clinicianId, Instant now) {
		return this.jdbc
			.sql(SELECT + "where " + CLIENT_OF_CLINICIAN + " order by a.status = 'OPEN' desc, a.created_at desc")
			.param("clinician", clinicianId)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> alert(rs))
			.list();
	}

	int countOpenForClinician(UUID clinicianId, Instant now) {
		return this.jdbc.sql(COUNT_OPEN_FOR_CLINICIAN)
			.param("clinician", clinicianId)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	List<Alert> openForClient(UUID clientId) {
		return this.jdbc.sql(SELECT + "where a.client_id = :client and a.status = 'OPEN' order by a.created_at desc")
			.param("client", clientId)
			.query((rs, row) -> alert(rs))
			.list();
	}

	/**
	 * Every alert of the client's, oldest first, as a record holds them: only the kind
	 * and when.
	 */
	List<AlertsExport.AlertPart> inRecord(UUID clientId) {
		return this.jdbc.sql("select kind, created_at from alert where client_id = :client order by created_at, id")
			.param("client", clientId)
			.query((rs, row) -> new AlertsExport.AlertPart(CrisisSignal.Kind.valueOf(rs.getString("kind")),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	Optional<Alert> find(UUID alertId) {
		return this.jdbc.sql(SELECT + "where a.id = :id").param("id", alertId).query((rs, row) -> alert(rs)).optional();
	}

	Optional<UUID> clientOf(UUID alertId) {
		return this.jdbc.sql("select client_id from alert where id = :id")
			.param("id", alertId)
			.query(UUID.class)
			.optional();
	}

	/** Acknowledges an open alert; false when it was acknowledged already. */
	boolean acknowledge(UUID alertId, UUID clinicianId, String note, Instant at) {
		return this.jdbc.sql("""
				update alert set status = 'ACKNOWLEDGED', acknowledged_at = :at, acknowledged_by = :by,
				                 acknowledgement_note = :note
				where id = :id and status = 'OPEN'""")
			.param("id", alertId)
			.param("at", Timestamp.from(at))
			.param("by", clinicianId)
			.param("note", this.cipher.seal(NOTE, alertId, note))
			.update() == 1;
	}

	/**
	 * Claims one open alert created at or before {@code due} that nobody has escalated
	 * yet, marking it escalated. The row stays locked until the transaction ends, and a
	 * node polling at the same time skips it, so no two nodes claim the same alert.
	 */
	Optional<UUID> claimDue(Instant due, Instant now) {
		return this.jdbc.sql("""
				update alert set escalated_at = :now
				where id = (select id from alert
				            where status = 'OPEN' and escalated_at is null and created_at <= :due
				            order by created_at for update skip locked limit 1)
				returning client_id""")
			.param("due", Timestamp.from(due))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.optional();
	}

	/** The display names of the client's clinicians, for the escalation email. */
	List<String> cliniciansOf(UUID clientId) {
		return this.jdbc.sql("""
				select a.display_name from care_team_member m join account a on a.id = m.clinician_id
				where m.client_id = :client order by a.display_name""")
			.param("client", clientId)
			.query(String.class)
			.list();
	}

	private Alert alert(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Alert(id, rs.getObject("client_id", UUID.class), CrisisSignal.Kind.valueOf(rs.getString("kind")),
				instant(rs, "created_at"), Alert.Status.valueOf(rs.getString("status")), rs.getString("client_name"),
				instant(rs, "acknowledged_at"), rs.getObject("acknowledged_by", UUID.class),
				rs.getString("acknowledged_by_name"), this.cipher.open(NOTE, id, rs.getString("acknowledgement_note")),
				instant(rs, "escalated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
