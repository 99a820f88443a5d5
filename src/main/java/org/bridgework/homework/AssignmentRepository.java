package org.bridgework.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssignmentRepository {

	private static final String SELECT = """
			select a.*, t.key as template_key from assignment a
			join template_version t on t.id = a.template_version_id
			""";

	private static final TypeReference<List<Barrier>> BARRIERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AssignmentRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Assignment assignment, UUID createdBy) {
		this.jdbc.sql("""
				insert into assignment (id, client_id, template_version_id, title, goal, purpose, days_of_week,
				    time_of_day, cue, duration_minutes, start_date, end_date, barriers, created_by, goal_id)
				values (:id, :client, :template, :title, :goal, :purpose, :days::text[], :time, :cue, :duration,
				    :start, :end, :barriers::jsonb, :createdBy, :goalId)""")
			.param("id", assignment.id())
			.param("client", assignment.clientId())
			.param("template", assignment.templateVersionId())
			.param("title", assignment.title())
			.param("goal", assignment.goal())
			.param("purpose", assignment.purpose())
			.param("days",
					assignment.schedule()
						.orderedDays()
						.stream()
						.map(DayOfWeek::name)
						.collect(Collectors.joining(",", "{", "}")))
			.param("time",
					(assignment.schedule().timeOfDay() == null) ? null
							: Time.valueOf(assignment.schedule().timeOfDay()))
			.param("cue", assignment.cue())
			.param("duration", assignment.durationMinutes())
			.param("start", assignment.startDate())
			.param("end", assignment.endDate())
			.param("barriers", this.json.writeValueAsString(assignment.barriers()))
			.param("createdBy", createdBy)
			.param("goalId", assignment.goalId())
			.update();
	}

	/** Deletes the assignment unless something was recorded for it; true when deleted. */
	boolean deleteIfUntouched(UUID id) {
		return this.jdbc.sql("""
				delete from assignment a where a.id = :id
				and not exists (select 1 from entry e where e.assignment_id = a.id)
				and not exists (select 1 from skip s where s.assignment_id = a.id)""").param("id", id).update() == 1;
	}

	Optional<Assignment> find(UUID id) {
		return this.jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(this::map).optional();
	}

	List<Assignment> forClient(UUID clientId) {
		return this.jdbc.sql(SELECT + " where a.client_id = :client order by a.start_date desc, a.created_at desc")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	List<Assignment> forClientOverlapping(UUID clientId, LocalDate from, LocalDate to) {
		return this.jdbc.sql(SELECT + """
				where a.client_id = :client and a.start_date <= :to and (a.end_date is null or a.end_date >= :from)
				order by a.created_at""")
			.param("client", clientId)
			.param("from", from)
			.param("to", to)
			.query(this::map)
			.list();
	}

	/** Ties the assignment to another goal (or none), its goal in words following. */
	void serveGoal(UUID assignmentId, UUID goalId, String words) {
		this.jdbc.sql("update assignment set goal_id = :goal, goal = :words where id = :id")
			.param("goal", goalId)
			.param("words", words)
			.param("id", assignmentId)
			.update();
	}

	private Assignment map(ResultSet rs, int row) throws SQLException {
		Set<DayOfWeek> days = Arrays.stream((String[]) rs.getArray("days_of_week").getArray())
			.map(DayOfWeek::valueOf)
			.collect(Collectors.toSet());
		Time time = rs.getTime("time_of_day");
		LocalDate end = rs.getObject("end_date", LocalDate.class);
		return new Assignment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getObject("template_version_id", UUID.class), rs.getString("template_key"), rs.getString("title"),
				rs.getString("goal"), rs.getString("purpose"),
				new WeeklySchedule(days, (time == null) ? null : time.toLocalTime()), rs.getString("cue"),
				(Integer) rs.getObject("duration_minutes"), rs.getObject("start_date", LocalDate.class), end,
				this.json.readValue(rs.getString("barriers"), BARRIERS), rs.getTimestamp("created_at").toInstant(),
				rs.getString("place"), rs.getObject("goal_id", UUID.class));
	}

}
