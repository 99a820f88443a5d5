package org.bridgework.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/**
 * Starts a real PostgreSQL inside the app when no external database is configured,
 * keeping its files in {@code BRIDGEWORK_DATA_DIR} so they survive restarts. See
 * docs/adr/0001.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${bridgework.data-dir:./data}") Path dataDir) throws IOException {
		Path postgresDir = dataDir.toAbsolutePath().resolve("postgres");
		Files.createDirectories(postgresDir);
		log.info("No external database configured: starting embedded PostgreSQL with data in {}", postgresDir);
		return EmbeddedPostgres.builder()
			.setDataDirectory(postgresDir)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.start();
	}

	/**
	 * The schema's owner (the server's superuser), for Flyway only: migrations create the
	 * application's role and grant it what it may do (V21).
	 */
	@Bean
	@FlywayDataSource
	DataSource ownerDataSource(EmbeddedPostgres postgres) {
		return postgres.getPostgresDatabase();
	}

	/**
	 * What the application uses: its own role, which may read and write rows but not
	 * change the schema or the audit trail (docs/security.md). The pool opens its first
	 * connection when first asked, after Flyway has made the role.
	 */
	@Bean(destroyMethod = "close")
	@Primary
	DataSource dataSource(EmbeddedPostgres postgres, @Value("${bridgework.database.app-role}") String role) {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(postgres.getJdbcUrl(role, "postgres"));
		pool.setUsername(role);
		pool.setMaximumPoolSize(10);
		pool.setPoolName("bridgework-embedded");
		return pool;
	}

}
