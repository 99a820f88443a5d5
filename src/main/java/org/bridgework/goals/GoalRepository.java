package org.bridgework.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Goals and their revisions. Callers have checked access already.
 */
@Repository
class GoalRepository {

	private static final String SELECT = """
			select g.*, a.display_name as changed_by_name from treatment_goal g
			left join account a on a.id = g.changed_by""";

	private final JdbcClient jdbc;

	GoalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(UUID clientId, String words, String value, UUID by) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into treatment_goal (id, client_id, words, value_word, position, created_by)
				values (:id, :client, :words, :value,
				        (select coalesce(max(position), 0) + 1 from treatment_goal where client_id = :client), :by)""")
			.param("id", id)
			.param("client", clientId)
			.param("words", words)
			.param("value", value)
			.param("by", by)
			.update();
		revision(id, by, "added", null, words);
		return id;
	}

	Optional<Goal> find(UUID id) {
		return this.jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(this::map).optional();
	}

	/** Goals in use first, in their order; set aside ones after them. */
	List<Goal> forClient(UUID clientId) {
		return this.jdbc.sql(SELECT + """
				 where g.client_id = :client
				order by g.archived_at is not null, g.position, g.created_at""")
			.param("client", clientId)
			.query(this::map)
			.list();
	}

	/** A goal in use with these words, ignoring case and surrounding spaces. */
	Optional<Goal> inUseWithWords(UUID clientId, String words) {
		return this.jdbc.sql(SELECT + """
				 where g.client_id = :client and g.archived_at is null and lower(btrim(g.words)) = lower(btrim(:words))
				order by g.position limit 1""")
			.param("client", clientId)
			.param("words", words)
			.query(this::map)
			.optional();
	}

	void setWords(UUID id, String words) {
		set(id, "words", words);
	}

	void setValue(UUID id, String value) {
		set(id, "value_word", value);
	}

	void setPosition(UUID id, int position) {
		set(id, "position", position);
	}

	void setArchived(UUID id, boolean archived) {
		this.jdbc
			.sql("update treatment_goal set archived_at = case when :archived then now() else null end where id = :id")
			.param("archived", archived)
			.param("id", id)
			.update();
	}

	void touched(UUID id, UUID by) {
		this.jdbc.sql("update treatment_goal set changed_by = :by, changed_at = now() where id = :id")
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** One column of a goal; the column comes from this class, never from a request. */
	private void set(UUID id, String column, Object value) {
		this.jdbc.sql("update treatment_goal set " + column + " = :value where id = :id")
			.param("value", value)
			.param("id", id)
			.update();
	}

	void revision(UUID goalId, UUID by, String part, String before, String after) {
		this.jdbc.sql("""
				insert into treatment_goal_revision (id, goal_id, changed_by, changed_at, part, before, after)
				values (:id, :goal, :by, clock_timestamp(), :part, :before, :after)""")
			.param("id", UUID.randomUUID())
			.param("goal", goalId)
			.param("by", by)
			.param("part", part)
			.param("before", before)
			.param("after", after)
			.update();
	}

	/** Newest first. */
	List<GoalRevision> revisions(UUID goalId) {
		return this.jdbc.sql("""
				select r.id, a.display_name, r.changed_at, r.part, r.before, r.after
				from treatment_goal_revision r join account a on a.id = r.changed_by
				where r.goal_id = :goal order by r.changed_at desc, r.id""")
			.param("goal", goalId)
			.query((rs, row) -> new GoalRevision(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("part"), rs.getString("before"),
					rs.getString("after")))
			.list();
	}

	private Goal map(ResultSet rs, int row) throws SQLException {
		Timestamp changed = rs.getTimestamp("changed_at");
		return new Goal(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("words"),
				rs.getString("value_word"), rs.getInt("position"), rs.getTimestamp("archived_at") != null,
				rs.getTimestamp("created_at").toInstant(), (changed == null) ? null : changed.toInstant(),
				rs.getString("changed_by_name"));
	}

}
