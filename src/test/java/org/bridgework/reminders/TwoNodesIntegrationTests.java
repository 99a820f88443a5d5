package org.bridgework.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import com.zaxxer.hikari.HikariDataSource;
import org.bridgework.BridgeworkApplication;
import org.bridgework.testing.MovableClock;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database: this test's context and a second one started on
 * the same PostgreSQL, sharing the test's clock and mail server. Planning and sending on
 * both at once sends each reminder exactly once. And db-scheduler itself, driven by its
 * manual scheduler, runs the planning and sending tasks from its table.
 */
class TwoNodesIntegrationTests extends ReminderIntegrationTestBase {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static ConfigurableApplicationContext secondNode;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ReminderTasks tasks;

	@AfterAll
	static void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	@Test
	void twoNodesPlanningAndSendingAtOnce_sendEachReminderExactlyOnce() throws Exception {
		ConfigurableApplicationContext other = secondNode();
		List<TestPeople.Client> people = List.of(this.fixtures.client("Europe/London"),
				this.fixtures.client("Europe/London"), this.fixtures.client("Europe/London"));
		for (TestPeople.Client client : people) {
			for (int i = 0; i < 12; i++) {
				this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
			}
		}
		ReminderPlanner otherPlanner = other.getBean(ReminderPlanner.class);
		ReminderDispatcher otherDispatcher = other.getBean(ReminderDispatcher.class);

		atOnce(() -> planEach(this.planner, people), () -> planEach(otherPlanner, people));
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		List<Integer> sent = atOnce(this.dispatcher::dispatchDue, otherDispatcher::dispatchDue);

		assertThat(sent.get(0) + sent.get(1)).isEqualTo(36);
		assertThat(received()).hasSize(36);
		assertThat(received()).extracting(ReminderIntegrationTestBase::messageId).doesNotHaveDuplicates();
		assertThat(this.jdbc.sql("""
				select count(*) from reminder_occurrence o join client c on c.id = o.client_id
				where c.id in (:clients) and o.local_date = :day and o.status = 'SENT'
				  and (select count(*) from reminder_delivery d where d.occurrence_id = o.id) = 1""")
			.param("clients", people.stream().map(TestPeople.Client::id).toList())
			.param("day", MONDAY)
			.query(Integer.class)
			.single()).isEqualTo(36);
		assertThat(atOnce(this.dispatcher::dispatchDue, otherDispatcher::dispatchDue)).containsExactly(0, 0);
	}

	@Test
	void dbScheduler_runsPlanningAndSendingFromItsTable() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		this.fixtures.daily(client, LocalTime.of(6, 30), MONDAY);
		ManualScheduler scheduler = (ManualScheduler) TestHelper.createManualScheduler(this.dataSource)
			.clock(new SettableClock())
			.startTasks(this.tasks.all())
			.tableName(RemindersConfiguration.TABLE)
			.build();
		scheduler.setTime(START);
		scheduler.start();
		scheduler.runAnyDueExecutions();
		assertThat(received()).isEmpty();

		this.clock.advance(Duration.ofMinutes(30));
		scheduler.tick(Duration.ofMinutes(30));
		scheduler.runAnyDueExecutions();

		assertThat(received()).hasSize(1);
		assertThat(this.jdbc.sql("select task_name from " + RemindersConfiguration.TABLE + " order by task_name")
			.query(String.class)
			.list()).containsExactly("reminders-plan", "reminders-send");
	}

	private static int planEach(ReminderPlanner planner, List<TestPeople.Client> people) {
		return people.stream().mapToInt((client) -> planner.planClient(client.id())).sum();
	}

	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... nodes) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(nodes.length);
		try {
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> node : nodes) {
				running.add(pool.submit(() -> {
					start.await();
					return node.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> result : running) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private ConfigurableApplicationContext secondNode() {
		if (secondNode == null) {
			MovableClock shared = this.clock;
			ApplicationContextInitializer<GenericApplicationContext> sameClock = (context) -> context
				.registerBean("movableClock", MovableClock.class, () -> shared, (bean) -> bean.setPrimary(true));
			secondNode = new SpringApplicationBuilder(BridgeworkApplication.class).initializers(sameClock)
				.properties("spring.datasource.url=" + ((HikariDataSource) this.dataSource).getJdbcUrl(),
						"spring.datasource.username=postgres", "server.port=0", "spring.mail.host=localhost",
						"spring.mail.port=" + SMTP_PORT, "bridgework.reminders.scheduler-enabled=false",
						"bridgework.reminders.base-url=https://bridgework.clinic.test/",
						"bridgework.reminders.batch-size=7")
				.run();
		}
		return secondNode;
	}

}
