package org.bridgework.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bridgework.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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
 * Not a test: a measurement, run with {@code ./mvnw -B -ntp -Pbenchmark test}. Makes
 * 100,000 daily practices (1,000 clients with 100 each) whose reminders fall in the same
 * minute, plans them as the scheduler would, moves the clock to that minute and sends
 * them all to a minimal SMTP server on localhost, printing how long each part took. ADR
 * 0013 records the figure.
 */
@SpringBootTest(properties = { "bridgework.reminders.batch-size=${benchmark.batch:500}",
		"bridgework.reminders.senders=${benchmark.senders:8}", "bridgework.reminders.base-url=https://example.org",
		"logging.level.org.bridgework=WARN" })
@Import(ReminderSendingBenchmark.Clock.class)
class ReminderSendingBenchmark {

	static final int CLIENTS = Integer.getInteger("benchmark.clients", 1000);

	static final int PER_CLIENT = Integer.getInteger("benchmark.perClient", 100);

	/** A Monday 05:00 UTC: every reminder is due at 08:00 UTC the same day. */
	static final Instant START = Instant.parse("2026-03-02T05:00:00Z");

	private static final SmtpSink SINK = new SmtpSink();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SINK::port);
	}

	@AfterAll
	static void stopSink() throws Exception {
		SINK.close();
	}

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ReminderPlanner planner;

	@Autowired
	private ReminderDispatcher dispatcher;

	@Autowired
	private MovableClock clock;

	@Test
	void hundredThousandRemindersInOneMinute() {
		int total = CLIENTS * PER_CLIENT;
		long t0 = System.nanoTime();
		makePractices();
		long made = System.nanoTime();
		int planned = this.planner.planAll();
		long plannedAt = System.nanoTime();
		this.clock.set(Instant.parse("2026-03-02T08:00:00Z"));
		long sendStart = System.nanoTime();
		int sent = this.dispatcher.dispatchDue();
		long sendEnd = System.nanoTime();

		System.out.printf("%nReminder benchmark on %d cores: %d reminders due at the same minute%n",
				Runtime.getRuntime().availableProcessors(), total);
		System.out.printf("  making the practices (SQL, not timed as scheduling): %.1f s%n", seconds(t0, made));
		System.out.printf("  planning them (the scheduler's planning task):       %.1f s (%d planned)%n",
				seconds(made, plannedAt), planned);
		System.out.printf(
				"  due -> all handed to SMTP:                            %.1f s (%d sent, %d accepted by the sink, %.0f per second)%n%n",
				seconds(sendStart, sendEnd), sent, SINK.accepted(), sent / seconds(sendStart, sendEnd));
		if (sent != total || SINK.accepted() != total) {
			throw new IllegalStateException("Expected " + total + " reminders sent, got " + sent);
		}
	}

	/** One clinician, and clients each with their practices, all due at 08:00 UTC. */
	private void makePractices() {
		UUID clinician = UUID.randomUUID();
		UUID version = this.jdbc.sql("select id from template_version limit 1").query(UUID.class).single();
		this.jdbc
			.sql("insert into account (id, email, display_name, roles) values (:id, :email, 'Bench', '{CLINICIAN}')")
			.param("id", clinician)
			.param("email", "bench-" + clinician + "@example.org")
			.update();
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, roles)
				select gen_random_uuid(), 'bench-' || g || '-' || :run || '@example.org', 'Client', 'x', '{CLIENT}'
				from generate_series(1, :clients) g""")
			.param("run", clinician.toString())
			.param("clients", CLIENTS)
			.update();
		this.jdbc.sql("""
				insert into client (id, account_id, display_name, timezone)
				select gen_random_uuid(), a.id, 'Client', 'UTC' from account a where a.email like :pattern""")
			.param("pattern", "bench-%-" + clinician + "@example.org")
			.update();
		// Title and barriers stay placeholders, not ciphertext: sending never reads free
		// text, and a read of them would fail loudly (UnreadableFieldException).
		this.jdbc
			.sql("""
					insert into assignment (id, client_id, template_version_id, title, barriers, days_of_week,
					                        time_of_day, start_date, created_by)
					select gen_random_uuid(), c.id, :version, 'Practice', '[]',
					       '{MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY}', '08:00', date '2026-03-01', :clinician
					from client c join account a on a.id = c.account_id, generate_series(1, :per) g
					where a.email like :pattern""")
			.param("version", version)
			.param("clinician", clinician)
			.param("per", PER_CLIENT)
			.param("pattern", "bench-%-" + clinician + "@example.org")
			.update();
	}

	private static double seconds(long from, long to) {
		return Duration.ofNanos(to - from).toMillis() / 1000.0;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clock {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(START);
		}

	}

}
