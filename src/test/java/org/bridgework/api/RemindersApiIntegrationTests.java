package org.bridgework.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;

/**
 * A client's reminder settings, snoozes and calendar feed through the API, the feed read
 * by a real iCalendar library as a phone's calendar would read it.
 */
class RemindersApiIntegrationTests extends ApiIntegrationTestBase {

	@LocalServerPort
	int port;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Test
	void theCalendarFeed_hasEachPlannedPracticeAsAGenericEventWithAnAlarm_atTheClientsTime() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Europe/London");
		Assignment practice = this.api.assign(clinician, client, secretPlan(client));
		this.api.http()
			.send("PUT", "/api/v1/me/reminders/assignments/" + practice.id(), client.token(),
					Map.of("reminderTime", "07:30"), Map.of())
			.expect(200);

		String url = this.api.http()
			.post(client.token(), "/api/v1/me/calendar-feed", null)
			.expect(201)
			.json()
			.get("url")
			.stringValue();
		ApiResponse feed = this.api.http().get(null, path(url));

		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(feed.body()).doesNotContain("SECRET").contains("\r\n");
		ICalendar calendar = Biweekly.parse(feed.body()).first();
		List<VEvent> events = calendar.getEvents();
		assertThat(events).hasSize(7 + 1 + 56);
		LocalDate tomorrow = client.today().plusDays(1);
		VEvent event = events.stream()
			.filter((each) -> each.getUid().getValue().equals(practice.id() + "-" + tomorrow + "@bridgework"))
			.findFirst()
			.orElseThrow();
		assertThat(event.getSummary().getValue()).isEqualTo("Practice — Bridgework");
		assertThat(event.getDateStart().getValue())
			.isEqualTo(Date.from(ZonedDateTime.of(tomorrow, LocalTime.of(7, 30), LONDON).toInstant()));
		assertThat(event.getAlarms()).hasSize(1);
		VAlarm alarm = event.getAlarms().get(0);
		assertThat(alarm.getAction().isDisplay()).isTrue();
		assertThat(alarm.getDescription().getValue()).isEqualTo("Time for your practice");
	}

	@Test
	void aRevokedOrReplacedCalendarAddress_answers404() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Europe/London");
		this.api.assign(clinician, client, secretPlan(client));
		String first = path(
				this.api.http().post(client.token(), "/api/v1/me/calendar-feed", null).json().get("url").stringValue());
		String second = path(
				this.api.http().post(client.token(), "/api/v1/me/calendar-feed", null).json().get("url").stringValue());

		assertThat(this.api.http().get(null, first).status()).as("replaced").isEqualTo(404);
		assertThat(this.api.http().get(null, second).status()).isEqualTo(200);
		this.api.http().send("DELETE", "/api/v1/me/calendar-feed", client.token(), null, Map.of()).expect(204);
		ApiResponse revoked = this.api.http().get(null, second);
		assertThat(revoked.status()).isEqualTo(404);
		assertThat(revoked.body()).doesNotContain("BEGIN:VCALENDAR");
		assertThat(this.api.http().get(null, "/calendar/not-a-token.ics").status()).isEqualTo(404);
		assertThat(this.api.http().get(client.token(), "/api/v1/me/reminders").json().get("calendarSince").isNull())
			.isTrue();
	}

	@Test
	void settings_areKeptAndRefusedWithTheFieldNamed() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Europe/London");
		Assignment practice = this.api.assign(clinician, client, secretPlan(client));

		JsonNode settings = this.api.http()
			.send("PUT", "/api/v1/me/reminders", client.token(),
					Map.of("emailEnabled", false, "quietStart", "22:00", "quietEnd", "07:00"), Map.of())
			.expect(200)
			.json();
		assertThat(settings.get("emailEnabled").booleanValue()).isFalse();
		assertThat(settings.get("quietHours").get("start").stringValue()).isEqualTo("22:00");
		assertThat(settings.get("emailAvailable").booleanValue()).as("no mail server in this context").isFalse();
		JsonNode practices = this.api.http()
			.send("PUT", "/api/v1/me/reminders/assignments/" + practice.id(), client.token(), Map.of("enabled", false),
					Map.of())
			.expect(200)
			.json()
			.get("practices");
		assertThat(practices.get(0).get("enabled").booleanValue()).isFalse();
		assertThat(practices.get(0).get("time").stringValue()).isEqualTo("08:00");

		assertThat(this.api.http()
			.send("PUT", "/api/v1/me/reminders", client.token(), Map.of("quietStart", "22:00"), Map.of())
			.invalidFields()).containsExactly("quietEnd");
		assertThat(this.api.http()
			.send("PUT", "/api/v1/me/reminders/assignments/" + practice.id(), client.token(),
					Map.of("reminderTime", "7.30"), Map.of())
			.invalidFields()).containsExactly("reminderTime");
		assertThat(this.api.http()
			.post(client.token(), "/api/v1/me/reminders/snoozes",
					Map.of("assignmentId", practice.id(), "choice", "LATER"))
			.invalidFields()).containsExactly("choice");
	}

	@Test
	void aSnoozeIn30Minutes_answersWhenTheReminderComes() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Europe/London");
		Assignment practice = this.api.assign(clinician, client, secretPlan(client));

		JsonNode snoozed = this.api.http()
			.post(client.token(), "/api/v1/me/reminders/snoozes",
					Map.of("assignmentId", practice.id(), "choice", "IN_30_MINUTES"))
			.expect(200)
			.json();

		assertThat(snoozed.get("choice").stringValue()).isEqualTo("IN_30_MINUTES");
		assertThat(java.time.Instant.parse(snoozed.get("remindAt").stringValue()))
			.isAfter(java.time.Instant.now().plusSeconds(25 * 60));
	}

	@Test
	void aPracticeDoneOrSkippedToday_offersNoSnooze_andSnoozingItAnswers409WithWhy() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Europe/London");
		Assignment done = this.api.assign(clinician, client, secretPlan(client));
		Assignment skipped = this.api.assign(clinician, client, secretPlan(client));
		Assignment due = this.api.assign(clinician, client, secretPlan(client));
		Visitor phone = new Visitor(this.port);
		phone.signIn(client.email(), ApiFixtures.PASSWORD);
		assertThat(phone.open("/today").body()).contains(snoozePath(done), snoozePath(skipped), snoozePath(due));

		this.api.record(client, done, client.today());
		this.api.skip(client, skipped, client.today(), "TOO_HARD");

		assertThat(phone.open("/today").body()).doesNotContain(snoozePath(done), snoozePath(skipped))
			.contains(snoozePath(due));
		Page donePage = phone.open(snoozePath(done));
		assertThat(donePage.text()).contains("already done this practice today").doesNotContain("In 30 minutes");
		assertThat(phone.open(snoozePath(skipped)).text()).contains("chose to skip this practice today")
			.doesNotContain("In 30 minutes");
		assertThat(phone.open(snoozePath(due)).text()).contains("In 30 minutes");
		Page refused = phone.submit(donePage, snoozePath(done), Map.of("choice", "IN_30_MINUTES"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text()).contains("already done this practice today");

		JsonNode doneProblem = this.api.http()
			.post(client.token(), "/api/v1/me/reminders/snoozes",
					Map.of("assignmentId", done.id(), "choice", "IN_30_MINUTES"))
			.problem(409);
		assertThat(doneProblem.get("detail").stringValue()).contains("already done this practice today");
		JsonNode skippedProblem = this.api.http()
			.post(client.token(), "/api/v1/me/reminders/snoozes",
					Map.of("assignmentId", skipped.id(), "choice", "THIS_EVENING"))
			.problem(409);
		assertThat(skippedProblem.get("detail").stringValue()).contains("chose to skip this practice today");
		this.api.http()
			.post(client.token(), "/api/v1/me/reminders/snoozes",
					Map.of("assignmentId", due.id(), "choice", "IN_30_MINUTES"))
			.expect(200);
	}

	@Test
	void aClientTurnsNotificationsOnForTheirPhone_seesIt_andTurnsItOff() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Europe/London");

		JsonNode device = this.api.http()
			.send("POST", "/api/v1/me/push-subscriptions", client.token(),
					AccessRulesIntegrationTests.pushSubscriptionBody(),
					Map.of("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36"))
			.expect(201)
			.json();
		assertThat(device.get("device").stringValue()).isEqualTo("Chrome on Android");
		JsonNode settings = this.api.http().get(client.token(), "/api/v1/me/reminders").expect(200).json();
		assertThat(settings.get("pushKey").stringValue()).matches("[A-Za-z0-9_-]{87}");
		assertThat(settings.get("pushDevices").get(0).get("id").stringValue())
			.isEqualTo(device.get("id").stringValue());
		assertThat(settings.toString()).doesNotContain("fcm.googleapis.com");

		Map<String, Object> notAPushService = new java.util.HashMap<>(
				AccessRulesIntegrationTests.pushSubscriptionBody());
		notAPushService.put("endpoint", "https://intranet.clinic.test/push");
		assertThat(
				this.api.http().post(client.token(), "/api/v1/me/push-subscriptions", notAPushService).invalidFields())
			.containsExactly("endpoint");

		String path = "/api/v1/me/push-subscriptions/" + device.get("id").stringValue();
		this.api.http().send("DELETE", path, client.token(), null, Map.of()).expect(204);
		this.api.http().send("DELETE", path, client.token(), null, Map.of()).expect(404);
	}

	private static String snoozePath(Assignment assignment) {
		return "/me/reminders/snooze/" + assignment.id();
	}

	private static Map<String, Object> secretPlan(Client client) {
		Map<String, Object> plan = assignmentBody("mindful-breathing", EVERY_DAY, client.today().minusDays(30), null);
		plan.put("title", "SECRET-TITLE");
		plan.put("cue", "SECRET-CUE");
		return plan;
	}

	private static String path(String url) {
		return java.net.URI.create(url).getRawPath();
	}

}
