package org.bridgework.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The three tables of the session rhythm. Callers have checked access already.
 */
@Repository
class SessionStore implements EncryptedColumns {

	static final EncryptedColumn CHECK_IN_TEXT = EncryptedColumn.of("check_in", "text");

	static final EncryptedColumn LEARNED = EncryptedColumn.of("session_summary", "learned");

	static final EncryptedColumn PRACTISED = EncryptedColumn.of("session_summary", "practised");

	static final EncryptedColumn STILL_HARD = EncryptedColumn.of("session_summary", "still_hard");

	static final EncryptedColumn HOMEWORK_AGREED = EncryptedColumn.of("session_summary", "homework_agreed");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	SessionStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(CHECK_IN_TEXT, LEARNED, PRACTISED, STILL_HARD, HOMEWORK_AGREED);
	}

	/** Adds the day once; the same day again answers the first one's id. */
	UUID addSession(UUID clientId, LocalDate day, UUID createdBy) {
		this.jdbc.sql("""
				insert into session_date (id, client_id, held_on, created_by) values (:id, :client, :day, :by)
				on conflict (client_id, held_on) do nothing""")
			.param("id", UUID.randomUUID())
			.param("client", clientId)
			.param("day", day)
			.param("by", createdBy)
			.update();
		return this.jdbc.sql("select id from session_date where client_id = :client and held_on = :day")
			.param("client", clientId)
			.param("day", day)
			.query(UUID.class)
			.single();
	}

	/** Removes a session date of this client's; false when there is none. */
	boolean removeSession(UUID clientId, UUID sessionId) {
		return this.jdbc.sql("delete from session_date where id = :id and client_id = :client")
			.param("id", sessionId)
			.param("client", clientId)
			.update() == 1;
	}

	/** Newest first. */
	List<SessionDate> sessions(UUID clientId) {
		return this.jdbc.sql("select id, held_on from session_date where client_id = :client order by held_on desc")
			.param("client", clientId)
			.query((rs, row) -> new SessionDate(rs.getObject("id", UUID.class),
					rs.getObject("held_on", LocalDate.class)))
			.list();
	}

	/**
	 * Stores a check-in once per key; empty when the key was used before (a null key is
	 * never used before).
	 */
	Optional<UUID> addCheckIn(UUID clientId, String text, Instant at, String key) {
		UUID id = UUID.randomUUID();
		return this.jdbc.sql("""
				insert into check_in (id, client_id, text, created_at, idempotency_key)
				values (:id, :client, :text, :at, :key)
				on conflict (client_id, idempotency_key) where idempotency_key is not null do nothing
				returning id""")
			.param("id", id)
			.param("client", clientId)
			.param("text", this.cipher.seal(CHECK_IN_TEXT, id, text))
			.param("at", java.sql.Timestamp.from(at))
			.param("key", key)
			.query(UUID.class)
			.optional();
	}

	Optional<CheckIn> checkInByKey(UUID clientId, ZoneId zone, String key) {
		return this.jdbc
			.sql("select id, text, created_at from check_in where client_id = :client and idempotency_key = :key")
			.param("client", clientId)
			.param("key", key)
			.query((rs, row) -> checkIn(rs, zone))
			.optional();
	}

	/** Newest first, those written from {@code since} on (all when null). */
	List<CheckIn> checkIns(UUID clientId, ZoneId zone, Instant since) {
		return this.jdbc.sql("""
				select id, text, created_at from check_in
				where client_id = :client and (cast(:since as timestamptz) is null or created_at >= :since)
				order by created_at desc""")
			.param("client", clientId)
			.param("since", (since != null) ? java.sql.Timestamp.from(since) : null, java.sql.Types.TIMESTAMP)
			.query((rs, row) -> checkIn(rs, zone))
			.list();
	}

	UUID addSummary(UUID clientId, LocalDate writtenOn, SummaryRequest summary, UUID createdBy, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into session_summary
				  (id, client_id, written_on, learned, practised, still_hard, homework_agreed, created_by, created_at)
				values (:id, :client, :day, :learned, :practised, :hard, :agreed, :by, :at)""")
			.param("id", id)
			.param("client", clientId)
			.param("day", writtenOn)
			.param("learned", this.cipher.seal(LEARNED, id, summary.learned()))
			.param("practised", this.cipher.seal(PRACTISED, id, summary.practised()))
			.param("hard", this.cipher.seal(STILL_HARD, id, summary.stillHard()))
			.param("agreed", this.cipher.seal(HOMEWORK_AGREED, id, summary.homeworkAgreed()))
			.param("by", createdBy)
			.param("at", java.sql.Timestamp.from(at))
			.update();
		return id;
	}

	/** Newest first. */
	List<SessionSummary> summaries(UUID clientId) {
		return this.jdbc.sql("""
				select id, written_on, learned, practised, still_hard, homework_agreed, created_at
				from session_summary where client_id = :client order by created_at desc, id""")
			.param("client", clientId)
			.query(this::summary)
			.list();
	}

	private SessionSummary summary(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new SessionSummary(id, rs.getObject("written_on", LocalDate.class),
				this.cipher.open(LEARNED, id, rs.getString("learned")),
				this.cipher.open(PRACTISED, id, rs.getString("practised")),
				this.cipher.open(STILL_HARD, id, rs.getString("still_hard")),
				this.cipher.open(HOMEWORK_AGREED, id, rs.getString("homework_agreed")),
				rs.getTimestamp("created_at").toInstant(), false);
	}

	private CheckIn checkIn(ResultSet rs, ZoneId zone) throws SQLException {
		Instant at = rs.getTimestamp("created_at").toInstant();
		UUID id = rs.getObject("id", UUID.class);
		return new CheckIn(id, this.cipher.open(CHECK_IN_TEXT, id, rs.getString("text")), at,
				LocalDate.ofInstant(at, zone));
	}

}
