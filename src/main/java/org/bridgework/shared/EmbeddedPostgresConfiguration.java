package org.bridgework.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

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

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("bridgework-embedded");
		return new HikariDataSource(config);
	}

}
