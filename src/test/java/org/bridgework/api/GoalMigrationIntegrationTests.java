package org.bridgework.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that made goals records: on a schema of its own, brought to the version
 * before with homework whose goals were only text, then to goals. One goal per client and
 * distinct text, in order of first use, and every assignment with a goal tied to it.
 */
class GoalMigrationIntegrationTests extends ApiIntegrationTestBase {

	private static final String SCHEMA = "goal_migration_check";

	/** The schema's owner: the application's own role may not create a schema. */
	@Autowired
	@FlywayDataSource
	private DataSource dataSource;

	private JdbcClient jdbc;

	@BeforeEach
	void asTheOwner() {
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@AfterEach
	void dropTheSchema() {
		this.jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	@Test
	void existingGoalTexts_becomeOneGoalPerClientAndText_andTheirHomeworkServesThem() {
		flyway("11").migrate();
		UUID clinician = UUID.randomUUID();
		UUID robin = UUID.randomUUID();
		UUID sam = UUID.randomUUID();
		UUID template = UUID.randomUUID();
		insert("insert into account (id, display_name, roles) values (:id, 'Dr Lee', '{CLINICIAN}')",
				Map.of("id", clinician));
		for (UUID client : List.of(robin, sam)) {
			UUID account = UUID.randomUUID();
			insert("insert into account (id, display_name, roles) values (:id, 'Client', '{CLIENT}')",
					Map.of("id", account));
			insert("insert into client (id, account_id, display_name, timezone) values (:id, :account, 'C', 'UTC')",
					Map.of("id", client, "account", account));
		}
		insert("""
				insert into template_version (id, key, version, name, kind, definition, checksum, built_in)
				values (:id, 'mindful-breathing', 1, 'Mindful breathing', 'practice', '{}', 'x', true)""",
				Map.of("id", template));
		UUID first = assignment(robin, template, clinician, "Sleep better", "2026-01-01T08:00:00Z");
		UUID again = assignment(robin, template, clinician, " Sleep better ", "2026-01-05T08:00:00Z");
		UUID second = assignment(robin, template, clinician, "Call my sister", "2026-01-03T08:00:00Z");
		UUID samsOwn = assignment(sam, template, clinician, "Sleep better", "2026-01-02T08:00:00Z");
		UUID none = assignment(sam, template, clinician, null, "2026-01-02T09:00:00Z");

		flyway("12").migrate();

		List<Map<String, Object>> goals = this.jdbc
			.sql("select id, client_id, words, position, created_by from " + SCHEMA
					+ ".treatment_goal order by client_id = :robin desc, position")
			.param("robin", robin)
			.query()
			.listOfRows();
		assertThat(goals).extracting((row) -> row.get("words"))
			.containsExactly("Sleep better", "Call my sister", "Sleep better");
		assertThat(goals).extracting((row) -> row.get("position")).containsExactly(1, 2, 1);
		assertThat(goals).extracting((row) -> row.get("created_by")).containsOnly(clinician);
		assertThat(goalOf(first)).isEqualTo(goals.get(0).get("id"));
		assertThat(goalOf(again)).isEqualTo(goals.get(0).get("id"));
		assertThat(goalOf(second)).isEqualTo(goals.get(1).get("id"));
		assertThat(goalOf(samsOwn)).isEqualTo(goals.get(2).get("id"));
		assertThat(goalOf(none)).isNull();
		assertThat(this.jdbc.sql("select count(*) from " + SCHEMA + ".treatment_goal_revision where part = 'added'")
			.query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc.sql("select goal from " + SCHEMA + ".assignment where id = :id")
			.param("id", again)
			.query(String.class)
			.single()).as("the text stays as it was").isEqualTo(" Sleep better ");
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.locations("classpath:db/migration")
			.target(target)
			.load();
	}

	private UUID assignment(UUID client, UUID template, UUID by, String goal, String createdAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into " + SCHEMA + """
				.assignment (id, client_id, template_version_id, title, goal, days_of_week, start_date, created_by,
				    created_at)
				values (:id, :client, :template, 'Practice', :goal, '{MONDAY}', '2026-01-01', :by,
				    cast(:at as timestamptz))""")
			.param("id", id)
			.param("client", client)
			.param("template", template)
			.param("goal", goal)
			.param("by", by)
			.param("at", createdAt)
			.update();
		return id;
	}

	private Object goalOf(UUID assignment) {
		return this.jdbc.sql("select goal_id from " + SCHEMA + ".assignment where id = :id")
			.param("id", assignment)
			.query()
			.singleRow()
			.get("goal_id");
	}

	private void insert(String sql, Map<String, Object> params) {
		this.jdbc.sql(sql.replaceFirst("insert into ", "insert into " + SCHEMA + ".")).params(params).update();
	}

}
