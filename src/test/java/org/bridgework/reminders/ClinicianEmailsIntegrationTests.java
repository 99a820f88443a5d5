package org.bridgework.reminders;

import java.sql.Timestamp;
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
import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician's own emails on the real database and GreenMail: the daily digest and the
 * note the day before a session, each once, at the hour they chose on their own clock,
 * with counts and links only; turned off, nothing is sent.
 */
class ClinicianEmailsIntegrationTests extends ReminderIntegrationTestBase {

	/** Monday 2 March 2026; the START clock is 01:00 that day in New York. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	/** What must never be in these emails: names, titles, answers, check-ins, scores. */
	private static final List<String> NEVER = List.of("secret", "robin", "breath", "mindful", "a-few-times", "awful",
			"phq", "gad", "score", "measure", "template", "thought record");

	@Autowired
	private ClinicianEmailSettings settings;

	@Autowired
	private ClinicianEmailPlanner planner;

	@Autowired
	private AccountSettings accountSettings;

	@Autowired
	private Practice practice;

	@Test
	void theDailyDigestAndTheNoteBeforeASession_areEmailedOnce_atTheChosenHourOnTheClinicianClock_countsOnly()
			throws Exception {
		CurrentUser clinician = this.fixtures.clinician();
		this.accountSettings.changeTimeZone(clinician, "America/New_York");
		TestPeople.Client client = this.fixtures.client("America/New_York");
		UUID assignment = this.fixtures.daily(client, LocalTime.of(8, 0), MONDAY.minusDays(7));
		this.practice.record(client.user(), assignment, UUID.randomUUID().toString(),
				new EntryRequest(MONDAY.minusDays(1), Map.of("mindWandering", "a-few-times"), null, null, null, null,
						null, false, false, null));
		this.jdbc.sql("insert into check_in (id, client_id, text, created_at) values (:id, :client, :text, :at)")
			.param("id", UUID.randomUUID())
			.param("client", client.id())
			.param("text", "SECRET-CHECKIN I felt awful")
			.param("at", Timestamp.from(START))
			.update();
		this.jdbc.sql("""
				insert into session_date (id, client_id, held_on, created_by) values (:id, :client, :day, :by)""")
			.param("id", UUID.randomUUID())
			.param("client", client.id())
			.param("day", MONDAY.plusDays(1))
			.param("by", clinician.id())
			.update();

		this.settings.change(clinician, true, true, "07:30");

		this.clock.set(Instant.parse("2026-03-02T12:29:59Z"));
		assertThat(this.dispatcher.dispatchDue()).as("07:29:59 in New York").isZero();
		this.clock.set(Instant.parse("2026-03-02T12:30:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isEqualTo(2);
		this.planner.planAll();
		assertThat(this.dispatcher.dispatchDue()).as("a second run").isZero();

		List<MimeMessage> sent = received();
		assertThat(sent).hasSize(2);
		MimeMessage digest = bySubject(sent, "Your Bridgework day");
		assertThat(text(digest)).contains("1 client practised yesterday.",
				"1 check-in is waiting since the last sessions.", "1 session tomorrow.",
				"Open Bridgework: https://bridgework.clinic.test/clients",
				"https://bridgework.clinic.test/account/settings");
		MimeMessage note = bySubject(sent, "You have a session tomorrow");
		assertThat(text(note)).contains("You have a session tomorrow \u2014 the digest is ready:",
				"https://bridgework.clinic.test/clients/" + client.id() + "/digest");
		for (MimeMessage message : sent) {
			String all = (message.getSubject() + "\n" + text(message)).toLowerCase(Locale.ROOT);
			assertThat(all).doesNotContain(NEVER.toArray(String[]::new));
			assertThat(messageId(message)).matches("<clinician-email-[0-9a-f-]{36}@bridgework>");
		}
		assertThat(this.settings.view(clinician).recent()).extracting(ClinicianEmailStore.Sent::outcome)
			.containsExactly("SENT", "SENT");
	}

	@Test
	void turnedOff_nothingIsSent_andOneTurnedOffAfterPlanningIsRecordedAsNotNeeded() {
		CurrentUser clinician = this.fixtures.clinician();
		this.accountSettings.changeTimeZone(clinician, "Europe/London");
		this.settings.change(clinician, true, false, "09:00");
		assertThat(plannedKinds(clinician)).as("today's and tomorrow's")
			.containsExactly("DAILY_DIGEST", "DAILY_DIGEST");

		this.settings.change(clinician, false, false, "09:00");
		assertThat(plannedKinds(clinician)).isEmpty();
		this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isZero();

		this.settings.change(clinician, true, false, "10:00");
		this.jdbc.sql("update clinician_email_setting set daily_digest = false where clinician_id = :id")
			.param("id", clinician.id())
			.update();
		this.clock.set(Instant.parse("2026-03-02T10:00:00Z"));
		assertThat(this.dispatcher.dispatchDue()).isZero();
		assertThat(received()).isEmpty();
		assertThat(this.settings.view(clinician).recent()).extracting(ClinicianEmailStore.Sent::outcome)
			.containsExactly("NOT_NEEDED");
	}

	private List<String> plannedKinds(CurrentUser clinician) {
		return this.jdbc
			.sql("select kind from clinician_email where clinician_id = :id and status = 'PENDING' order by kind")
			.param("id", clinician.id())
			.query(String.class)
			.list();
	}

	private static String text(MimeMessage message) throws Exception {
		return ((String) message.getContent()).replace("\r\n", "\n");
	}

	private static MimeMessage bySubject(List<MimeMessage> messages, String subject) {
		return messages.stream().filter((message) -> {
			try {
				return subject.equals(message.getSubject());
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).findFirst().orElseThrow(() -> new AssertionError("No email with subject " + subject));
	}

}
