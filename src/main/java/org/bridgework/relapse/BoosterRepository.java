package org.bridgework.relapse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BoosterRepository implements EncryptedColumns {

	static final EncryptedColumn TITLE = EncryptedColumn.of("booster", "title");

	static final EncryptedColumn NOTE = EncryptedColumn.of("booster", "note");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	BoosterRepository(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(TITLE, NOTE);
	}

	void insert(Booster booster, UUID createdBy) {
		this.jdbc
			.sql("""
					insert into booster (id, client_id, series_id, assignment_id, template_key, title, on_date, note, created_by)
					values (:id, :client, :series, :assignment, :key, :title, :day, :note, :by)""")
			.param("id", booster.id())
			.param("client", booster.clientId())
			.param("series", booster.seriesId())
			.param("assignment", booster.assignmentId())
			.param("key", booster.templateKey())
			.param("title", this.cipher.seal(TITLE, booster.id(), booster.title()))
			.param("day", booster.date())
			.param("note", this.cipher.seal(NOTE, booster.id(), booster.note()))
			.param("by", createdBy)
			.update();
	}

	/** Locks the row, so a booster is cancelled once. */
	Optional<Booster> findForUpdate(UUID id) {
		return this.jdbc.sql("select * from booster where id = :id for update")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	/** By date, then by when they were planned. */
	List<Booster> forClient(UUID clientId) {
		return this.jdbc.sql("select * from booster where client_id = :client order by on_date, created_at, id")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	void cancel(UUID id, UUID by) {
		this.jdbc.sql("update booster set cancelled_at = now(), cancelled_by = :by where id = :id")
			.param("id", id)
			.param("by", by)
			.update();
	}

	private Booster map(ResultSet rs, int row) throws SQLException {
		Timestamp cancelled = rs.getTimestamp("cancelled_at");
		UUID id = rs.getObject("id", UUID.class);
		return new Booster(id, rs.getObject("client_id", UUID.class), rs.getObject("series_id", UUID.class),
				rs.getObject("assignment_id", UUID.class), rs.getString("template_key"),
				this.cipher.open(TITLE, id, rs.getString("title")), rs.getObject("on_date", LocalDate.class),
				this.cipher.open(NOTE, id, rs.getString("note")), (cancelled == null) ? null : cancelled.toInstant());
	}

}
