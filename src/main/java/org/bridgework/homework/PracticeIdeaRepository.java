package org.bridgework.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.homework.EntryRepository.IdempotentRecord;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PracticeIdeaRepository implements EncryptedColumns {

	static final EncryptedColumn TITLE = EncryptedColumn.of("practice_idea", "title");

	static final EncryptedColumn WHY = EncryptedColumn.of("practice_idea", "why");

	static final EncryptedColumn WHEN_AND_CUE = EncryptedColumn.of("practice_idea", "when_and_cue");

	static final EncryptedColumn REPLY = EncryptedColumn.of("practice_idea", "reply");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	PracticeIdeaRepository(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(TITLE, WHY, WHEN_AND_CUE, REPLY);
	}

	Optional<UUID> insertOnce(UUID id, UUID clientId, UUID proposedBy, PracticeIdeaRequest idea, String key,
			String hash) {
		return this.jdbc.sql("""
				insert into practice_idea (id, client_id, proposed_by, title, why, when_and_cue, duration_minutes,
				                           status, idempotency_key, request_hash)
				values (:id, :client, :by, :title, :why, :when, :minutes, 'PROPOSED', :key, :hash)
				on conflict (client_id, idempotency_key) do nothing
				returning id""")
			.param("id", id)
			.param("client", clientId)
			.param("by", proposedBy)
			.param("title", this.cipher.seal(TITLE, id, idea.title()))
			.param("why", this.cipher.seal(WHY, id, idea.why()))
			.param("when", this.cipher.seal(WHEN_AND_CUE, id, idea.whenAndCue()))
			.param("minutes", idea.durationMinutes())
			.param("key", key)
			.param("hash", hash)
			.query(UUID.class)
			.optional();
	}

	Optional<IdempotentRecord> findByKey(UUID clientId, String key) {
		return this.jdbc
			.sql("select id, request_hash from practice_idea where client_id = :client and idempotency_key = :key")
			.param("client", clientId)
			.param("key", key)
			.query((rs, row) -> new IdempotentRecord(rs.getObject("id", UUID.class), rs.getString("request_hash")))
			.optional();
	}

	Optional<PracticeIdea> find(UUID id) {
		return this.jdbc.sql("select * from practice_idea where id = :id").param("id", id).query(this::map).optional();
	}

	List<PracticeIdea> forClient(UUID clientId) {
		return this.jdbc.sql("select * from practice_idea where client_id = :client order by created_at desc")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	/** Decides an idea still open; false when someone decided it first. */
	boolean decide(UUID id, PlanProposal.Status status, String reply, UUID assignmentId, UUID decidedBy) {
		return this.jdbc.sql("""
				update practice_idea
				set status = :status, reply = :reply, assignment_id = :assignment, decided_by = :by, decided_at = now()
				where id = :id and status = 'PROPOSED'""")
			.param("id", id)
			.param("status", status.name())
			.param("reply", this.cipher.seal(REPLY, id, reply))
			.param("assignment", assignmentId)
			.param("by", decidedBy)
			.update() == 1;
	}

	private PracticeIdea map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		UUID id = rs.getObject("id", UUID.class);
		return new PracticeIdea(id, rs.getObject("client_id", UUID.class),
				this.cipher.open(TITLE, id, rs.getString("title")), this.cipher.open(WHY, id, rs.getString("why")),
				this.cipher.open(WHEN_AND_CUE, id, rs.getString("when_and_cue")),
				rs.getObject("duration_minutes", Integer.class), PlanProposal.Status.valueOf(rs.getString("status")),
				this.cipher.open(REPLY, id, rs.getString("reply")), rs.getObject("assignment_id", UUID.class),
				rs.getTimestamp("created_at").toInstant(), (decided != null) ? decided.toInstant() : null);
	}

}
