package org.bridgework.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EntryRepository {

	private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EntryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores the entry unless this client already used the key. The unique constraint
	 * decides, so two replays racing each other still store one row.
	 * @return the new entry's id, or empty when the key was taken
	 */
	Optional<UUID> insertOnce(UUID id, Assignment assignment, EntryRequest entry, String key, String requestHash) {
		return this.jdbc.sql("""
				insert into entry (id, assignment_id, client_id, occurred_on, answers, duration_seconds, quality,
				    mood_before, mood_after, note, private, flag_for_session, idempotency_key, request_hash,
				    listened_seconds)
				values (:id, :assignment, :client, :day, :answers::jsonb, :duration, :quality, :moodBefore, :moodAfter,
				    :note, :private, :flag, :key, :hash, :listened)
				on conflict (client_id, idempotency_key) do nothing
				returning id""")
			.param("id", id)
			.param("assignment", assignment.id())
			.param("client", assignment.clientId())
			.param("day", entry.occurredOn())
			.param("answers", this.json.writeValueAsString(entry.answers()))
			.param("duration", entry.durationSeconds())
			.param("quality", entry.quality())
			.param("moodBefore", entry.moodBefore())
			.param("moodAfter", entry.moodAfter())
			.param("note", entry.note())
			.param("private", entry.keepPrivate())
			.param("flag", entry.flagForSession())
			.param("key", key)
			.param("hash", requestHash)
			.param("listened", entry.listenedSeconds())
			.query(UUID.class)
			.optional();
	}

	Optional<IdempotentRecord> findByKey(UUID clientId, String key) {
		return this.jdbc.sql("select id, request_hash from entry where client_id = :client and idempotency_key = :key")
			.param("client", clientId)
			.param("key", key)
			.query((rs, row) -> new IdempotentRecord(rs.getObject("id", UUID.class), rs.getString("request_hash")))
			.optional();
	}

	List<Entry> forAssignment(UUID assignmentId) {
		return this.jdbc
			.sql("select * from entry where assignment_id = :assignment order by occurred_on desc, created_at desc")
			.param("assignment", assignmentId)
			.query(this::map)
			.list();
	}

	List<Entry> forClient(UUID clientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select * from entry where client_id = :client and occurred_on between :from and :to
				order by occurred_on desc, created_at desc""")
			.param("client", clientId)
			.param("from", from)
			.param("to", to)
			.query(this::map)
			.list();
	}

	Map<UUID, Set<LocalDate>> daysByAssignment(UUID clientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select distinct assignment_id, occurred_on from entry
				where client_id = :client and occurred_on between :from and :to""")
			.param("client", clientId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> Map.entry(rs.getObject("assignment_id", UUID.class),
					rs.getObject("occurred_on", LocalDate.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
	}

	private Entry map(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
				rs.getObject("occurred_on", LocalDate.class), this.json.readValue(rs.getString("answers"), ANSWERS),
				(Integer) rs.getObject("duration_seconds"), shortToInteger(rs.getObject("quality")),
				shortToInteger(rs.getObject("mood_before")), shortToInteger(rs.getObject("mood_after")),
				rs.getString("note"), rs.getBoolean("private"), rs.getBoolean("flag_for_session"),
				rs.getTimestamp("created_at").toInstant(), (Integer) rs.getObject("listened_seconds"));
	}

	private static Integer shortToInteger(Object value) {
		return (value == null) ? null : ((Number) value).intValue();
	}

	record IdempotentRecord(UUID id, String requestHash) {
	}

}
