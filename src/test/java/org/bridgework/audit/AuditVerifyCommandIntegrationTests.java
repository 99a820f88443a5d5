package org.bridgework.audit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.bridgework.testing.AuditTampering;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --bridgework.audit.verify}: prints that the chain is intact and exits 0, or
 * names the first changed row and exits 1. Started with the API tests' properties, so the
 * two share one Spring context and database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"bridgework.admin.email=admin@bridgework.test", "bridgework.admin.password=first admin password 2026" })
class AuditVerifyCommandIntegrationTests {

	private static final ApplicationArguments VERIFY = new DefaultApplicationArguments("--bridgework.audit.verify");

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@FlywayDataSource
	DataSource owner;

	private final List<Integer> exits = new ArrayList<>();

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void anIntactChain_isReportedWithItsNewestHash_andExitsZero() {
		this.trail.record(AuditEvent.refused(UUID.randomUUID(), null, "test-verify", null));

		command().run(VERIFY);

		assertThat(this.exits).containsExactly(0);
		assertThat(printed()).startsWith("Audit trail intact: ").containsPattern("[0-9a-f]{64}");
	}

	@Test
	void aChangedRow_isNamed_andTheCommandExitsNonZero() {
		this.trail.record(AuditEvent.refused(UUID.randomUUID(), null, "test-verify", null));
		long seq = this.jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
		String original = AuditTampering.actionOf(this.owner, seq);

		AuditTampering.changeAction(this.owner, seq, "view-nothing");
		try {
			command().run(VERIFY);
		}
		finally {
			AuditTampering.changeAction(this.owner, seq, original);
		}

		assertThat(this.exits).containsExactly(AuditVerifyCommand.BROKEN);
		assertThat(printed()).startsWith("Audit trail BROKEN: row " + seq + " ");
	}

	@Test
	void withoutTheOption_theAppStartsAsUsual() {
		new AuditVerifyCommand(new AuditProperties(null, null), this.trail, this.exits::add, System.out)
			.run(new DefaultApplicationArguments());

		assertThat(this.exits).isEmpty();
	}

	private AuditVerifyCommand command() {
		return new AuditVerifyCommand(new AuditProperties(null, ""), this.trail, this.exits::add,
				new PrintStream(this.printed, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
