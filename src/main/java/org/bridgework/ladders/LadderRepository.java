package org.bridgework.ladders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class LadderRepository implements EncryptedColumns {

	private static final TypeReference<List<LadderStep>> STEPS_TYPE = new TypeReference<>() {
	};

	static final EncryptedColumn STEPS = new EncryptedColumn("ladder", "assignment_id", "steps");

	static final EncryptedColumn TARGET_UNIT = new EncryptedColumn("ladder", "assignment_id", "target_unit");

	static final EncryptedColumn FROM_LABEL = EncryptedColumn.of("ladder_step_change", "from_label");

	static final EncryptedColumn TO_LABEL = EncryptedColumn.of("ladder_step_change", "to_label");

	static final EncryptedColumn NOTE = EncryptedColumn.of("ladder_step_change", "note");

	private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final FieldCipher cipher;

	LadderRepository(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(STEPS, TARGET_UNIT, FROM_LABEL, TO_LABEL, NOTE);
	}

	Optional<Ladder> find(UUID assignmentId) {
		return this.jdbc.sql("select * from ladder where assignment_id = :id")
			.param("id", assignmentId)
			.query(this::map)
			.optional();
	}

	/** Locks the ladder's row, so two step changes at once cannot both apply. */
	Optional<Ladder> findForUpdate(UUID assignmentId) {
		return this.jdbc.sql("select * from ladder where assignment_id = :id for update")
			.param("id", assignmentId)
			.query(this::map)
			.optional();
	}

	void save(Ladder ladder, CurrentUser by) {
		LadderPlan plan = ladder.plan();
		MoveOn.DoneOnDays days = (plan.moveOn() instanceof MoveOn.DoneOnDays d) ? d : null;
		MoveOn.FieldAtMost field = (plan.moveOn() instanceof MoveOn.FieldAtMost f) ? f : null;
		this.jdbc.sql("""
				insert into ladder (assignment_id, steps, target_unit, current_step, step_started_on, client_may_step,
				    move_on_kind, move_on_times, move_on_of_last, move_on_min_quality, move_on_field, move_on_at_most,
				    back_field, back_at_least, back_entries, back_hard_skips, created_by, updated_by)
				values (:id, :steps, :unit, :current, :started, :clientMayStep,
				    :kind, :times, :ofLast, :minQuality, :field, :atMost,
				    :backField, :backAtLeast, :backEntries, :backSkips, :by, :by)
				on conflict (assignment_id) do update set steps = excluded.steps, target_unit = excluded.target_unit,
				    current_step = excluded.current_step, step_started_on = excluded.step_started_on,
				    client_may_step = excluded.client_may_step, move_on_kind = excluded.move_on_kind,
				    move_on_times = excluded.move_on_times, move_on_of_last = excluded.move_on_of_last,
				    move_on_min_quality = excluded.move_on_min_quality, move_on_field = excluded.move_on_field,
				    move_on_at_most = excluded.move_on_at_most, back_field = excluded.back_field,
				    back_at_least = excluded.back_at_least, back_entries = excluded.back_entries,
				    back_hard_skips = excluded.back_hard_skips, updated_by = excluded.updated_by, updated_at = now()""")
			.param("id", ladder.assignmentId())
			.param("steps", this.cipher.seal(STEPS, ladder.assignmentId(), this.json.writeValueAsString(plan.steps())))
			.param("unit", this.cipher.seal(TARGET_UNIT, ladder.assignmentId(), plan.targetUnit()))
			.param("current", ladder.currentStep())
			.param("started", ladder.stepStartedOn())
			.param("clientMayStep", plan.clientMayStep())
			.param("kind", (days != null) ? "DONE_DAYS" : "FIELD_AT_MOST")
			.param("times", (days != null) ? days.days() : field.times())
			.param("ofLast", (days != null) ? days.ofLast() : field.ofLast())
			.param("minQuality", (days != null) ? days.minQuality() : null)
			.param("field", (field != null) ? field.field() : null)
			.param("atMost", (field != null) ? field.atMost() : null)
			.param("backField", plan.stepBack().field())
			.param("backAtLeast", plan.stepBack().atLeast())
			.param("backEntries", plan.stepBack().entries())
			.param("backSkips", plan.stepBack().hardSkips())
			.param("by", by.id())
			.update();
	}

	void addChange(UUID assignmentId, StepChange change, CurrentUser by) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into ladder_step_change (id, assignment_id, from_step, to_step, from_label, to_label,
					    changed_by, changed_by_role, changed_by_name, reason_code, reason_args, note)
					values (:id, :assignment, :from, :to, :fromLabel, :toLabel, :by, :role, :name, :code, :args::jsonb, :note)""")
			.param("id", id)
			.param("assignment", assignmentId)
			.param("from", change.from())
			.param("to", change.to())
			.param("fromLabel", this.cipher.seal(FROM_LABEL, id, change.fromLabel()))
			.param("toLabel", this.cipher.seal(TO_LABEL, id, change.toLabel()))
			.param("by", by.id())
			.param("role", change.byRole().name())
			.param("name", change.byName())
			.param("code", change.reasonCode())
			.param("args", this.json.writeValueAsString(change.reasonArgs()))
			.param("note", this.cipher.seal(NOTE, id, change.note()))
			.update();
	}

	/** The step changes, oldest first. */
	List<StepChange> history(UUID assignmentId) {
		return this.jdbc.sql("select * from ladder_step_change where assignment_id = :id order by changed_at, id")
			.param("id", assignmentId)
			.query(this::mapChange)
			.list();
	}

	private StepChange mapChange(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new StepChange(rs.getInt("from_step"), rs.getInt("to_step"),
				this.cipher.open(FROM_LABEL, id, rs.getString("from_label")),
				this.cipher.open(TO_LABEL, id, rs.getString("to_label")), rs.getTimestamp("changed_at").toInstant(),
				Role.valueOf(rs.getString("changed_by_role")), rs.getString("changed_by_name"),
				rs.getString("reason_code"), this.json.readValue(rs.getString("reason_args"), ARGS),
				this.cipher.open(NOTE, id, rs.getString("note")));
	}

	private Ladder map(ResultSet rs, int row) throws SQLException {
		MoveOn moveOn = "DONE_DAYS".equals(rs.getString("move_on_kind"))
				? new MoveOn.DoneOnDays(rs.getInt("move_on_times"), rs.getInt("move_on_of_last"),
						rs.getObject("move_on_min_quality", Integer.class))
				: new MoveOn.FieldAtMost(rs.getString("move_on_field"), rs.getInt("move_on_at_most"),
						rs.getInt("move_on_times"), rs.getInt("move_on_of_last"));
		StepBack stepBack = new StepBack(rs.getString("back_field"), rs.getObject("back_at_least", Integer.class),
				rs.getObject("back_entries", Integer.class), rs.getObject("back_hard_skips", Integer.class));
		UUID assignmentId = rs.getObject("assignment_id", UUID.class);
		String steps = this.cipher.open(STEPS, assignmentId, rs.getString("steps"));
		LadderPlan plan = new LadderPlan(this.json.readValue(steps, STEPS_TYPE),
				this.cipher.open(TARGET_UNIT, assignmentId, rs.getString("target_unit")),
				rs.getBoolean("client_may_step"), moveOn, stepBack);
		return new Ladder(assignmentId, plan, rs.getInt("current_step"),
				rs.getObject("step_started_on", java.time.LocalDate.class));
	}

}
