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

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AssignmentRepository implements EncryptedColumns {

	private static final String SELECT = """
			select a.*, t.key as template_key from assignment a
			join template_version t on t.id = a.template_version_id
			""";

	private static final TypeReference<List<Barrier>> BARRIERS_TYPE = new TypeReference<>() {
	};

	static final EncryptedColumn TITLE = EncryptedColumn.of("assignment", "title");

	static final EncryptedColumn GOAL = EncryptedColumn.of("assignment", "goal");

	static final EncryptedColumn PURPOSE = EncryptedColumn.of("assignment", "purpose");

	static final EncryptedColumn CUE = EncryptedColumn.of("assignment", "cue");

	static final EncryptedColumn PLACE = EncryptedColumn.of("assignment", "place");

	static final EncryptedColumn BARRIERS = EncryptedColumn.of("assignment", "barriers");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final FieldCipher cipher;

	AssignmentRepository(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(TITLE, GOAL, PURPOSE, CUE, PLACE, BARRIERS);
	}

	void insert(Assignment assignment, UUID createdBy) {
		this.jdbc.sql("""
				insert into assignment (id, client_id, template_version_id, title, goal, purpose, days_of_week,
				    time_of_day, cue, duration_minutes, start_date, end_date, barriers, created_by, goal_id)
				values (:id, :client, :template, :title, :goal, :purpose, :days::text[], :time, :cue, :duration,
				    :start, :end, :barriers, :createdBy, :goalId)""")
			.param("id", assignment.id())
			.param("client", assignment.clientId())
			.param("template", assignment.templateVersionId())
			.param("title", this.cipher.seal(TITLE, assignment.id(), assignment.title()))
			.param("goal", this.cipher.seal(GOAL, assignment.id(), assignment.goal()))
			.param("purpose", this.cipher.seal(PURPOSE, assignment.id(), assignment.purpose()))
			.param("days",
					assignment.schedule()
						.orderedDays()
						.stream()
						.map(DayOfWeek::name)
						.collect(Collectors.joining(",", "{", "}")))
			.param("time",
					(assignment.schedule().timeOfDay() == null) ? null
							: Time.valueOf(assignment.schedule().timeOfDay()))
			.param("cue", this.cipher.seal(CUE, assignment.id(), assignment.cue()))
			.param("duration", assignment.durationMinutes())
			.param("start", assignment.startDate())
			.param("end", assignment.endDate())
			.param("barriers",
					this.cipher.seal(BARRIERS, assignment.id(), this.json.writeValueAsString(assignment.barriers())))
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
			.param("words", this.cipher.seal(GOAL, assignmentId, words))
			.param("id", assignmentId)
			.update();
	}

	private Assignment map(ResultSet rs, int row) throws SQLException {
		Set<DayOfWeek> days = Arrays.stream((String[]) rs.getArray("days_of_week").getArray())
			.map(DayOfWeek::valueOf)
			.collect(Collectors.toSet());
		Time time = rs.getTime("time_of_day");
		LocalDate end = rs.getObject("end_date", LocalDate.class);
		UUID id = rs.getObject("id", UUID.class);
		String barriers = this.cipher.open(BARRIERS, id, rs.getString("barriers"));
		return new Assignment(id, rs.getObject("client_id", UUID.class),
				rs.getObject("template_version_id", UUID.class), rs.getString("template_key"),
				this.cipher.open(TITLE, id, rs.getString("title")), this.cipher.open(GOAL, id, rs.getString("goal")),
				this.cipher.open(PURPOSE, id, rs.getString("purpose")),
				new WeeklySchedule(days, (time == null) ? null : time.toLocalTime()),
				this.cipher.open(CUE, id, rs.getString("cue")), (Integer) rs.getObject("duration_minutes"),
				rs.getObject("start_date", LocalDate.class), end, this.json.readValue(barriers, BARRIERS_TYPE),
				rs.getTimestamp("created_at").toInstant(), this.cipher.open(PLACE, id, rs.getString("place")),
				rs.getObject("goal_id", UUID.class));
	}

}
