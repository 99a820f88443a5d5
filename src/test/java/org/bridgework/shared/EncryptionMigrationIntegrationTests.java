package org.bridgework.shared;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations that encrypt free text, on a schema of their own brought to the version
 * before with text written in plain: afterwards every such value is under the configured
 * key and opens to what was written (JSON as the same JSON), a value that was encrypted
 * already is left alone, and a second run changes nothing.
 */
@SpringBootTest
class EncryptionMigrationIntegrationTests {

	private static final String SCHEMA = "encryption_migration_check";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The schema's owner: the application's own role may not create a schema. */
	@Autowired
	@FlywayDataSource
	DataSource dataSource;

	JdbcClient jdbc;

	@Value("${bridgework.database.app-role}")
	String appRole;

	@Autowired
	FieldCipher cipher;

	@Autowired
	V33__Encrypt_free_text migration;

	@BeforeEach
	void asTheOwner() {
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@AfterEach
	void dropTheSchema() {
		this.jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
	}

	@Test
	void plainFreeTextWrittenBefore_isEncryptedInPlace_andOpensToWhatWasWritten() throws Exception {
		flyway(versionBefore(32)).migrate();
		UUID clinician = insert("account", row("display_name", "Dr Lee", "roles", "{CLINICIAN}"));
		UUID account = insert("account", row("display_name", "Robin", "roles", "{CLIENT}"));
		UUID client = insert("client", row("account_id", account, "display_name", "Robin", "timezone", "UTC"));
		UUID template = insert("template_version", row("key", "mindful-breathing", "version", 1, "name", "Breathing",
				"kind", "practice", "definition", "{}", "checksum", "x", "built_in", true));
		UUID assignment = insert("assignment",
				row("client_id", client, "template_version_id", template, "title", "Breathe at the bus stop", "goal",
						"Sleep better", "purpose", "Notice worry early", "cue", "After I brush my teeth", "place",
						"By the window", "barriers", "[{\"plan\": \"Stand up\", \"barrier\": \"Too sleepy\"}]",
						"days_of_week", "{MONDAY}", "start_date", java.sql.Date.valueOf("2026-01-05"), "created_by",
						clinician));
		UUID entry = insert("entry",
				row("assignment_id", assignment, "client_id", client, "occurred_on",
						java.sql.Date.valueOf("2026-01-06"), "answers", "{\"breathNotes\": \"My chest was tight\"}",
						"note", "Calmer after", "idempotency_key", "k1", "request_hash", "h"));
		UUID checkIn = insert("check_in", row("client_id", client, "text", "Harder than I thought"));
		UUID goal = insert("treatment_goal",
				row("client_id", client, "words", "Sleep better", "position", 1, "created_by", clinician));
		UUID skip = UUID.randomUUID();
		String sealedAlready = this.cipher.seal(EncryptedColumn.of("skip", "note"), skip, "Written after encryption");
		insert("skip", skip,
				row("assignment_id", assignment, "client_id", client, "occurred_on",
						java.sql.Date.valueOf("2026-01-07"), "reason", "OTHER", "note", sealedAlready,
						"idempotency_key", "k2", "request_hash", "h"));
		insert("ladder",
				row("steps", "[{\"label\": \"One minute\", \"target\": 1}]", "current_step", 1, "step_started_on",
						java.sql.Date.valueOf("2026-01-05"), "move_on_kind", "DONE_DAYS", "move_on_times", 3,
						"move_on_of_last", 3, "created_by", clinician, "updated_by", clinician),
				"assignment_id", assignment);

		flyway("33").migrate();

		for (EncryptedColumn column : V33__Encrypt_free_text.COLUMNS) {
			assertThat(stored(column).values()).as("%s", column)
				.allSatisfy((value) -> assertThat(value).startsWith("enc:v1:test:"));
		}
		assertThat(opened(EncryptedColumn.of("assignment", "title"), assignment)).isEqualTo("Breathe at the bus stop");
		assertThat(opened(EncryptedColumn.of("assignment", "place"), assignment)).isEqualTo("By the window");
		assertThat(JSON.readTree(opened(EncryptedColumn.of("assignment", "barriers"), assignment)))
			.isEqualTo(JSON.readTree("[{\"barrier\": \"Too sleepy\", \"plan\": \"Stand up\"}]"));
		assertThat(JSON.readTree(opened(EncryptedColumn.of("entry", "answers"), entry)))
			.isEqualTo(JSON.readTree("{\"breathNotes\": \"My chest was tight\"}"));
		assertThat(opened(EncryptedColumn.of("entry", "note"), entry)).isEqualTo("Calmer after");
		assertThat(opened(EncryptedColumn.of("check_in", "text"), checkIn)).isEqualTo("Harder than I thought");
		assertThat(opened(EncryptedColumn.of("treatment_goal", "words"), goal)).isEqualTo("Sleep better");
		assertThat(JSON.readTree(opened(new EncryptedColumn("ladder", "assignment_id", "steps"), assignment)))
			.isEqualTo(JSON.readTree("[{\"label\": \"One minute\", \"target\": 1}]"));
		assertThat(stored(EncryptedColumn.of("skip", "note"))).as("encrypted already: left alone")
			.containsEntry(skip, sealedAlready);
		assertThat(this.jdbc.sql("""
				select data_type from information_schema.columns
				where table_schema = :schema and table_name = 'entry' and column_name = 'answers'""")
			.param("schema", SCHEMA)
			.query(String.class)
			.single()).isEqualTo("text");

		Map<UUID, String> before = stored(EncryptedColumn.of("entry", "note"));
		assertThat(inSchema((jdbc) -> Reencryption.run(jdbc, this.cipher, V33__Encrypt_free_text.COLUMNS, true))
			.reencrypted()).as("a second run").isZero();
		assertThat(stored(EncryptedColumn.of("entry", "note"))).isEqualTo(before);
	}

	private static Map<String, Object> row(Object... namesAndValues) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			row.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return row;
	}

	/** The newest migration before this version (others may land between). */
	private static String versionBefore(int version) throws java.io.IOException {
		return java.util.Arrays
			.stream(new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/V*__*.sql"))
			.map((file) -> Integer.parseInt(file.getFilename().substring(1, file.getFilename().indexOf("__"))))
			.filter((found) -> found < version)
			.max(Integer::compare)
			.orElseThrow()
			.toString();
	}

	private Flyway flyway(String target) {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(SCHEMA)
			.placeholders(java.util.Map.of("approle", this.appRole))
			.locations("classpath:db/migration")
			.javaMigrations(this.migration)
			.target(target)
			.load();
	}

	private UUID insert(String table, Map<String, Object> values) {
		return insert(table, UUID.randomUUID(), values);
	}

	private UUID insert(String table, UUID id, Map<String, Object> values) {
		return insert(table, values, "id", id);
	}

	private UUID insert(String table, Map<String, Object> values, String keyColumn, UUID id) {
		List<String> columns = List.copyOf(values.keySet());
		String names = String.join(", ", columns);
		String params = String.join(", ", columns.stream().map((c) -> cast(table, c)).toList());
		this.jdbc
			.sql("insert into %s.%s (%s, %s) values (:inserted_row, %s)".formatted(SCHEMA, table, keyColumn, names,
					params))
			.param("inserted_row", id)
			.params(values)
			.update();
		return id;
	}

	/** Arrays and JSON as PostgreSQL had them before V32. */
	private static String cast(String table, String column) {
		return switch (column) {
			case "roles", "days_of_week" -> ":" + column + "::text[]";
			case "definition", "barriers", "answers", "steps" -> ":" + column + "::jsonb";
			default -> ":" + column;
		};
	}

	private Map<UUID, String> stored(EncryptedColumn column) {
		Map<UUID, String> values = new java.util.HashMap<>();
		this.jdbc
			.sql("select %s as row_key, %s as stored from %s.%s where %s is not null".formatted(column.keyColumn(),
					column.column(), SCHEMA, column.table(), column.column()))
			.query((rs, row) -> values.put(rs.getObject("row_key", UUID.class), rs.getString("stored")))
			.list();
		return values;
	}

	private String opened(EncryptedColumn column, UUID row) {
		return this.cipher.open(column, row, stored(column).get(row));
	}

	private <T> T inSchema(java.util.function.Function<JdbcClient, T> work) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
			JdbcClient jdbc = JdbcClient.create(single);
			jdbc.sql("set search_path to " + SCHEMA).update();
			try {
				return work.apply(jdbc);
			}
			finally {
				jdbc.sql("set search_path to default").update();
			}
		}
	}

}
