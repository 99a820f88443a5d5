package org.bridgework.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptedColumns;
import org.bridgework.shared.FieldCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Goals and their revisions. Callers have checked access already.
 */
@Repository
class GoalRepository implements EncryptedColumns {

	private static final String SELECT = """
			select g.*, a.display_name as changed_by_name from treatment_goal g
			left join account a on a.id = g.changed_by""";

	static final EncryptedColumn WORDS = EncryptedColumn.of("treatment_goal", "words");

	static final EncryptedColumn VALUE = EncryptedColumn.of("treatment_goal", "value_word");

	static final EncryptedColumn BEFORE = EncryptedColumn.of("treatment_goal_revision", "before");

	static final EncryptedColumn AFTER = EncryptedColumn.of("treatment_goal_revision", "after");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	GoalRepository(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	@Override
	public List<EncryptedColumn> encryptedColumns() {
		return List.of(WORDS, VALUE, BEFORE, AFTER);
	}

	UUID insert(UUID clientId, String words, String value, UUID by) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into treatment_goal (id, client_id, words, value_word, position, created_by)
				values (:id, :client, :words, :value,
				        (select coalesce(max(position), 0) + 1 from treatment_goal where client_id = :client), :by)""")
			.param("id", id)
			.param("client", clientId)
			.param("words", this.cipher.seal(WORDS, id, words))
			.param("value", this.cipher.seal(VALUE, id, value))
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

	/**
	 * A goal in use with these words, ignoring case and surrounding spaces. Compared
	 * here, as the words are stored encrypted.
	 */
	Optional<Goal> inUseWithWords(UUID clientId, String words) {
		String wanted = comparable(words);
		return forClient(clientId).stream()
			.filter((goal) -> !goal.archived() && comparable(goal.words()).equals(wanted))
			.findFirst();
	}

	private static String comparable(String words) {
		return words.strip().toLowerCase(Locale.ROOT);
	}

	void setWords(UUID id, String words) {
		set(id, "words", this.cipher.seal(WORDS, id, words));
	}

	void setValue(UUID id, String value) {
		set(id, "value_word", this.cipher.seal(VALUE, id, value));
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
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into treatment_goal_revision (id, goal_id, changed_by, changed_at, part, before, after)
				values (:id, :goal, :by, clock_timestamp(), :part, :before, :after)""")
			.param("id", id)
			.param("goal", goalId)
			.param("by", by)
			.param("part", part)
			.param("before", this.cipher.seal(BEFORE, id, before))
			.param("after", this.cipher.seal(AFTER, id, after))
			.update();
	}

	/** Newest first. */
	List<GoalRevision> revisions(UUID goalId) {
		return this.jdbc.sql("""
				select r.id, a.display_name, r.changed_at, r.part, r.before, r.after
				from treatment_goal_revision r join account a on a.id = r.changed_by
				where r.goal_id = :goal order by r.changed_at desc, r.id""")
			.param("goal", goalId)
			.query(this::mapRevision)
			.list();
	}

	private GoalRevision mapRevision(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new GoalRevision(id, rs.getString("display_name"), rs.getTimestamp("changed_at").toInstant(),
				rs.getString("part"), this.cipher.open(BEFORE, id, rs.getString("before")),
				this.cipher.open(AFTER, id, rs.getString("after")));
	}

	private Goal map(ResultSet rs, int row) throws SQLException {
		Timestamp changed = rs.getTimestamp("changed_at");
		UUID id = rs.getObject("id", UUID.class);
		return new Goal(id, rs.getObject("client_id", UUID.class), this.cipher.open(WORDS, id, rs.getString("words")),
				this.cipher.open(VALUE, id, rs.getString("value_word")), rs.getInt("position"),
				rs.getTimestamp("archived_at") != null, rs.getTimestamp("created_at").toInstant(),
				(changed == null) ? null : changed.toInstant(), rs.getString("changed_by_name"));
	}

}
