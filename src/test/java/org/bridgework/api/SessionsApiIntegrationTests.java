package org.bridgework.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.FieldCipher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * The session rhythm through the JSON API: session dates and "since the last session",
 * check-ins, summaries, and the digest's figures on known data, where a private entry
 * shows only its date.
 */
class SessionsApiIntegrationTests extends ApiIntegrationTestBase {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FieldCipher cipher;

	private Clinician clinician;

	private Client client;

	private LocalDate today;

	@BeforeEach
	void aClientInCare() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
		this.today = this.client.today();
	}

	@Test
	void digest_countsEverythingSinceTheLastSession_andShowsOnlyTheDateOfAPrivateEntry() {
		Assignment breathing = this.api.assign(this.clinician, this.client,
				assignmentBody("mindful-breathing", EVERY_DAY, this.today.minusDays(20), null));
		Assignment moodLog = this.api.assign(this.clinician, this.client,
				assignmentBody("mood-log", EVERY_DAY, this.today.minusDays(20), null));
		addSession(this.today.minusDays(30));
		addSession(this.today.minusDays(10));
		addSession(this.today.plusDays(4));
		// Before the last session: not counted.
		entry(breathing, 12, 1, 1, 1, "BEFORE-THE-SESSION", false, true);
		entry(breathing, 9, 4, 3, 6, "FLAGGED-NOTE", false, true);
		entry(breathing, 8, 2, 5, 5, "Felt flat", false, false);
		entry(breathing, 7, 5, 2, 9, "PRIVATE-NOTE", true, true);
		Map<String, Object> mood = entryBody(this.today.minusDays(6), validAnswers("mood-log"));
		mood.put("quality", null);
		mood.put("moodBefore", 4);
		mood.put("moodAfter", 3);
		mood.put("flagForSession", false);
		this.api.record(this.client, moodLog, mood);
		skip(breathing, 5, "OVERWHELMED", "Too much at work");
		skip(breathing, 4, "OVERWHELMED", null);
		skip(moodLog, 3, "FORGOT", "Busy");
		checkIn("This is harder than I thought");
		olderCheckIn("OLDER-CHECK-IN", 11);

		ApiResponse response = this.api.http()
			.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest")
			.expect(200);
		JsonNode digest = response.json();

		assertThat(digest.get("from").stringValue()).isEqualTo(this.today.minusDays(10).toString());
		assertThat(digest.get("to").stringValue()).isEqualTo(this.today.toString());
		assertThat(digest.get("lastSession").stringValue()).isEqualTo(this.today.minusDays(10).toString());
		assertThat(digest.get("nextSession").stringValue()).isEqualTo(this.today.plusDays(4).toString());
		JsonNode adherence = this.api.adherence(this.clinician, this.client, this.today.minusDays(10), this.today);
		assertThat(digest.get("totals").get("expected").intValue()).isEqualTo(adherence.get("expected").intValue())
			.isEqualTo(22);
		assertThat(digest.get("totals").get("completed").intValue()).isEqualTo(4);
		assertThat(digest.get("totals").get("skipped").intValue()).isEqualTo(3);
		JsonNode breathingLine = line(digest, breathing);
		assertThat(breathingLine.get("title").stringValue()).isEqualTo(breathing.title());
		assertThat(breathingLine.get("completed").intValue()).isEqualTo(3);
		assertThat(breathingLine.get("expected").intValue()).isEqualTo(11);
		assertThat(breathingLine.get("skipped").intValue()).isEqualTo(2);
		// (4 + 2) / 2: the private entry's 5 is not the clinician's to see.
		assertThat(breathingLine.get("averageQuality").doubleValue()).isEqualTo(3.0);
		assertThat(breathingLine.get("rated").intValue()).isEqualTo(2);
		JsonNode moodLine = line(digest, moodLog);
		assertThat(moodLine.get("completed").intValue()).isEqualTo(1);
		assertThat(moodLine.get("averageQuality").isNull()).isTrue();
		// Before 3, 5, 4; after 6, 5, 3.
		assertThat(digest.get("mood").get("entries").intValue()).isEqualTo(3);
		assertThat(digest.get("mood").get("averageBefore").doubleValue()).isEqualTo(4.0);
		assertThat(digest.get("mood").get("averageAfter").doubleValue()).isEqualTo(4.7);
		assertThat(digest.get("mood").get("change").doubleValue()).isEqualTo(0.7);
		JsonNode reasons = digest.get("skipsByReason");
		assertThat(reasons.size()).isEqualTo(2);
		assertThat(reasons.get(0).get("reason").stringValue()).isEqualTo("OVERWHELMED");
		assertThat(reasons.get(0).get("count").intValue()).isEqualTo(2);
		assertThat(reasons.get(0).get("notes").size()).isEqualTo(1);
		assertThat(reasons.get(0).get("notes").get(0).get("note").stringValue()).isEqualTo("Too much at work");
		assertThat(reasons.get(0).get("notes").get(0).get("assignmentTitle").stringValue())
			.isEqualTo(breathing.title());
		assertThat(reasons.get(1).get("reason").stringValue()).isEqualTo("FORGOT");
		assertThat(reasons.get(1).get("count").intValue()).isEqualTo(1);
		assertThat(reasons.get(1).get("notes").get(0).get("note").stringValue()).isEqualTo("Busy");
		JsonNode flagged = digest.get("flaggedEntries");
		assertThat(flagged.size()).isEqualTo(1);
		assertThat(flagged.get(0).get("note").stringValue()).isEqualTo("FLAGGED-NOTE");
		assertThat(flagged.get(0).get("day").stringValue()).isEqualTo(this.today.minusDays(9).toString());
		assertThat(digest.get("privateEntryDays").size()).isEqualTo(1);
		assertThat(digest.get("privateEntryDays").get(0).stringValue()).isEqualTo(this.today.minusDays(7).toString());
		assertThat(digest.get("checkIns").size()).isEqualTo(1);
		assertThat(digest.get("checkIns").get(0).get("text").stringValue()).isEqualTo("This is harder than I thought");
		assertThat(digest.get("ladderSuggestions").size()).isZero();
		assertThat(digest.get("clientProposals").size()).isZero();
		assertThat(response.body()).doesNotContain("PRIVATE-NOTE", "BEFORE-THE-SESSION", "OLDER-CHECK-IN");
	}

	@Test
	void digest_listsWhatTheClientProposedForTheirPlans() {
		Assignment breathing = this.api.assign(this.clinician, this.client,
				assignmentBody("mindful-breathing", EVERY_DAY, this.today.minusDays(20), null));
		this.api.http()
			.post(this.client.token(), "/api/v1/assignments/" + breathing.id() + "/proposals",
					Map.of("changes", Map.of("place", "By the window"), "note", "The kitchen is noisy"))
			.expect(201);

		JsonNode digest = this.api.http()
			.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest")
			.expect(200)
			.json();

		JsonNode proposal = digest.get("clientProposals").get(0);
		assertThat(digest.get("clientProposals").size()).isOne();
		assertThat(proposal.get("day").stringValue()).isEqualTo(this.today.toString());
		assertThat(proposal.get("text").stringValue()).contains(breathing.title(), "Where", "By the window");
		assertThat(proposal.get("detail").stringValue()).contains("New suggestion", "The kitchen is noisy");
	}

	@Test
	void digest_withoutAnySession_coversTheLastFourteenDays() {
		addSession(this.today.plusDays(7));

		JsonNode digest = this.api.http()
			.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest")
			.expect(200)
			.json();

		assertThat(digest.get("from").stringValue()).isEqualTo(this.today.minusDays(14).toString());
		assertThat(digest.get("lastSession").isNull()).isTrue();
		assertThat(digest.get("nextSession").stringValue()).isEqualTo(this.today.plusDays(7).toString());
		assertThat(digest.get("mood").isNull()).isTrue();
		assertThat(digest.get("assignments").size()).isZero();
	}

	@Test
	void sessions_sameDayTwiceIsOneSession_andTodayStillCountsAsComingUp() {
		UUID first = addSession(this.today);
		UUID again = addSession(this.today);
		addSession(this.today.minusDays(14));

		JsonNode sessions = this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/sessions")
			.expect(200)
			.json();

		assertThat(again).isEqualTo(first);
		assertThat(sessions.get("sessions").size()).isEqualTo(2);
		assertThat(sessions.get("lastSession").stringValue()).isEqualTo(this.today.minusDays(14).toString());
		assertThat(sessions.get("nextSession").stringValue()).isEqualTo(this.today.toString());
		assertThat(sessions.get("since").stringValue()).isEqualTo(this.today.minusDays(14).toString());
	}

	@Test
	void sessions_aDayMissingOrFarAway_isRefusedAndNothingIsStored() {
		String path = "/api/v1/clients/" + this.client.id() + "/sessions";

		assertThat(this.api.http().post(this.clinician.token(), path, Map.of()).invalidFields())
			.containsExactly("date");
		assertThat(this.api.http()
			.post(this.clinician.token(), path, Map.of("date", this.today.plusYears(3)))
			.invalidFields()).containsExactly("date");
		assertThat(this.api.http().get(this.clinician.token(), path).expect(200).json().get("sessions").size())
			.isZero();
	}

	@Test
	void aSessionDateRecordedByMistakeIsRemoved_andTheDigestReachesBackToTheOneBefore() {
		String sessions = "/api/v1/clients/" + this.client.id() + "/sessions";
		this.api.http().post(this.clinician.token(), sessions, Map.of("date", this.today.minusDays(20))).expect(201);
		UUID mistake = this.api.http()
			.post(this.clinician.token(), sessions, Map.of("date", this.today.minusDays(3)))
			.created();

		this.api.http().send("DELETE", sessions + "/" + mistake, this.client.token(), null, Map.of()).expect(403);
		this.api.http().send("DELETE", sessions + "/" + mistake, this.clinician.token(), null, Map.of()).expect(204);
		this.api.http()
			.send("DELETE", sessions + "/" + mistake, this.clinician.token(), null, Map.of())
			.expect(404)
			.assertProblemShape();

		JsonNode calendar = this.api.http().get(this.clinician.token(), sessions).expect(200).json();
		assertThat(calendar.get("lastSession").stringValue()).isEqualTo(this.today.minusDays(20).toString());
		assertThat(this.api.http()
			.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest")
			.expect(200)
			.json()
			.get("from")
			.stringValue()).isEqualTo(this.today.minusDays(20).toString());
	}

	@Test
	void aCheckInSentTwiceWithOneKeyIsStoredOnce_andTheKeyWithOtherWordsIsRefused() {
		Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
		String path = "/api/v1/me/check-ins";

		JsonNode first = this.api.http()
			.post(this.client.token(), path, Map.of("text", "On a slow train"), key)
			.expect(201)
			.json();
		JsonNode again = this.api.http()
			.post(this.client.token(), path, Map.of("text", "On a slow train"), key)
			.expect(201)
			.json();
		this.api.http()
			.post(this.client.token(), path, Map.of("text", "Something else"), key)
			.expect(409)
			.assertProblemShape();

		assertThat(again.get("id")).isEqualTo(first.get("id"));
		assertThat(this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/check-ins")
			.expect(200)
			.json()
			.size()).isEqualTo(1);
	}

	@Test
	void checkIns_areTheClientsToWrite_upTo2000Characters_andBothSidesReadThem() {
		JsonNode written = this.api.http()
			.post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", "  Harder than I thought  "))
			.expect(201)
			.json();

		assertThat(written.get("text").stringValue()).isEqualTo("Harder than I thought");
		assertThat(written.get("day").stringValue()).isEqualTo(this.today.toString());
		assertThat(this.api.http()
			.post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", "x".repeat(2001)))
			.invalidFields()).containsExactly("text");
		assertThat(
				this.api.http().post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", " ")).invalidFields())
			.containsExactly("text");
		assertThat(this.api.http()
			.post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", "y".repeat(2000)))
			.status()).isEqualTo(201);
		for (String token : List.of(this.client.token(), this.clinician.token())) {
			JsonNode list = this.api.http()
				.get(token, "/api/v1/clients/" + this.client.id() + "/check-ins")
				.expect(200)
				.json();
			assertThat(list.size()).isEqualTo(2);
			assertThat(list.get(1).get("text").stringValue()).isEqualTo("Harder than I thought");
		}
	}

	@Test
	void summaries_theLatestShowsUntilASessionAfterItHasPassed() {
		String path = "/api/v1/clients/" + this.client.id() + "/session-summaries";
		assertThat(this.api.http().post(this.clinician.token(), path, Map.of("learned", " ")).invalidFields())
			.containsExactly("learned");
		UUID older = UUID.randomUUID();
		this.jdbc.sql("""
				insert into session_summary (id, client_id, written_on, learned, created_by, created_at)
				values (:id, :client, :day, :learned, :by, now() - interval '20 days')""")
			.param("id", older)
			.param("learned",
					this.cipher.seal(EncryptedColumn.of("session_summary", "learned"), older, "An older summary"))
			.param("client", this.client.id())
			.param("day", this.today.minusDays(20))
			.param("by", this.clinician.id())
			.update();
		addSession(this.today.minusDays(10));

		JsonNode olderOnly = this.api.http().get(this.client.token(), path).expect(200).json();
		this.api.http()
			.post(this.clinician.token(), path,
					Map.of("learned", "Noticing early helps", "practised", "Three breaths", "stillHard", "Mornings",
							"homeworkAgreed", "Breathing after breakfast"))
			.expect(201);
		addSession(this.today.plusDays(7));
		JsonNode both = this.api.http().get(this.client.token(), path).expect(200).json();

		assertThat(olderOnly.size()).isEqualTo(1);
		assertThat(olderOnly.get(0).get("showing").booleanValue()).as("a session after it has passed").isFalse();
		assertThat(both.size()).isEqualTo(2);
		assertThat(both.get(0).get("learned").stringValue()).isEqualTo("Noticing early helps");
		assertThat(both.get(0).get("homeworkAgreed").stringValue()).isEqualTo("Breathing after breakfast");
		assertThat(both.get(0).get("writtenOn").stringValue()).isEqualTo(this.today.toString());
		assertThat(both.get(0).get("showing").booleanValue()).isTrue();
		assertThat(both.get(1).get("showing").booleanValue()).isFalse();
	}

	private UUID addSession(LocalDate day) {
		return this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/sessions", Map.of("date", day))
			.created();
	}

	private void entry(Assignment assignment, int daysAgo, Integer quality, int before, int after, String note,
			boolean keepPrivate, boolean flag) {
		Map<String, Object> body = entryBody(this.today.minusDays(daysAgo), validAnswers(assignment.templateKey()));
		body.put("quality", quality);
		body.put("moodBefore", before);
		body.put("moodAfter", after);
		body.put("note", note);
		body.put("private", keepPrivate);
		body.put("flagForSession", flag);
		this.api.record(this.client, assignment, body);
	}

	private void skip(Assignment assignment, int daysAgo, String reason, String note) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("occurredOn", this.today.minusDays(daysAgo), "reason", reason));
		if (note != null) {
			body.put("note", note);
		}
		this.api.postSkip(this.client, assignment, body).expect(201);
	}

	private void checkIn(String text) {
		this.api.http().post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", text)).expect(201);
	}

	private void olderCheckIn(String text, int daysAgo) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into check_in (id, client_id, text, created_at) values (:id, :client, :text, :at)")
			.param("id", id)
			.param("client", this.client.id())
			.param("text", this.cipher.seal(EncryptedColumn.of("check_in", "text"), id, text))
			.param("at",
					java.sql.Timestamp.from(this.today.minusDays(daysAgo)
						.atTime(12, 0)
						.atZone(java.time.ZoneId.of(this.client.timezone()))
						.toInstant()))
			.update();
	}

	private static JsonNode line(JsonNode digest, Assignment assignment) {
		for (JsonNode line : digest.get("assignments")) {
			if (line.get("id").stringValue().equals(assignment.id().toString())) {
				return line;
			}
		}
		throw new AssertionError("No line for " + assignment.title() + " in " + digest);
	}

}
