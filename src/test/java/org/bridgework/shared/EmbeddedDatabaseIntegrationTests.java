package org.bridgework.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bridgework.BridgeworkApplication;
import org.bridgework.audit.AuditEvent;
import org.bridgework.audit.AuditTrail;
import org.bridgework.identity.Accounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a person running Bridgework relies on: data in the embedded database survives a
 * restart and an upgrade, and with SPRING_DATASOURCE_URL the app uses that server and
 * starts no database of its own. Either way the app runs as a role that cannot change the
 * audit trail. Without an encryption key, the embedded database gets one of its own, and
 * an external one does not start.
 */
class EmbeddedDatabaseIntegrationTests {

	/**
	 * Only the shipped settings: no test keys (src/test/resources/config is not read).
	 */
	private static final String WITHOUT_TEST_SETTINGS = "--spring.config.location=classpath:/application.properties";

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

	@Test
	void embeddedDatabaseWithoutAKey_generatesOneOnlyItsOwnerReads_andKeepsUsingIt() throws Exception {
		Path dataDir = Files.createTempDirectory("bridgework-key");
		EncryptedColumn column = EncryptedColumn.of("check_in", "text");
		UUID row = UUID.randomUUID();
		String sealed;
		try (ConfigurableApplicationContext first = start(WITHOUT_TEST_SETTINGS, "--bridgework.data-dir=" + dataDir)) {
			sealed = first.getBean(FieldCipher.class).seal(column, row, "written on the first day");
		}
		Path keyFile = dataDir.resolve("encryption-keys.properties");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		try (ConfigurableApplicationContext second = start(WITHOUT_TEST_SETTINGS, "--bridgework.data-dir=" + dataDir)) {
			assertThat(second.getBean(FieldCipher.class).open(column, row, sealed))
				.isEqualTo("written on the first day");
		}
	}

	@Test
	void externalDatabaseWithoutAKey_refusesToStart_sayingWhatToSet() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			assertThatThrownBy(() -> start(WITHOUT_TEST_SETTINGS,
					"--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres"))
				.rootCause()
				.hasMessageContaining("BRIDGEWORK_ENCRYPTION_KEYS_<ID>")
				.hasMessageContaining("BRIDGEWORK_ENCRYPTION_CURRENT_KEY");
			assertThat(JdbcClient.create(external.getPostgresDatabase())
				.sql("select count(*) from information_schema.tables where table_name = 'account'")
				.query(Integer.class)
				.single()).as("nothing was created").isZero();
		}
	}

	/**
	 * A ./data from before the application had a role of its own: tables owned by the
	 * superuser, migrated to V19. The app migrates it as the owner and runs as its role.
	 */
	@Test
	void embeddedDatabase_fromBeforeTheApplicationsOwnRole_shouldStartAndUseItsData() throws Exception {
		Path dataDir = Files.createTempDirectory("bridgework-upgrade");
		try (EmbeddedPostgres before = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.start()) {
			Flyway.configure()
				.dataSource(before.getPostgresDatabase())
				.locations("classpath:db/migration")
				.target("19")
				.load()
				.migrate();
			JdbcClient.create(before.getPostgresDatabase())
				.sql("insert into account (id, email, display_name, roles) values (:id, 'old@clinic.test', 'Old', '{CLIENT}')")
				.param("id", UUID.randomUUID())
				.update();
		}
		try (ConfigurableApplicationContext app = start("--bridgework.data-dir=" + dataDir)) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(app.getBean(Accounts.class).isRegistered("old@clinic.test")).isTrue();
			assertThat(
					jdbc.sql("update account set display_name = 'Old friend' where email = 'old@clinic.test'").update())
				.isEqualTo(1);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("bridgework_app");
			assertAppendOnlyAudit(app);
		}
	}

	/**
	 * An external server as docs/security.md describes it: migrations as the owner
	 * (SPRING_FLYWAY_USER), the application as its own role (SPRING_DATASOURCE_USERNAME).
	 */
	@Test
	void externalDatabase_withAnOwnerForMigrations_shouldRunTheAppAsItsOwnRole() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
				ConfigurableApplicationContext app = start(
						"--spring.datasource.url=jdbc:postgresql://localhost:" + external.getPort() + "/postgres",
						"--spring.datasource.username=bridgework_clinic_app", "--spring.flyway.user=postgres")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("bridgework_clinic_app");
			app.getBean(Accounts.class).createFirstAccount("owner@clinic.test", "Owner", "a-long-owner-password");
			assertAppendOnlyAudit(app);
		}
	}

	private static void assertAppendOnlyAudit(ConfigurableApplicationContext app) {
		app.getBean(AuditTrail.class).record(AuditEvent.refused(null, null, "test-row", null));
		assertThat(app.getBean(AuditTrail.class).verify().intact()).isTrue();
		assertThatThrownBy(() -> app.getBean(JdbcClient.class).sql("delete from audit_event").update())
			.hasStackTraceContaining("permission denied");
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
