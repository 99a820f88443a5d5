package org.bridgework.api;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.PASSWORD;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.uniqueEmail;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * Every call of /work/shared/API.md (Measures aside), as an integration would make it:
 * paths, fields and status codes of the contract.
 */
class ApiContractIntegrationTests extends ApiIntegrationTestBase {

	private static final String TOKEN = "/api/v1/auth/token";

	private static final List<String> SKIP_REASONS = List.of("FORGOT", "NO_TIME", "TOO_HARD", "OVERWHELMED",
			"NOT_RELEVANT", "DOUBTS", "OTHER");

	// Accounts: sign-in

	@Test
	void token_returnsTokenExpiryAndTheSignedInUser() {
		Clinician clinician = this.api.newClinician();

		JsonNode body = http().post(null, TOKEN, this.api.credentials(clinician.email(), PASSWORD)).expect(200).json();

		assertThat(body.get("token").stringValue()).isNotBlank();
		assertThat(Instant.parse(body.get("expiresAt").stringValue())).isAfter(Instant.now());
		JsonNode user = body.get("user");
		assertThat(user.get("id").stringValue()).isEqualTo(clinician.id().toString());
		assertThat(user.get("displayName").stringValue()).isEqualTo(clinician.displayName());
		assertThat(strings(user.get("roles"))).containsExactly("CLINICIAN");
		http().get(body.get("token").stringValue(), "/api/v1/clients").expect(200);
	}

	@Test
	void token_firstAccountFromTheEnvironmentIsAdminAndClinician() {
		this.api.adminToken();
		JsonNode user = http().post(null, TOKEN, this.api.credentials(ADMIN_EMAIL, ADMIN_PASSWORD))
			.expect(200)
			.json()
			.get("user");

		assertThat(strings(user.get("roles"))).containsExactlyInAnyOrder("ADMIN", "CLINICIAN");
	}

	@Test
	void token_clientSignsInWithTheClientRole() {
		Client client = this.api.newClientOf(this.api.newClinician());

		JsonNode user = http().post(null, TOKEN, Map.of("email", client.email(), "password", PASSWORD))
			.expect(200)
			.json()
			.get("user");

		assertThat(user.get("id").stringValue()).isEqualTo(client.userId().toString());
		assertThat(strings(user.get("roles"))).containsExactly("CLIENT");
	}

	@Test
	void token_refusesAWrongPasswordAndAnUnknownEmailAlike() {
		Clinician clinician = this.api.newClinician();

		JsonNode wrongPassword = http()
			.post(null, TOKEN, Map.of("email", clinician.email(), "password", "not the password"))
			.problem(401);
		JsonNode unknownEmail = http()
			.post(null, TOKEN, Map.of("email", uniqueEmail("nobody"), "password", "not the password"))
			.problem(401);

		assertThat(wrongPassword.get("detail")).isEqualTo(unknownEmail.get("detail"));
		assertThat(wrongPassword.has("token")).isFalse();
		assertThat(wrongPassword.toString()).doesNotContain(clinician.displayName());
	}

	@Test
	void token_isRefusedWith429AfterFiveFailuresForOneEmail() {
		Clinician clinician = this.api.newClinician();
		Map<String, String> wrong = Map.of("email", clinician.email(), "password", "guess number n");

		for (int i = 0; i < 5; i++) {
			http().post(null, TOKEN, wrong).problem(401);
		}

		http().post(null, TOKEN, wrong).problem(429);
		http().post(null, TOKEN, Map.of("email", clinician.email(), "password", PASSWORD)).problem(429);
		// Another person is not slowed down by someone guessing this email.
		Clinician other = this.api.newClinician();
		http().post(null, TOKEN, this.api.credentials(other.email(), PASSWORD)).expect(200);
	}

	@Test
	void token_unknownEmailsAreThrottledToo_whateverTheirLetterCase() {
		String email = uniqueEmail("nobody");

		for (int i = 0; i < 5; i++) {
			String spelling = (i % 2 == 0) ? email : email.toUpperCase(Locale.ROOT);
			http().post(null, TOKEN, Map.of("email", spelling, "password", "guess number n")).problem(401);
		}

		http().post(null, TOKEN, Map.of("email", email, "password", "guess number n")).problem(429);
	}

	@Test
	void bearer_missingOrUnknownTokenIs401() {
		http().get(null, "/api/v1/clients").problem(401);
		http().get("not-a-token-we-issued", "/api/v1/clients").problem(401);
	}

	// Accounts: clinicians and invitations

	@Test
	void clinicians_adminInvitesAClinicianWithAnAbsoluteInviteUrl() {
		String email = uniqueEmail("clinician");

		JsonNode created = http()
			.post(this.api.adminToken(), "/api/v1/clinicians", Map.of("email", email, "displayName", "Dr New"))
			.expect(201)
			.json();

		UUID id = UUID.fromString(created.get("id").stringValue());
		URI inviteUrl = URI.create(created.get("inviteUrl").stringValue());
		assertThat(inviteUrl.isAbsolute()).as("absolute: %s", inviteUrl).isTrue();
		assertThat(inviteUrl.getScheme()).isIn("http", "https");
		assertThat(inviteUrl.getHost()).isNotBlank();
		String token = ApiFixtures.tokenOf(inviteUrl.toString());
		assertThat(token).isNotBlank();

		JsonNode accepted = http().post(null, "/api/v1/invitations/" + token, Map.of("password", PASSWORD))
			.expect(200)
			.json();
		assertThat(accepted.get("userId").stringValue()).isEqualTo(id.toString());
		String signedIn = this.api.signIn(email, PASSWORD);
		assertThat(signedIn).isNotBlank();
	}

	@Test
	void clinicians_onlyAnAdminMayInviteClinicians() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Map<String, String> body = Map.of("email", uniqueEmail("clinician"), "displayName", "Dr Nobody");

		http().post(clinician.token(), "/api/v1/clinicians", body).problem(403);
		http().post(client.token(), "/api/v1/clinicians", body).problem(403);
		http().post(null, "/api/v1/clinicians", body).problem(401);
	}

	@Test
	void clinicians_missingEmailIs400() {
		List<String> fields = http()
			.post(this.api.adminToken(), "/api/v1/clinicians", Map.of("displayName", "Dr No Email"))
			.invalidFields();

		assertThat(fields).contains("email");
	}

	@Test
	void invitations_aTokenWorksOnce() {
		String email = uniqueEmail("clinician");
		JsonNode created = http()
			.post(this.api.adminToken(), "/api/v1/clinicians", Map.of("email", email, "displayName", "Dr Once"))
			.expect(201)
			.json();
		String path = "/api/v1/invitations/" + ApiFixtures.tokenOf(created.get("inviteUrl").stringValue());
		http().post(null, TOKEN, Map.of("email", email, "password", PASSWORD)).problem(401);

		http().post(null, path, Map.of("password", PASSWORD)).expect(200);
		this.api.signIn(email, PASSWORD);
		ApiResponse second = http().post(null, path, Map.of("password", "another long password"));

		assertThat(second.status()).isIn(404, 410);
		second.assertProblemShape();
		assertThat(second.body()).doesNotContain("Dr Once");
	}

	@Test
	void invitations_aTokenNeverIssuedIs404() {
		http().post(null, "/api/v1/invitations/never-issued-" + UUID.randomUUID(), Map.of("password", PASSWORD))
			.problem(404);
	}

	@Test
	void invitations_aShortPasswordIsRefusedAndTheLinkStillWorks() {
		JsonNode created = http()
			.post(this.api.adminToken(), "/api/v1/clinicians",
					Map.of("email", uniqueEmail("clinician"), "displayName", "Dr Short"))
			.expect(201)
			.json();
		String path = "/api/v1/invitations/" + ApiFixtures.tokenOf(created.get("inviteUrl").stringValue());

		assertThat(http().post(null, path, Map.of("password", "short")).invalidFields()).contains("password");
		http().post(null, path, Map.of("password", PASSWORD)).expect(200);
	}

	// Accounts: clients

	@Test
	void clients_addingAClientMakesTheCallerTheirClinician() {
		Clinician clinician = this.api.newClinician();
		String email = uniqueEmail("client");

		JsonNode created = http()
			.post(clinician.token(), "/api/v1/clients",
					Map.of("displayName", "Sam Example", "email", email, "timezone", "America/New_York"))
			.expect(201)
			.json();

		String id = created.get("id").stringValue();
		assertThat(URI.create(created.get("inviteUrl").stringValue()).isAbsolute()).isTrue();
		JsonNode profile = http().get(clinician.token(), "/api/v1/clients/" + id).expect(200).json();
		assertThat(profile.get("id").stringValue()).isEqualTo(id);
		assertThat(profile.get("displayName").stringValue()).isEqualTo("Sam Example");
		assertThat(profile.get("timezone").stringValue()).isEqualTo("America/New_York");
		JsonNode caseload = http().get(clinician.token(), "/api/v1/clients").expect(200).json();
		ApiFixtures.assertSameIds(caseload, "id", id);
	}

	@Test
	void clients_theListShowsOnlyTheCallersOwnCaseload() {
		Clinician clinician = this.api.newClinician();
		Clinician colleague = this.api.newClinician();
		Client first = this.api.newClientOf(clinician);
		Client second = this.api.newClientOf(clinician);
		Client colleagues = this.api.newClientOf(colleague);

		JsonNode mine = http().get(clinician.token(), "/api/v1/clients").expect(200).json();
		JsonNode theirs = http().get(colleague.token(), "/api/v1/clients").expect(200).json();

		ApiFixtures.assertSameIds(mine, "id", first.id(), second.id());
		ApiFixtures.assertSameIds(theirs, "id", colleagues.id());
		assertThat(mine.toString()).doesNotContain(colleagues.displayName());
		for (JsonNode row : mine) {
			assertThat(row.has("displayName")).isTrue();
			assertThat(row.has("timezone")).isTrue();
		}
	}

	@Test
	void clients_anUnknownTimeZoneIs400AndNothingIsAdded() {
		Clinician clinician = this.api.newClinician();

		List<String> fields = http()
			.post(clinician.token(), "/api/v1/clients",
					Map.of("displayName", "Sam", "email", uniqueEmail("client"), "timezone", "Mars/Olympus_Mons"))
			.invalidFields();

		assertThat(fields).contains("timezone");
		assertThat(http().get(clinician.token(), "/api/v1/clients").expect(200).json().size()).isZero();
	}

	@Test
	void clients_aClientAddedWithoutEmailGivesOneWhenAcceptingTheInvitation() {
		Clinician clinician = this.api.newClinician();
		JsonNode created = http()
			.post(clinician.token(), "/api/v1/clients", Map.of("displayName", "No Email Yet", "timezone", "UTC"))
			.expect(201)
			.json();
		String email = uniqueEmail("client");

		this.api.acceptInvitation(ApiFixtures.tokenOf(created.get("inviteUrl").stringValue()),
				Map.of("password", PASSWORD, "email", email));

		String token = this.api.signIn(email, PASSWORD);
		http().get(token, "/api/v1/me/today").expect(200);
	}

	// Templates

	@Test
	void templates_theListHoldsTheBuiltInsWithTheirFields() {
		Clinician clinician = this.api.newClinician();

		JsonNode templates = http().get(clinician.token(), "/api/v1/templates").expect(200).json();

		List<String> keys = new ArrayList<>();
		for (JsonNode template : templates) {
			keys.add(template.get("key").stringValue());
			assertThat(template.get("name").stringValue()).isNotBlank();
			assertThat(template.get("kind").stringValue()).isNotBlank();
			assertThat(template.get("version").intValue()).isPositive();
			assertThat(template.get("fields").size()).as("fields of %s", template.get("key")).isPositive();
			for (JsonNode field : template.get("fields")) {
				assertThat(field.get("name").stringValue()).isNotBlank();
				assertThat(field.get("type").stringValue()).isNotBlank();
			}
		}
		assertThat(keys).contains("mindful-breathing", "thought-record", "mood-log", "behavioral-experiment",
				"gratitude-journal");
	}

	@Test
	void templates_oneByKeyAndAnUnknownKeyIs404() {
		Clinician clinician = this.api.newClinician();

		JsonNode moodLog = http().get(clinician.token(), "/api/v1/templates/mood-log").expect(200).json();

		assertThat(moodLog.get("key").stringValue()).isEqualTo("mood-log");
		List<String> names = moodLog.get("fields").values().stream().map((f) -> f.get("name").stringValue()).toList();
		assertThat(names).contains("mood");
		http().get(clinician.token(), "/api/v1/templates/no-such-template").problem(404);
	}

	// Assignments

	@Test
	void assignments_theExampleBodyIsStoredAndReadBackByClinicianAndClient() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String body = """
				{"templateKey": "mindful-breathing", "title": "One minute of breathing",
				 "goal": "Notice worry before it snowballs", "purpose": "Practise coming back to the breath",
				 "schedule": {"daysOfWeek": ["MON","TUE","WED","THU","FRI"], "timeOfDay": "08:00"},
				 "cue": "After I brush my teeth", "durationMinutes": 1,
				 "startDate": "2026-03-02", "endDate": "2026-03-29",
				 "barriers": [{"barrier": "Too sleepy", "plan": "Do it standing by the window"}]}""";

		UUID id = http().post(clinician.token(), "/api/v1/clients/" + client.id() + "/assignments", body).created();

		for (String token : List.of(clinician.token(), client.token())) {
			JsonNode read = http().get(token, "/api/v1/assignments/" + id).expect(200).json();
			assertThat(read.get("id").stringValue()).isEqualTo(id.toString());
			assertThat(read.get("templateKey").stringValue()).isEqualTo("mindful-breathing");
			assertThat(read.get("title").stringValue()).isEqualTo("One minute of breathing");
			assertThat(read.get("goal").stringValue()).isEqualTo("Notice worry before it snowballs");
			assertThat(read.get("purpose").stringValue()).isEqualTo("Practise coming back to the breath");
			assertThat(strings(read.get("schedule").get("daysOfWeek"))).containsExactly("MON", "TUE", "WED", "THU",
					"FRI");
			assertThat(read.get("schedule").get("timeOfDay").stringValue()).startsWith("08:00");
			assertThat(read.get("cue").stringValue()).isEqualTo("After I brush my teeth");
			assertThat(read.get("durationMinutes").intValue()).isEqualTo(1);
			assertThat(read.get("startDate").stringValue()).isEqualTo("2026-03-02");
			assertThat(read.get("endDate").stringValue()).isEqualTo("2026-03-29");
			assertThat(read.get("barriers").get(0).get("barrier").stringValue()).isEqualTo("Too sleepy");
			assertThat(read.get("barriers").get(0).get("plan").stringValue()).isEqualTo("Do it standing by the window");
		}
	}

	@Test
	void assignments_anOpenEndedAssignmentHasANullEndDate() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		Assignment assignment = this.api.assign(clinician, client,
				assignmentBody("mood-log", EVERY_DAY, client.today(), null));

		JsonNode read = http().get(client.token(), "/api/v1/assignments/" + assignment.id()).expect(200).json();
		assertThat(read.get("endDate") == null || read.get("endDate").isNull()).as("endDate in %s", read).isTrue();
		assertThat(read.get("startDate").stringValue()).isEqualTo(client.today().toString());
	}

	@Test
	void assignments_areListedForTheClinicianAndTheClient() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Assignment gratitude = this.api.assign(clinician, client, "gratitude-journal", List.of("SUN"));
		Client someoneElse = this.api.newClientOf(clinician);
		this.api.assign(clinician, someoneElse, "mood-log", EVERY_DAY);

		String path = "/api/v1/clients/" + client.id() + "/assignments";
		JsonNode asClinician = http().get(clinician.token(), path).expect(200).json();
		JsonNode asClient = http().get(client.token(), path).expect(200).json();

		ApiFixtures.assertSameIds(asClinician, "id", breathing.id(), gratitude.id());
		ApiFixtures.assertSameIds(asClient, "id", breathing.id(), gratitude.id());
		assertThat(asClient.toString()).contains(breathing.title(), gratitude.title());
	}

	@Test
	void assignments_anInvalidPlanIs400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String path = "/api/v1/clients/" + client.id() + "/assignments";

		assertThat(http()
			.post(clinician.token(), path, assignmentBody("no-such-template", EVERY_DAY, client.today(), null))
			.invalidFields()).contains("templateKey");
		assertThat(http()
			.post(clinician.token(), path,
					assignmentBody("mood-log", List.of(), client.today(), client.today().minusDays(1)))
			.invalidFields()).contains("endDate", "schedule.daysOfWeek");

		assertThat(http().get(clinician.token(), path).expect(200).json().size()).isZero();
	}

	@Test
	void assignments_nullDaysOrBarriersAre400AndNotAServerError() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String path = "/api/v1/clients/" + client.id() + "/assignments";
		String nullDay = """
				{"templateKey": "mood-log", "title": "Check in", "startDate": "%s",
				 "schedule": {"daysOfWeek": ["MON", null]}}""".formatted(client.today());
		String nullBarrier = """
				{"templateKey": "mood-log", "title": "Check in", "startDate": "%s",
				 "schedule": {"daysOfWeek": ["MON"]}, "barriers": [null]}""".formatted(client.today());

		assertThat(http().post(clinician.token(), path, nullDay).invalidFields()).contains("schedule.daysOfWeek");
		assertThat(http().post(clinician.token(), path, nullBarrier).invalidFields()).contains("barriers[0].barrier");
		assertThat(http().get(clinician.token(), path).expect(200).json().size()).isZero();
	}

	// Today

	@Test
	void today_listsTheOccurrenceAsDueThenDoneAfterAnEntry() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);

		JsonNode before = today(client);

		assertThat(before.size()).isEqualTo(1);
		JsonNode item = before.get(0);
		assertThat(item.get("assignmentId").stringValue()).isEqualTo(assignment.id().toString());
		assertThat(item.get("title").stringValue()).isEqualTo(assignment.title());
		assertThat(item.get("date").stringValue()).isEqualTo(client.today().toString());
		assertThat(item.get("status").stringValue()).isEqualTo("DUE");

		this.api.record(client, assignment, client.today());

		assertThat(today(client).get(0).get("status").stringValue()).isEqualTo("DONE");
	}

	@Test
	void today_showsSkippedAfterASkipAndDoneWhenPractisedAfterAll() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		this.api.skip(client, assignment, client.today(), "NO_TIME");

		JsonNode item = today(client).get(0);
		assertThat(item.get("assignmentId").stringValue()).isEqualTo(assignment.id().toString());
		assertThat(item.get("status").stringValue()).isEqualTo("SKIPPED");
		this.api.record(client, assignment, client.today());
		assertThat(today(client).get(0).get("status").stringValue()).isEqualTo("DONE");
	}

	@Test
	void today_leavesOutPracticeNotPlannedForToday() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		LocalDate today = client.today();
		List<String> otherDays = EVERY_DAY.stream()
			.filter((day) -> !today.getDayOfWeek().name().startsWith(day))
			.toList();
		this.api.assign(clinician, client, "mood-log", otherDays);
		this.api.assign(clinician, client,
				assignmentBody("mood-log", EVERY_DAY, today.minusDays(10), today.minusDays(1)));
		this.api.assign(clinician, client, assignmentBody("mood-log", EVERY_DAY, today.plusDays(1), null));
		Assignment planned = this.api.assign(clinician, client, "gratitude-journal", EVERY_DAY);

		JsonNode items = today(client);

		ApiFixtures.assertSameIds(items, "assignmentId", planned.id());
	}

	// Entries

	@Test
	void entries_anEntryIsCreatedAndListedWithEverythingTheClientSent() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		LocalDate yesterday = client.today().minusDays(1);

		UUID id = this.api.record(client, assignment, entryBody(yesterday, validAnswers("mindful-breathing")));

		JsonNode entries = this.api.entries(client, assignment);
		assertThat(entries.size()).isEqualTo(1);
		JsonNode entry = entries.get(0);
		assertThat(entry.get("id").stringValue()).isEqualTo(id.toString());
		assertThat(entry.get("occurredOn").stringValue()).isEqualTo(yesterday.toString());
		assertThat(entry.get("answers").get("mindWandering").stringValue()).isEqualTo("a-few-times");
		assertThat(entry.get("answers").get("breathNotes").stringValue()).isEqualTo("Slow and deep");
		assertThat(entry.get("durationSeconds").intValue()).isEqualTo(75);
		assertThat(entry.get("quality").intValue()).isEqualTo(4);
		assertThat(entry.get("moodBefore").intValue()).isEqualTo(3);
		assertThat(entry.get("moodAfter").intValue()).isEqualTo(6);
		assertThat(entry.get("note").stringValue()).isEqualTo("Calmer after");
		assertThat(entry.get("private").booleanValue()).isFalse();
		assertThat(entry.get("flagForSession").booleanValue()).isTrue();
	}

	@Test
	void entries_onlyTheAnswersAreRequired() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		this.api.record(client, assignment, Map.of("occurredOn", client.today(), "answers", Map.of("mood", 2)));

		assertThat(this.api.entryCount(client, assignment)).isEqualTo(1);
	}

	@Test
	void entries_anUnknownAnswerFieldIs400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Map<String, Object> answers = new HashMap<>(validAnswers("mindful-breathing"));
		answers.put("favouriteColour", "blue");

		List<String> fields = this.api
			.postEntry(client, assignment, UUID.randomUUID().toString(), entryBody(client.today(), answers))
			.invalidFields();

		assertThat(fields).containsExactly("answers.favouriteColour");
		assertThat(this.api.entryCount(client, assignment)).isZero();
	}

	@Test
	void entries_aWrongTypeOrOutOfRangeAnswerIs400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		List<String> fields = this.api
			.postEntry(client, assignment, UUID.randomUUID().toString(),
					entryBody(client.today(), Map.of("mood", "happy", "energy", 9)))
			.invalidFields();

		assertThat(fields).contains("answers.mood", "answers.energy");
		assertThat(this.api.entryCount(client, assignment)).isZero();
	}

	@Test
	void entries_aMissingRequiredAnswerIs400() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "thought-record", EVERY_DAY);

		List<String> fields = this.api
			.postEntry(client, assignment, UUID.randomUUID().toString(),
					entryBody(client.today(), Map.of("situations", List.of(Map.of("situation", "On the bus")))))
			.invalidFields();

		assertThat(fields).containsExactly("answers.situations[0].automaticThought");
		assertThat(this.api.entryCount(client, assignment)).isZero();
	}

	@Test
	void entries_qualityAndMoodsOutOfRangeAre400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Map<String, Object> body = entryBody(client.today(), validAnswers("mindful-breathing"));
		body.put("quality", 6);
		body.put("moodBefore", -1);
		body.put("moodAfter", 11);

		List<String> fields = this.api.postEntry(client, assignment, UUID.randomUUID().toString(), body)
			.invalidFields();

		assertThat(fields).contains("quality", "moodBefore", "moodAfter");
		assertThat(this.api.entryCount(client, assignment)).isZero();
		body.put("quality", 0);
		body.put("moodBefore", 0);
		body.put("moodAfter", 10);
		assertThat(this.api.postEntry(client, assignment, UUID.randomUUID().toString(), body).invalidFields())
			.containsExactly("quality");
	}

	@Test
	void entries_aDecimalQualityIs400NotRoundedDown() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Map<String, Object> body = entryBody(client.today(), validAnswers("mindful-breathing"));
		body.put("quality", 4.7);

		ApiResponse response = this.api.postEntry(client, assignment, UUID.randomUUID().toString(), body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(this.api.entryCount(client, assignment)).isZero();
	}

	@Test
	void entries_aDayStillToComeIs400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);

		List<String> fields = this.api
			.postEntry(client, assignment, UUID.randomUUID().toString(),
					entryBody(client.today().plusDays(2), validAnswers("mindful-breathing")))
			.invalidFields();

		assertThat(fields).containsExactly("occurredOn");
		assertThat(this.api.entryCount(client, assignment)).isZero();
	}

	@Test
	void entries_theFutureIsJudgedInTheClientsOwnTimeZone() {
		// Kiritimati (UTC+14) is always at least one calendar day ahead of Pago Pago
		// (UTC-11): its today is the present there and the future here.
		LocalDate kiritimatiToday = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
		Clinician clinician = this.api.newClinician();
		Client ahead = this.api.newClientOf(clinician, "Pacific/Kiritimati");
		Client behind = this.api.newClientOf(clinician, "Pacific/Pago_Pago");
		Assignment aheadPractice = this.api.assign(clinician, ahead, "mood-log", EVERY_DAY);
		Assignment behindPractice = this.api.assign(clinician, behind, "mood-log", EVERY_DAY);

		this.api.record(ahead, aheadPractice, entryBody(kiritimatiToday, validAnswers("mood-log")));
		List<String> fields = this.api
			.postEntry(behind, behindPractice, UUID.randomUUID().toString(),
					entryBody(kiritimatiToday, validAnswers("mood-log")))
			.invalidFields();

		assertThat(fields).containsExactly("occurredOn");
		JsonNode aheadToday = today(ahead).get(0);
		assertThat(aheadToday.get("date").stringValue()).isEqualTo(kiritimatiToday.toString());
		assertThat(aheadToday.get("status").stringValue()).isEqualTo("DONE");
		assertThat(today(behind).get(0).get("date").stringValue())
			.isEqualTo(LocalDate.now(ZoneId.of("Pacific/Pago_Pago")).toString());
	}

	@Test
	void entries_daysOutsideTheAssignmentsDatesAre400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		LocalDate today = client.today();
		Assignment assignment = this.api.assign(clinician, client,
				assignmentBody("mood-log", EVERY_DAY, today.minusDays(10), today.minusDays(3)));

		for (LocalDate day : List.of(today.minusDays(11), today.minusDays(2))) {
			List<String> fields = this.api
				.postEntry(client, assignment, UUID.randomUUID().toString(), entryBody(day, validAnswers("mood-log")))
				.invalidFields();
			assertThat(fields).as("fields for %s", day).containsExactly("occurredOn");
		}

		assertThat(this.api.entryCount(client, assignment)).isZero();
		this.api.record(client, assignment, today.minusDays(10));
		this.api.record(client, assignment, today.minusDays(3));
	}

	@Test
	void entries_aMissingIdempotencyKeyIs400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		this.api.postEntry(client, assignment, null, entryBody(client.today(), validAnswers("mood-log"))).problem(400);

		assertThat(this.api.entryCount(client, assignment)).isZero();
	}

	@Test
	void entries_aPrivateEntryShowsTheClinicianOnlyThatItExistsAndItsDate() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		String secretAnswer = "SECRET-ANSWER-" + UUID.randomUUID();
		String secretNote = "SECRET-NOTE-" + UUID.randomUUID();
		Map<String, Object> body = entryBody(client.today().minusDays(1),
				Map.of("mindWandering", "many-times", "breathNotes", secretAnswer));
		body.put("note", secretNote);
		body.put("private", true);
		UUID id = this.api.record(client, assignment, body);

		ApiResponse asClinician = http().get(clinician.token(), ApiFixtures.entriesPath(assignment)).expect(200);
		JsonNode seen = asClinician.json().get(0);
		assertThat(asClinician.json().size()).isEqualTo(1);
		assertThat(seen.get("id").stringValue()).isEqualTo(id.toString());
		assertThat(seen.get("occurredOn").stringValue()).isEqualTo(client.today().minusDays(1).toString());
		assertThat(seen.has("answers")).as("answers in %s", seen).isFalse();
		assertThat(seen.has("note")).as("note in %s", seen).isFalse();
		assertThat(asClinician.body()).doesNotContain(secretAnswer, secretNote, "many-times");

		JsonNode own = this.api.entries(client, assignment).get(0);
		assertThat(own.get("answers").get("breathNotes").stringValue()).isEqualTo(secretAnswer);
		assertThat(own.get("answers").get("mindWandering").stringValue()).isEqualTo("many-times");
		assertThat(own.get("note").stringValue()).isEqualTo(secretNote);
		assertThat(own.get("private").booleanValue()).isTrue();
	}

	@Test
	void entries_aSharedEntryShowsTheClinicianItsContent() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "gratitude-journal", EVERY_DAY);
		this.api.record(client, assignment, client.today());

		JsonNode seen = this.api.entries(clinician, assignment).get(0);

		assertThat(seen.get("answers").get("goodThing1").stringValue()).isEqualTo("Coffee with a friend");
		assertThat(seen.get("note").stringValue()).isEqualTo("Calmer after");
	}

	// Skips

	@Test
	void skips_everyReasonIsAccepted() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < SKIP_REASONS.size(); i++) {
			ids.add(this.api.skip(client, assignment, client.today().minusDays(i), SKIP_REASONS.get(i)));
		}

		assertThat(ids).doesNotHaveDuplicates();
		JsonNode skips = http().get(clinician.token(), "/api/v1/assignments/" + assignment.id() + "/skips")
			.expect(200)
			.json();
		assertThat(strings(skips, "reason")).containsExactlyInAnyOrderElementsOf(SKIP_REASONS);
	}

	@Test
	void skips_aNoteIsKept() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		this.api
			.postSkip(client, assignment,
					Map.of("occurredOn", client.today(), "reason", "OTHER", "note", "Visiting my sister"))
			.created();

		JsonNode skip = http().get(client.token(), "/api/v1/assignments/" + assignment.id() + "/skips")
			.expect(200)
			.json()
			.get(0);
		assertThat(skip.get("note").stringValue()).isEqualTo("Visiting my sister");
		assertThat(skip.get("occurredOn").stringValue()).isEqualTo(client.today().toString());
	}

	@Test
	void skips_anUnknownOrMissingReasonIs400AndNothingIsStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment assignment = this.api.assign(clinician, client, "mood-log", EVERY_DAY);

		this.api.postSkip(client, assignment, Map.of("occurredOn", client.today(), "reason", "LAZY")).problem(400);
		assertThat(this.api.postSkip(client, assignment, Map.of("occurredOn", client.today())).invalidFields())
			.containsExactly("reason");
		assertThat(this.api
			.postSkip(client, assignment, Map.of("occurredOn", client.today().plusDays(2), "reason", "FORGOT"))
			.invalidFields()).containsExactly("occurredOn");

		assertThat(http().get(client.token(), "/api/v1/assignments/" + assignment.id() + "/skips")
			.expect(200)
			.json()
			.size()).isZero();
	}

	// Adherence

	@Test
	void adherence_countsOccurrencesCompletionsSkipsAndExtraAsTheContractDefines() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		// A Monday 14 to 20 days ago: the first two weeks are past, the last two partly
		// future.
		LocalDate monday = client.today().minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Assignment mwf = this.api.assign(clinician, client,
				assignmentBody("mood-log", List.of("MON", "WED", "FRI"), monday, null));
		Assignment week = this.api.assign(clinician, client,
				assignmentBody("gratitude-journal", EVERY_DAY, monday.plusDays(7), monday.plusDays(13)));
		// mwf: Monday done twice (counts once), Tuesday extra, Wednesday skipped, Friday
		// skipped and then done (completed, not skipped), Saturday extra twice (one
		// day), next Monday done, next Wednesday skipped.
		this.api.record(client, mwf, monday);
		this.api.record(client, mwf, monday);
		this.api.record(client, mwf, monday.plusDays(1));
		this.api.skip(client, mwf, monday.plusDays(2), "FORGOT");
		this.api.skip(client, mwf, monday.plusDays(4), "NO_TIME");
		this.api.record(client, mwf, monday.plusDays(4));
		this.api.record(client, mwf, monday.plusDays(5));
		this.api.record(client, mwf, monday.plusDays(5));
		this.api.record(client, mwf, monday.plusDays(7));
		this.api.skip(client, mwf, monday.plusDays(9), "TOO_HARD");
		// week (7 occurrences): one done, one skipped.
		this.api.record(client, week, monday.plusDays(8));
		this.api.skip(client, week, monday.plusDays(10), "DOUBTS");

		JsonNode fourWeeks = this.api.adherence(clinician, client, monday, monday.plusDays(27));

		assertCounts(fourWeeks, 19, 4, 3, 2);
		assertThat(fourWeeks.get("rate").doubleValue()).isCloseTo(4.0 / 19, within(1e-9));
		assertCounts(row(fourWeeks, mwf), 12, 3, 2, 2);
		assertCounts(row(fourWeeks, week), 7, 1, 1, 0);
		assertThat(this.api.adherence(client, client, monday, monday.plusDays(27))).isEqualTo(fourWeeks);

		JsonNode threeDays = this.api.adherence(clinician, client, monday.plusDays(7), monday.plusDays(9));
		assertCounts(threeDays, 5, 2, 1, 0);
		assertThat(threeDays.get("rate").doubleValue()).isCloseTo(0.4, within(1e-9));
		assertCounts(row(threeDays, mwf), 2, 1, 1, 0);
		assertCounts(row(threeDays, week), 3, 1, 0, 0);
	}

	@Test
	void adherence_rateIsNullWhenNothingWasExpected() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		LocalDate start = client.today().minusDays(5);
		this.api.assign(clinician, client, assignmentBody("mood-log", EVERY_DAY, start, null));

		JsonNode before = this.api.adherence(clinician, client, start.minusDays(10), start.minusDays(1));

		assertCounts(before, 0, 0, 0, 0);
		assertThat(before.get("rate") == null || before.get("rate").isNull()).as("rate in %s", before).isTrue();
		JsonNode nobody = this.api.adherence(clinician, this.api.newClientOf(clinician), start, start);
		assertThat(nobody.get("rate") == null || nobody.get("rate").isNull()).isTrue();
		assertThat(nobody.get("assignments").size()).isZero();
	}

	@Test
	void adherence_fromAfterToOrAMissingDateIs400() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String path = "/api/v1/clients/" + client.id() + "/adherence";
		LocalDate today = client.today();

		http().get(clinician.token(), path + "?from=" + today + "&to=" + today.minusDays(1)).problem(400);
		http().get(clinician.token(), path + "?from=" + today).problem(400);
		http().get(clinician.token(), path + "?from=yesterday&to=" + today).problem(400);
	}

	// Helpers

	private ApiClient http() {
		return this.api.http();
	}

	private JsonNode today(Client client) {
		return http().get(client.token(), "/api/v1/me/today").expect(200).json();
	}

	private static void assertCounts(JsonNode adherence, int expected, int completed, int skipped, int extra) {
		assertThat(List.of(adherence.get("expected").intValue(), adherence.get("completed").intValue(),
				adherence.get("skipped").intValue(), adherence.get("extra").intValue()))
			.as("expected, completed, skipped, extra of %s", adherence)
			.containsExactly(expected, completed, skipped, extra);
	}

	private static JsonNode row(JsonNode adherence, Assignment assignment) {
		return adherence.get("assignments")
			.values()
			.stream()
			.filter((row) -> row.get("id").stringValue().equals(assignment.id().toString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row for " + assignment.id() + " in " + adherence));
	}

	private static List<String> strings(JsonNode array) {
		return array.values().stream().map(JsonNode::stringValue).toList();
	}

	private static List<String> strings(JsonNode array, String field) {
		return array.values().stream().map((node) -> node.get(field).stringValue()).toList();
	}

}
