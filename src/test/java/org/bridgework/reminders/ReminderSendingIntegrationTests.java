package org.bridgework.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.SkipRequest;
import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planning and sending on the real database and GreenMail: once, at the client's local
 * time, with generic words; not when done, skipped or turned off; retried with back-off
 * and then recorded as failed; a node that stops after claiming loses nothing; a client
 * who moves gets the rest in their new zone and nothing twice.
 */
class ReminderSendingIntegrationTests extends ReminderIntegrationTestBase {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	@Autowired
	private Practice practice;

	@Autowired
	private EmailChannel email;

	@Test
	void aDailyPractice_isEmailedOnceAtItsLocalTime_withNothingOfThePracticeInIt() throws Exception {
		TestPeople.Client client = this.fixtures.client("America/New_York");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(8, 0), MONDAY);
		this.planner.planClient(client.id());

		this.clock.set(Instant.parse("2026-03-02T12:59:59Z"));
		assertThat(this.dispatcher.dispatchDue()).as("07:59:59 in New York").isZero();
		this.clock.set(Instant.parse("2026-03-02T13:00:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).as("a second run").isZero();

		assertThat(received()).hasSize(1);
		MimeMessage sent = received().get(0);
		assertThat(sent.getSubject()).isEqualTo("Time for your practice");
		String body = (String) sent.getContent();
		assertThat(body).contains("Time for your practice", "open Bridgework: https://bridgework.clinic.test/today",
				"https://bridgework.clinic.test/me/reminders/snooze/");
		for (String text : List.of(body, sent.getSubject())) {
			assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("secret", "breath", "robin", "mindful");
		}
		assertThat(messageId(sent)).matches("<reminder-[0-9a-f-]{36}-0@bridgework>");
		assertThat(status(assignment)).isEqualTo("SENT");
		assertThat(outcomes(assignment)).containsExactly("SENT");
	}

	@Test
	void aPracticeAlreadyDoneOrSkipped_isNotReminded() {
		TestPeople.Client done = this.fixtures.client("Europe/London");
		UUID practised = this.fixtures.daily(done, LocalTime.of(9, 0), MONDAY);
		TestPeople.Client skipping = this.fixtures.client("Europe/London");
		UUID skipped = this.fixtures.daily(skipping, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(done.id());
		this.planner.planClient(skipping.id());

		this.practice.record(done.user(), practised, UUID.randomUUID().toString(), new EntryRequest(MONDAY,
				Map.of("mindWandering", "a-few-times"), null, null, null, null, null, false, false, null));
		this.practice.skip(skipping.user(), skipped, null, new SkipRequest(MONDAY, SkipReason.NO_TIME, null));
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));

		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(received()).isEmpty();
		assertThat(status(practised)).isEqualTo("NOT_NEEDED");
		assertThat(status(skipped)).isEqualTo("NOT_NEEDED");
		assertThat(outcomes(practised)).containsExactly("NOT_NEEDED");
	}

	@Test
	void aReminderTurnedOff_isTakenOutOfThePlan() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());
		this.jdbc.sql("insert into assignment_reminder (assignment_id, enabled, updated_at) values (:id, false, now())")
			.param("id", assignment)
			.update();

		this.planner.planClient(client.id());
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));

		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(this.jdbc.sql("select count(*) from reminder_occurrence where assignment_id = :id")
			.param("id", assignment)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aMailServerThatIsDown_isTriedAgainWithBackOff_thenTheReminderIsRecordedAsFailed() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());
		mail.stop();
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));

		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(nextAttempt(assignment)).isEqualTo("2026-03-02T09:01:00Z");
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.dispatcher.dispatchDue()).as("not before its back-off").isZero();
		assertThat(outcomes(assignment)).containsExactly("RETRYING");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(nextAttempt(assignment)).as("the wait doubles").isEqualTo("2026-03-02T09:03:00Z");
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.dispatcher.dispatchDue()).isZero();

		assertThat(status(assignment)).isEqualTo("FAILED");
		assertThat(outcomes(assignment)).containsExactly("RETRYING", "RETRYING", "FAILED");
		mail = startMail();
		this.clock.advance(Duration.ofHours(1));
		assertThat(this.dispatcher.dispatchDue()).as("a failed one stays failed").isZero();
	}

	@Test
	void aFailureThenSuccess_isSentOnce_andTheLogShowsTheRetry() throws Exception {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());
		mail.stop();
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		this.dispatcher.dispatchDue();
		mail = startMail();
		this.clock.advance(Duration.ofMinutes(1));

		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(received()).hasSize(1);
		assertThat(outcomes(assignment)).containsExactly("RETRYING", "SENT");
	}

	@Test
	void aNodeThatStopsAfterClaiming_losesNothing_theReminderIsSentOnceWhenItsLeaseRunsOut() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));

		List<Claimed> claimed = this.dispatcher.claim(UUID.randomUUID(), Channel.EMAIL);
		// ...and the node stops here: nothing sent, nothing recorded.
		assertThat(claimed).extracting(Claimed::assignmentId).containsExactly(assignment);
		assertThat(status(assignment)).isEqualTo("SENDING");
		assertThat(this.dispatcher.dispatchDue()).as("still leased to the stopped node").isZero();

		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(received()).hasSize(1);
		assertThat(status(assignment)).isEqualTo("SENT");
	}

	@Test
	void aNodeThatStopsAfterTheMailServerTookTheEmail_sendsItAgain_withTheSameMessageId() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		Claimed claimed = this.dispatcher.claim(UUID.randomUUID(), Channel.EMAIL).get(0);
		this.email.send(Map.of(claimed, address(client)));
		// ...and the node stops before recording: the one window ADR 0013 describes.

		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		assertThat(received()).hasSize(2);
		assertThat(received()).extracting(ReminderIntegrationTestBase::messageId)
			.containsOnly(messageId(received().get(0)));
	}

	@Test
	void aClaimWhoseLeaseWasTakenOver_cannotRecordOverTheNewClaim() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		UUID slowClaim = UUID.randomUUID();
		Claimed slow = this.dispatcher.claim(slowClaim, Channel.EMAIL).get(0);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		this.store.record(slowClaim, List.of(Outcome.failed(slow, "late node")), this.clock.instant());

		assertThat(status(assignment)).isEqualTo("SENT");
		assertThat(outcomes(assignment)).containsExactly("SENT");
	}

	@Test
	void aReminderHoursLate_isRecordedAsFailedInsteadOfSent() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
		this.planner.planClient(client.id());

		this.clock.set(Instant.parse("2026-03-02T21:00:01Z"));

		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(received()).isEmpty();
		assertThat(status(assignment)).isEqualTo("FAILED");
	}

	@Test
	void aClientWhoMovesZone_getsTheRestInTheNewZone_andNothingAlreadySentAgain() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(8, 0), MONDAY);
		this.planner.planClient(client.id());
		this.clock.set(Instant.parse("2026-03-02T08:00:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		// Monday 19:00 in London: Tuesday 06:00 in Sydney, before Tuesday's 08:00 there.
		this.clock.set(Instant.parse("2026-03-02T19:00:00Z"));
		this.jdbc.sql("update client set timezone = 'Australia/Sydney' where id = :id")
			.param("id", client.id())
			.update();
		this.planner.planAll();

		assertThat(dueTimes(assignment)).containsExactly(Instant.parse("2026-03-02T08:00:00Z"),
				Instant.parse("2026-03-02T21:00:00Z"), Instant.parse("2026-03-03T21:00:00Z"));
		this.clock.set(Instant.parse("2026-03-02T21:00:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(received()).hasSize(2);
	}

	@Test
	void aSnoozedReminder_comesOnceMoreAtTheNewTime_asANewMessage() throws Exception {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(8, 0), MONDAY);
		this.planner.planClient(client.id());
		this.clock.set(Instant.parse("2026-03-02T08:00:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);

		this.clock.set(Instant.parse("2026-03-02T08:05:00Z"));
		assertThat(this.snoozes.snooze(client.user(), assignment, Snooze.IN_30_MINUTES))
			.isEqualTo(Instant.parse("2026-03-02T08:35:00Z"));
		this.planner.planAll();
		this.clock.set(Instant.parse("2026-03-02T08:34:59Z"));
		assertThat(this.dispatcher.dispatchDue()).isZero();
		this.clock.set(Instant.parse("2026-03-02T08:35:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(1);
		assertThat(this.dispatcher.dispatchDue()).isZero();

		assertThat(received()).extracting(ReminderIntegrationTestBase::messageId)
			.hasSize(2)
			.doesNotHaveDuplicates()
			.allMatch((id) -> id.matches("<reminder-[0-9a-f-]{36}-[01]@bridgework>"));
		assertThat(outcomes(assignment)).containsExactly("SENT", "SENT");
	}

	@Autowired
	private Snoozes snoozes;

	@Autowired
	private OccurrenceStore store;

	private String address(TestPeople.Client client) {
		return this.jdbc.sql("select a.email from account a join client c on c.account_id = a.id where c.id = :id")
			.param("id", client.id())
			.query(String.class)
			.single();
	}

	private String nextAttempt(UUID assignment) {
		return this.jdbc
			.sql("select next_attempt_at from reminder_occurrence where assignment_id = :id and local_date = :day")
			.param("day", MONDAY)
			.param("id", assignment)
			.query((rs, row) -> rs.getTimestamp(1).toInstant().toString())
			.single();
	}

	private List<Instant> dueTimes(UUID assignment) {
		return this.jdbc.sql("select due_at from reminder_occurrence where assignment_id = :id order by local_date")
			.param("id", assignment)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.list();
	}

}
