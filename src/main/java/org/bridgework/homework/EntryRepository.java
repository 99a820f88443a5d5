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

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EntryRepository implements EncryptedColumns {

	private static final TypeReference<Map<String, Object>> ANSWERS_TYPE = new TypeReference<>() {
	};

	static final EncryptedColumn ANSWERS = EncryptedColumn.of("entry", "answers");

	static final EncryptedColumn NOTE = EncryptedColumn.of("entry", "note");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final FieldCipher cipher;

	EntryRepository(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(ANSWERS, NOTE);
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
				values (:id, :assignment, :client, :day, :answers, :duration, :quality, :moodBefore, :moodAfter,
				    :note, :private, :flag, :key, :hash, :listened)
				on conflict (client_id, idempotency_key) do nothing
				returning id""")
			.param("id", id)
			.param("assignment", assignment.id())
			.param("client", assignment.clientId())
			.param("day", entry.occurredOn())
			.param("answers", this.cipher.seal(ANSWERS, id, this.json.writeValueAsString(entry.answers())))
			.param("duration", entry.durationSeconds())
			.param("quality", entry.quality())
			.param("moodBefore", entry.moodBefore())
			.param("moodAfter", entry.moodAfter())
			.param("note", this.cipher.seal(NOTE, id, entry.note()))
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
		UUID id = rs.getObject("id", UUID.class);
		String answers = this.cipher.open(ANSWERS, id, rs.getString("answers"));
		return new Entry(id, rs.getObject("assignment_id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
				this.json.readValue(answers, ANSWERS_TYPE), (Integer) rs.getObject("duration_seconds"),
				shortToInteger(rs.getObject("quality")), shortToInteger(rs.getObject("mood_before")),
				shortToInteger(rs.getObject("mood_after")), this.cipher.open(NOTE, id, rs.getString("note")),
				rs.getBoolean("private"), rs.getBoolean("flag_for_session"), rs.getTimestamp("created_at").toInstant(),
				(Integer) rs.getObject("listened_seconds"));
	}

	private static Integer shortToInteger(Object value) {
		return (value == null) ? null : ((Number) value).intValue();
	}

	record IdempotentRecord(UUID id, String requestHash) {
	}

}
