package org.bridgework.shared;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bridgework.BridgeworkApplication;
import org.bridgework.identity.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person running Bridgework relies on: data in the embedded database survives a
 * restart, and with SPRING_DATASOURCE_URL the app uses that server and starts no database
 * of its own.
 */
class EmbeddedDatabaseIntegrationTests {

	@Test
	void embeddedDatabase_shouldKeepDataAcrossRestarts() throws Exception {
		Path dataDir = Files.createTempDirectory("bridgework-restart");
		int templateVersions;
		try (ConfigurableApplicationContext first = start("--bridgework.data-dir=" + dataDir)) {
			first.getBean(Accounts.class).createFirstAccount("kept@clinic.test", "Kept", "a-long-kept-password");
			templateVersions = templateVersions(first);
		}
		try (ConfigurableApplicationContext second = start("--bridgework.data-dir=" + dataDir)) {
			assertThat(second.getBean(Accounts.class).isRegistered("kept@clinic.test")).isTrue();
			assertThat(templateVersions(second)).as("unchanged library files add no versions on restart")
				.isEqualTo(templateVersions)
				.isPositive();
		}
	}

	@Test
	void externalDatabase_shouldBeUsedInsteadOfStartingOne() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext app = start(
						"--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres")) {
			assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			app.getBean(Accounts.class).createFirstAccount("outside@clinic.test", "Outside", "a-long-outside-password");
			int accounts = JdbcClient.create(external.getPostgresDatabase())
				.sql("select count(*) from account where email = 'outside@clinic.test'")
				.query(Integer.class)
				.single();
			assertThat(accounts).isEqualTo(1);
			assertThat(app.getBean(DataSource.class)).isNotNull();
		}
	}

	private static int templateVersions(ConfigurableApplicationContext app) {
		return app.getBean(JdbcClient.class).sql("select count(*) from template_version").query(Integer.class).single();
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 1];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--server.port=0";
		return new SpringApplicationBuilder(BridgeworkApplication.class).run(all);
	}

}
