package org.bridgework.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
class PlanRepository implements EncryptedColumns {

	private static final TypeReference<List<StoredChange>> CHANGES = new TypeReference<>() {
	};

	static final EncryptedColumn PROPOSAL_CHANGES = EncryptedColumn.of("plan_proposal", "changes");

	static final EncryptedColumn PROPOSAL_NOTE = EncryptedColumn.of("plan_proposal", "note");

	static final EncryptedColumn PROPOSAL_REPLY = EncryptedColumn.of("plan_proposal", "reply");

	static final EncryptedColumn REVISION_CHANGES = EncryptedColumn.of("plan_revision", "changes");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final FieldCipher cipher;

	PlanRepository(JdbcClient jdbc, JsonMapper json, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.json = json;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(PROPOSAL_CHANGES, PROPOSAL_NOTE, PROPOSAL_REPLY, REVISION_CHANGES);
	}

	void insertProposal(UUID id, Assignment assignment, UUID proposedBy, List<PlanChange> changes, String note) {
		this.jdbc.sql("""
				insert into plan_proposal (id, assignment_id, client_id, proposed_by, changes, note, status)
				values (:id, :assignment, :client, :by, :changes, :note, 'PROPOSED')""")
			.param("id", id)
			.param("assignment", assignment.id())
			.param("client", assignment.clientId())
			.param("by", proposedBy)
			.param("changes", this.cipher.seal(PROPOSAL_CHANGES, id, write(changes)))
			.param("note", this.cipher.seal(PROPOSAL_NOTE, id, note))
			.update();
	}

	Optional<PlanProposal> proposal(UUID id) {
		return this.jdbc.sql(PROPOSALS + " where p.id = :id").param("id", id).query(this::mapProposal).optional();
	}

	List<PlanProposal> proposals(UUID assignmentId) {
		return this.jdbc.sql(PROPOSALS + " where p.assignment_id = :assignment order by p.created_at desc")
			.param("assignment", assignmentId)
			.query(this::mapProposal)
			.list();
	}

	/** Decides a proposal still open; false when someone decided it first. */
	boolean decide(UUID id, PlanProposal.Status status, String reply, UUID decidedBy) {
		return this.jdbc.sql("""
				update plan_proposal set status = :status, reply = :reply, decided_by = :by, decided_at = now()
				where id = :id and status = 'PROPOSED'""")
			.param("id", id)
			.param("status", status.name())
			.param("reply", this.cipher.seal(PROPOSAL_REPLY, id, reply))
			.param("by", decidedBy)
			.update() == 1;
	}

	void apply(UUID assignmentId, PlanChange change) {
		String column = change.field().column();
		Object value = switch (change.field()) {
			case TIME_OF_DAY -> (change.after() == null) ? null : Time.valueOf(LocalTime.parse(change.after()));
			case DAYS_OF_WEEK -> fullDayNames(change.after());
			case DURATION_MINUTES -> (change.after() == null) ? null : Integer.valueOf(change.after());
			case CUE -> this.cipher.seal(AssignmentRepository.CUE, assignmentId, change.after());
			case PLACE -> this.cipher.seal(AssignmentRepository.PLACE, assignmentId, change.after());
			case GOAL -> this.cipher.seal(AssignmentRepository.GOAL, assignmentId, change.after());
		};
		String cast = (change.field() == PlanField.DAYS_OF_WEEK) ? "::text[]" : "";
		// The column comes from the enum, never from a request.
		this.jdbc.sql("update assignment set " + column + " = :value" + cast + " where id = :id")
			.param("value", value)
			.param("id", assignmentId)
			.update();
	}

	void insertRevision(UUID assignmentId, UUID changedBy, UUID proposalId, List<PlanChange> changes) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into plan_revision (id, assignment_id, changed_by, proposal_id, changes)
				values (:id, :assignment, :by, :proposal, :changes)""")
			.param("id", id)
			.param("assignment", assignmentId)
			.param("by", changedBy)
			.param("proposal", proposalId)
			.param("changes", this.cipher.seal(REVISION_CHANGES, id, write(changes)))
			.update();
	}

	List<PlanRevision> revisions(UUID assignmentId) {
		return this.jdbc.sql("""
				select r.id, r.changed_at, r.proposal_id, r.changes, a.display_name
				from plan_revision r join account a on a.id = r.changed_by
				where r.assignment_id = :assignment order by r.changed_at desc""")
			.param("assignment", assignmentId)
			.query(this::mapRevision)
			.list();
	}

	/** {@code MON,WED} as the assignment table holds it: {@code {MONDAY,WEDNESDAY}}. */
	private static String fullDayNames(String days) {
		return Arrays.stream(days.split(","))
			.map((day) -> Arrays.stream(DayOfWeek.values())
				.filter((candidate) -> candidate.name().startsWith(day))
				.findFirst()
				.orElseThrow()
				.name())
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static final String PROPOSALS = """
			select p.*, a.display_name from plan_proposal p join account a on a.id = p.proposed_by""";

	private PlanRevision mapRevision(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new PlanRevision(id, rs.getString("display_name"), rs.getTimestamp("changed_at").toInstant(),
				rs.getObject("proposal_id") != null,
				read(this.cipher.open(REVISION_CHANGES, id, rs.getString("changes"))));
	}

	private PlanProposal mapProposal(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new PlanProposal(id, rs.getObject("assignment_id", UUID.class), rs.getString("display_name"),
				read(this.cipher.open(PROPOSAL_CHANGES, id, rs.getString("changes"))),
				this.cipher.open(PROPOSAL_NOTE, id, rs.getString("note")),
				PlanProposal.Status.valueOf(rs.getString("status")),
				this.cipher.open(PROPOSAL_REPLY, id, rs.getString("reply")), rs.getTimestamp("created_at").toInstant(),
				(rs.getTimestamp("decided_at") == null) ? null : rs.getTimestamp("decided_at").toInstant());
	}

	private String write(List<PlanChange> changes) {
		return this.json.writeValueAsString(changes.stream()
			.map((change) -> new StoredChange(change.field().jsonName(), change.before(), change.after()))
			.toList());
	}

	private List<PlanChange> read(String changes) {
		return this.json.readValue(changes, CHANGES)
			.stream()
			.map((stored) -> new PlanChange(PlanField.fromJson(stored.field()), stored.before(), stored.after()))
			.toList();
	}

	record StoredChange(String field, String before, String after) {
	}

}
