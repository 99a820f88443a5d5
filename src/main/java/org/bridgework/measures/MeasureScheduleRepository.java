package org.bridgework.measures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.bridgework.identity.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MeasureScheduleRepository {

	private final JdbcClient jdbc;

	MeasureScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(MeasureSchedule schedule, CurrentUser by) {
		this.jdbc.sql("""
				insert into measure_schedule (id, client_id, instrument, every, start_date, created_by)
				values (:id, :client, :instrument, :every, :start, :by)""")
			.param("id", schedule.id())
			.param("client", schedule.clientId())
			.param("instrument", schedule.instrument())
			.param("every", schedule.every().name())
			.param("start", schedule.startDate())
			.param("by", by.id())
			.update();
	}

	/** A schedule still running. */
	Optional<MeasureSchedule> findActive(UUID id) {
		return this.jdbc.sql("select * from measure_schedule where id = :id and stopped_at is null")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	List<MeasureSchedule> active(UUID clientId) {
		return this.jdbc.sql(
				"select * from measure_schedule where client_id = :client and stopped_at is null order by created_at, id")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	/** Every schedule the client has had, running or stopped, oldest first. */
	List<KeptSchedule> everyOne(UUID clientId) {
		return this.jdbc.sql("select * from measure_schedule where client_id = :client order by created_at, id")
			.param("client", clientId)
			.query((rs, row) -> {
				java.sql.Timestamp stopped = rs.getTimestamp("stopped_at");
				return new KeptSchedule(map(rs, row), rs.getTimestamp("created_at").toInstant(),
						(stopped != null) ? stopped.toInstant() : null);
			})
			.list();
	}

	void stop(UUID id, CurrentUser by) {
		this.jdbc.sql("update measure_schedule set stopped_at = now(), stopped_by = :by where id = :id")
			.param("id", id)
			.param("by", by.id())
			.update();
	}

	private MeasureSchedule map(ResultSet rs, int row) throws SQLException {
		return new MeasureSchedule(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("instrument"), MeasureSchedule.Every.valueOf(rs.getString("every")),
				rs.getObject("start_date", LocalDate.class));
	}

	/**
	 * @param stoppedAt when the clinician stopped it, or null while it runs
	 */
	record KeptSchedule(@JsonUnwrapped MeasureSchedule schedule, Instant createdAt, Instant stoppedAt) {
	}

}
