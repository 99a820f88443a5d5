package org.bridgework.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.bridgework.caseload.Clients;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.testing.MovableClock;
import org.bridgework.testing.MovableClockConfiguration;
import org.bridgework.testing.TestAlerts;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation on the real database and a real SMTP server (GreenMail): an alert still open
 * after {@code escalate-after} is emailed once to the second contact, without clinical
 * content; an acknowledged one is not; two nodes polling at once send each email once.
 * Time moves through a test clock, never by sleeping.
 */
@SpringBootTest(properties = { "bridgework.alerts.escalation-email=" + AlertEscalationIntegrationTests.DUTY,
		"bridgework.alerts.escalate-after=PT30M", "bridgework.alerts.escalation-poll=PT1H",
		"bridgework.alerts.base-url=https://bridgework.clinic.test/" })
@Import(MovableClockConfiguration.class)
class AlertEscalationIntegrationTests {

	static final String DUTY = "duty@clinic.test";

	private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		MAIL.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
	}

	@AfterAll
	static void stopMail() {
		MAIL.stop();
	}

	@Autowired
	private AlertEscalation escalation;

	@Autowired
	private MovableClock clock;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	private CurrentUser clinician;

	@BeforeEach
	void nothingLeftOverAndNoMail() throws Exception {
		this.jdbc.sql("update alert set escalated_at = created_at where escalated_at is null").update();
		MAIL.purgeEmailFromAllMailboxes();
		this.clinician = new TestPeople(this.accounts, this.clients).clinician();
	}

	@Test
	void alertStillOpenAfterTheTime_isEmailedOnce_withoutClinicalContent() throws Exception {
		TestPeople.Client client = clientNamed("Jordan Quill");
		UUID alertId = raise(client, CrisisSignal.Kind.PHQ9_ITEM9);

		assertThat(this.escalation.configured()).isTrue();
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.escalation.escalateDue()).as("not due yet").isZero();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.escalation.escalateDue()).isEqualTo(1);
		assertThat(this.escalation.escalateDue()).as("a second run").isZero();

		MimeMessage[] sent = MAIL.getReceivedMessages();
		assertThat(sent).hasSize(1);
		assertThat(sent[0].getAllRecipients()).extracting(Object::toString).containsExactly(DUTY);
		String body = GreenMailUtil.getBody(sent[0]);
		String subject = sent[0].getSubject();
		assertThat(body).contains("A client of Dr Rivera needs attention", "https://bridgework.clinic.test/alerts",
				"for the client's clinicians.");
		for (String text : List.of(body, subject)) {
			assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("jordan", "quill", "phq", "gad", "self-harm",
					"harm", "suicid", "thought", "score", "item", "answer", "help now", "questionnaire");
		}
		assertThat(this.jdbc.sql("select escalated_at is not null from alert where id = :id")
			.param("id", alertId)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void acknowledgedAlert_isNotEscalated() {
		TestPeople.Client client = clientNamed("Sam Reed");
		UUID alertId = raise(client, CrisisSignal.Kind.HELP_NOW);
		this.jdbc.sql("update alert set status = 'ACKNOWLEDGED', acknowledged_at = created_at where id = :id")
			.param("id", alertId)
			.update();

		this.clock.advance(Duration.ofHours(2));

		assertThat(this.escalation.escalateDue()).isZero();
		assertThat(MAIL.getReceivedMessages()).isEmpty();
	}

	@Test
	void twoNodesPollingAtOnce_sendEachEmailExactlyOnce() throws Exception {
		List<UUID> alerts = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			alerts.add(raise(clientNamed("Client " + i), CrisisSignal.Kind.HELP_NOW));
		}
		this.clock.advance(Duration.ofMinutes(31));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> polls = List.of(nodes.submit(() -> {
				start.await();
				return this.escalation.escalateDue();
			}), nodes.submit(() -> {
				start.await();
				return this.escalation.escalateDue();
			}));
			start.countDown();
			int sent = 0;
			for (Future<Integer> poll : polls) {
				sent += poll.get();
			}

			assertThat(sent).isEqualTo(5);
		}
		finally {
			nodes.shutdownNow();
		}
		assertThat(this.escalation.escalateDue()).isZero();
		assertThat(MAIL.getReceivedMessages()).hasSize(5);
		assertThat(this.jdbc.sql("select count(*) from alert where id in (:ids) and escalated_at is not null")
			.param("ids", alerts)
			.query(Integer.class)
			.single()).isEqualTo(5);
	}

	private TestPeople.Client clientNamed(String name) {
		return new TestPeople(this.accounts, this.clients).clientOf(this.clinician, name, "Europe/London");
	}

	private UUID raise(TestPeople.Client client, CrisisSignal.Kind kind) {
		return new TestAlerts(this.events, this.transactions, this.jdbc).raise(client.id(), kind);
	}

}
