package org.bridgework.homework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, Assignment assignment, String fieldName, String mediaType, byte[] content) {
		this.jdbc.sql("""
				insert into attachment (id, client_id, assignment_id, field_name, media_type, byte_size, content)
				values (:id, :client, :assignment, :field, :mediaType, :size, :content)""")
			.param("id", id)
			.param("client", assignment.clientId())
			.param("assignment", assignment.id())
			.param("field", fieldName)
			.param("mediaType", mediaType)
			.param("size", content.length)
			.param("content", content)
			.update();
	}

	Optional<StoredAttachment> find(UUID id) {
		return this.jdbc.sql("""
				select a.id, a.client_id, a.assignment_id, a.field_name, a.media_type, a.byte_size, a.entry_id,
				    coalesce(e.private, false) as private
				from attachment a left join entry e on e.id = a.entry_id
				where a.id = :id""")
			.param("id", id)
			.query((rs, row) -> new StoredAttachment(rs.getObject("id", UUID.class),
					rs.getObject("client_id", UUID.class), rs.getObject("assignment_id", UUID.class),
					rs.getString("field_name"), rs.getString("media_type"), rs.getInt("byte_size"),
					rs.getObject("entry_id", UUID.class), rs.getBoolean("private")))
			.optional();
	}

	byte[] read(UUID id, long offset, int length) {
		// substring counts from 1; on uncompressed (external) storage it reads only the
		// chunks it needs.
		return this.jdbc.sql("select substring(content from :from::integer for :length) from attachment where id = :id")
			.param("id", id)
			.param("from", Math.toIntExact(offset + 1))
			.param("length", length)
			.query(byte[].class)
			.single();
	}

	/**
	 * Whether an entry may take this file: the client's own upload for this assignment
	 * and question, not yet part of another entry. An upload already part of the entry
	 * stored under the same idempotency key counts too, so a replayed request is
	 * recognised rather than refused.
	 */
	boolean isClaimable(Assignment assignment, String fieldName, UUID id, String idempotencyKey) {
		return this.jdbc.sql("""
				select count(*) from attachment a left join entry e on e.id = a.entry_id
				where a.id = :id and a.client_id = :client and a.assignment_id = :assignment
				    and a.field_name = :field and (a.entry_id is null or e.idempotency_key = :key)""")
			.param("id", id)
			.param("client", assignment.clientId())
			.param("assignment", assignment.id())
			.param("field", fieldName)
			.param("key", idempotencyKey)
			.query(Integer.class)
			.single() > 0;
	}

	boolean claim(UUID entryId, UUID id) {
		return this.jdbc.sql("update attachment set entry_id = :entry where id = :id and entry_id is null")
			.param("entry", entryId)
			.param("id", id)
			.update() == 1;
	}

	/** Every file of the client's, with whether the entry naming it is private. */
	List<KeptFile> forClient(UUID clientId) {
		return this.jdbc.sql("""
				select a.id, a.entry_id, a.assignment_id, a.field_name, a.media_type, a.byte_size, a.uploaded_at,
				    coalesce(e.private, false) as private
				from attachment a left join entry e on e.id = a.entry_id
				where a.client_id = :client order by a.uploaded_at, a.id""")
			.param("client", clientId)
			.query((rs,
					row) -> new KeptFile(new AttachmentFile(rs.getObject("id", UUID.class),
							rs.getObject("entry_id", UUID.class), rs.getObject("assignment_id", UUID.class),
							rs.getString("field_name"), rs.getString("media_type"), rs.getInt("byte_size"),
							rs.getTimestamp("uploaded_at").toInstant()), rs.getBoolean("private")))
			.list();
	}

	/** Uploads never made part of an entry: a form given up, or a file replaced. */
	int deleteUnclaimedBefore(Instant cutoff) {
		return this.jdbc.sql("delete from attachment where entry_id is null and uploaded_at < :cutoff")
			.param("cutoff", java.sql.Timestamp.from(cutoff))
			.update();
	}

	record KeptFile(AttachmentFile file, boolean privateEntry) {
	}

	record StoredAttachment(UUID id, UUID clientId, UUID assignmentId, String fieldName, String mediaType, int size,
			UUID entryId, boolean privateEntry) {

		boolean isClaimed() {
			return this.entryId != null;
		}

	}

}
