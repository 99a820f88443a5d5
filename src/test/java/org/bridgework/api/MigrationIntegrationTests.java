package org.bridgework.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.api.migration.JavaMigration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway owns the schema: every migration (SQL files, and Java ones, which are Spring
 * beans) ran, the tables are there, and the database itself guards against storing one
 * entry twice.
 */
class MigrationIntegrationTests extends ApiIntegrationTestBase {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private List<JavaMigration> javaMigrations;

	@Test
	void everyMigrationWasAppliedSuccessfully() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
		List<String> fileVersions = Stream
			.concat(Arrays.stream(files).map((file) -> file.getFilename()),
					this.javaMigrations.stream().map((migration) -> migration.getClass().getSimpleName()))
			.map((name) -> name.substring(1, name.indexOf("__")))
			.sorted()
			.toList();

		List<String> applied = this.jdbc
			.sql("select version from flyway_schema_history where version is not null order by installed_rank")
			.query(String.class)
			.list();
		List<Boolean> success = this.jdbc.sql("select success from flyway_schema_history").query(Boolean.class).list();

		assertThat(fileVersions).isNotEmpty();
		assertThat(applied).containsExactlyInAnyOrderElementsOf(fileVersions);
		assertThat(success).isNotEmpty().containsOnly(true);
	}

	@Test
	void theMainTablesExist() {
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema()")
			.query(String.class)
			.list();

		assertThat(tables).contains("account", "invitation", "sign_in_token", "sign_in_failure", "client",
				"care_team_member", "template_version", "assignment", "entry", "skip");
	}

	@Test
	void entriesAreUniquePerClientAndIdempotencyKey() {
		assertThat(uniqueConstraintColumns("entry")).contains(List.of("client_id", "idempotency_key"));
		assertThat(uniqueConstraintColumns("skip")).contains(List.of("client_id", "idempotency_key"));
	}

	/** The columns of each unique constraint on a table, in constraint order. */
	private List<List<String>> uniqueConstraintColumns(String table) {
		return this.jdbc.sql("""
				select string_agg(a.attname, ',' order by k.position)
				from pg_constraint c
				cross join lateral unnest(c.conkey) with ordinality as k(attnum, position)
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
				where c.conrelid = to_regclass(:table) and c.contype = 'u'
				group by c.oid""")
			.param("table", table)
			.query(String.class)
			.list()
			.stream()
			.map((columns) -> List.of(columns.split(",")))
			.toList();
	}

}
