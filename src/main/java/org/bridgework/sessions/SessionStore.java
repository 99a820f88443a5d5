package org.bridgework.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The three tables of the session rhythm. Callers have checked access already.
 */
@Repository
class SessionStore {

	private final JdbcClient jdbc;

	SessionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return this.jdbc.sql("""
				insert into check_in (id, client_id, text, created_at, idempotency_key)
				values (:id, :client, :text, :at, :key)
				on conflict (client_id, idempotency_key) where idempotency_key is not null do nothing
				returning id""")
			.param("id", UUID.randomUUID())
			.param("client", clientId)
			.param("text", text)
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
			.param("learned", summary.learned())
			.param("practised", summary.practised())
			.param("hard", summary.stillHard())
			.param("agreed", summary.homeworkAgreed())
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
			.query((rs, row) -> new SessionSummary(rs.getObject("id", UUID.class),
					rs.getObject("written_on", LocalDate.class), rs.getString("learned"), rs.getString("practised"),
					rs.getString("still_hard"), rs.getString("homework_agreed"),
					rs.getTimestamp("created_at").toInstant(), false))
			.list();
	}

	private static CheckIn checkIn(ResultSet rs, ZoneId zone) throws SQLException {
		Instant at = rs.getTimestamp("created_at").toInstant();
		return new CheckIn(rs.getObject("id", UUID.class), rs.getString("text"), at, LocalDate.ofInstant(at, zone));
	}

}
