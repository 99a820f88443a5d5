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

import org.bridgework.homework.EntryRepository.IdempotentRecord;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SkipRepository implements EncryptedColumns {

	static final EncryptedColumn NOTE = EncryptedColumn.of("skip", "note");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	SkipRepository(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(NOTE);
	}

	Optional<UUID> insertOnce(UUID id, Assignment assignment, SkipRequest skip, String key, String requestHash) {
		return this.jdbc
			.sql("""
					insert into skip (id, assignment_id, client_id, occurred_on, reason, note, idempotency_key, request_hash)
					values (:id, :assignment, :client, :day, :reason, :note, :key, :hash)
					on conflict (client_id, idempotency_key) do nothing
					returning id""")
			.param("id", id)
			.param("assignment", assignment.id())
			.param("client", assignment.clientId())
			.param("day", skip.occurredOn())
			.param("reason", skip.reason().name())
			.param("note", this.cipher.seal(NOTE, id, skip.note()))
			.param("key", key)
			.param("hash", requestHash)
			.query(UUID.class)
			.optional();
	}

	Optional<IdempotentRecord> findByKey(UUID clientId, String key) {
		return this.jdbc.sql("select id, request_hash from skip where client_id = :client and idempotency_key = :key")
			.param("client", clientId)
			.param("key", key)
			.query((rs, row) -> new IdempotentRecord(rs.getObject("id", UUID.class), rs.getString("request_hash")))
			.optional();
	}

	List<Skip> forAssignment(UUID assignmentId) {
		return this.jdbc
			.sql("select * from skip where assignment_id = :assignment order by occurred_on desc, created_at desc")
			.param("assignment", assignmentId)
			.query(this::map)
			.list();
	}

	List<Skip> forClient(UUID clientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select * from skip where client_id = :client and occurred_on between :from and :to
				order by occurred_on desc, created_at desc""")
			.param("client", clientId)
			.param("from", from)
			.param("to", to)
			.query(this::map)
			.list();
	}

	Map<UUID, Set<LocalDate>> daysByAssignment(UUID clientId, LocalDate from, LocalDate to) {
		return forClient(clientId, from, to).stream()
			.collect(Collectors.groupingBy(Skip::assignmentId,
					Collectors.mapping(Skip::occurredOn, Collectors.toSet())));
	}

	private Skip map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Skip(id, rs.getObject("assignment_id", UUID.class), rs.getObject("occurred_on", LocalDate.class),
				SkipReason.valueOf(rs.getString("reason")), this.cipher.open(NOTE, id, rs.getString("note")),
				rs.getTimestamp("created_at").toInstant());
	}

}
