package org.bridgework.reminders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bridgework.caseload.Clients;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.Accounts;
import org.bridgework.testing.MovableClock;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reminders on the real database and a real SMTP server (GreenMail), with a clock the
 * tests set and move. Every reminder test class shares this one context. Before each
 * test, whatever an earlier test left waiting is settled and the mailbox emptied, so each
 * test sees only its own reminders.
 */
@SpringBootTest(properties = { "bridgework.reminders.base-url=https://bridgework.clinic.test/",
		"bridgework.reminders.lease=PT5M", "bridgework.reminders.max-attempts=3",
		"bridgework.reminders.first-retry-after=PT1M", "bridgework.reminders.batch-size=7",
		// The push services are stand-ins on localhost (FakePushService).
		"bridgework.push.require-https=false", "bridgework.push.service-hosts=localhost" })
@Import(ReminderIntegrationTestBase.TestClock.class)
abstract class ReminderIntegrationTestBase {

	/** A Monday, 06:00 in London (GMT), 01:00 in New York. */
	static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

	/** A free port, kept, so a test can stop the mail server and start it again there. */
	static final int SMTP_PORT = freePort();

	static GreenMail mail = startMail();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReminderPlanner planner;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	ReminderFixtures fixtures;

	@BeforeEach
	void nothingLeftOver() throws Exception {
		this.jdbc.sql("""
				update reminder_occurrence set status = 'NOT_NEEDED', lease_until = null, claim = null
				where status in ('PENDING', 'SENDING')""").update();
		this.jdbc.sql("""
				update clinician_email set status = 'NOT_NEEDED', lease_until = null, claim = null
				where status in ('PENDING', 'SENDING')""").update();
		this.clock.set(START);
		if (!mail.isRunning()) {
			mail = startMail();
		}
		mail.purgeEmailFromAllMailboxes();
		this.fixtures = new ReminderFixtures(this.accounts, this.clients, this.assignments);
	}

	static GreenMail startMail() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<MimeMessage> received() {
		return Arrays.asList(mail.getReceivedMessages());
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String status(UUID assignmentId) {
		return this.jdbc.sql("select status from reminder_occurrence where assignment_id = :id order by local_date")
			.param("id", assignmentId)
			.query(String.class)
			.list()
			.get(0);
	}

	List<String> outcomes(UUID assignmentId) {
		return this.jdbc.sql("""
				select d.outcome from reminder_delivery d join reminder_occurrence o on o.id = d.occurrence_id
				where o.assignment_id = :id order by d.at, d.attempt""")
			.param("id", assignmentId)
			.query(String.class)
			.list();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(START);
		}

	}

}
