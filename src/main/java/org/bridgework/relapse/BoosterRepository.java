package org.bridgework.relapse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class BoosterRepository {

	private final JdbcClient jdbc;

	BoosterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
			.param("title", booster.title())
			.param("day", booster.date())
			.param("note", booster.note())
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
		return new Booster(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("series_id", UUID.class), rs.getObject("assignment_id", UUID.class),
				rs.getString("template_key"), rs.getString("title"), rs.getObject("on_date", LocalDate.class),
				rs.getString("note"), (cancelled == null) ? null : cancelled.toInstant());
	}

}
