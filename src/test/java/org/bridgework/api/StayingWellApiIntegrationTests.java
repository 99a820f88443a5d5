package org.bridgework.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * The staying-well (relapse-prevention) plan and booster tune-ups through the JSON API:
 * the clinician writes the plan, the client reads it with what their homework showed,
 * every save is kept, a bad plan stores nothing; boosters become one-day practices on
 * Today that take an entry, and only those still to come can be cancelled.
 */
class StayingWellApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void beforeAnythingIsWrittenTheClientReadsAnEmptyPlan() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode plan = get(client).expect(200).json();

		assertThat(plan.get("clientId").stringValue()).isEqualTo(client.id().toString());
		assertThat(plan.get("version").intValue()).isZero();
		assertThat(plan.get("warningSigns").isEmpty()).isTrue();
		assertThat(plan.get("copingStrategies").isEmpty()).isTrue();
		assertThat(plan.get("contacts").isEmpty()).isTrue();
		assertThat(plan.get("updatedAt").isNull()).isTrue();
		assertThat(versions(client).isEmpty()).isTrue();
	}

	@Test
	void theClientReadsThePlanTheirClinicianWroteWithWhatTheLinkedHomeworkShowed() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Map<String, Object> calm = entryBody(client.today().minusDays(2), validAnswers("mindful-breathing"));
		calm.put("moodBefore", 2);
		calm.put("moodAfter", 7);
		this.api.record(client, breathing, calm);
		this.api.record(client, breathing, client.today().minusDays(1));

		JsonNode saved = put(clinician, client, plan(breathing.id())).expect(200).json();
		JsonNode read = get(client).expect(200).json();

		assertThat(saved.get("version").intValue()).isEqualTo(1);
		assertThat(read.get("version").intValue()).isEqualTo(1);
		assertThat(read.get("updatedBy").stringValue()).isEqualTo(clinician.displayName());
		assertThat(read.get("updatedAt").stringValue()).isNotBlank();
		assertThat(read.get("warningSigns").get(0).stringValue()).isEqualTo("Sleeping badly for a few nights");
		assertThat(read.get("triggers").get(0).stringValue()).isEqualTo("Deadlines at work");
		JsonNode strategy = read.get("copingStrategies").get(0);
		assertThat(strategy.get("text").stringValue()).isEqualTo("One minute of breathing by the window");
		assertThat(strategy.get("assignmentId").stringValue()).isEqualTo(breathing.id().toString());
		JsonNode practice = strategy.get("practice");
		assertThat(practice.get("title").stringValue()).isEqualTo(breathing.title());
		assertThat(practice.get("timesPractised").intValue()).isEqualTo(2);
		// (2 + 3) / 2 before, (7 + 6) / 2 after
		assertThat(practice.get("averageMoodBefore").doubleValue()).isEqualTo(2.5);
		assertThat(practice.get("averageMoodAfter").doubleValue()).isEqualTo(6.5);
		assertThat(read.get("copingStrategies").get(1).get("practice").isNull()).isTrue();
		JsonNode contact = read.get("contacts").get(0);
		assertThat(contact.get("name").stringValue()).isEqualTo("My sister Alex");
		assertThat(contact.get("reach").stringValue()).isEqualTo("07700 900123");
		assertThat(contact.get("helpsWith").stringValue()).isEqualTo("A walk and a talk");
		assertThat(read.get("note").stringValue()).isEqualTo("Setbacks are part of getting well.");
	}

	@Test
	void everySaveIsKeptAsAVersionWithWhoSavedIt() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		put(clinician, client, plan(null)).expect(200);
		Map<String, Object> second = plan(null);
		second.put("warningSigns", List.of("Skipping meals"));
		put(clinician, client, second).expect(200);

		JsonNode versions = versions(client);

		assertThat(versions.size()).isEqualTo(2);
		assertThat(versions.get(0).get("version").intValue()).isEqualTo(2);
		assertThat(versions.get(0).get("plan").get("warningSigns").get(0).stringValue()).isEqualTo("Skipping meals");
		assertThat(versions.get(1).get("version").intValue()).isEqualTo(1);
		assertThat(versions.get(1).get("plan").get("warningSigns").get(0).stringValue())
			.isEqualTo("Sleeping badly for a few nights");
		assertThat(versions.get(1).get("savedBy").stringValue()).isEqualTo(clinician.displayName());
		assertThat(versions.get(1).get("savedAt").stringValue()).isNotBlank();
		assertThat(get(client).json().get("warningSigns").get(0).stringValue()).isEqualTo("Skipping meals");
	}

	@Test
	void aPlanWithProblemsNamesEachFieldAndStoresNothing() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		put(clinician, client, plan(null)).expect(200);
		Map<String, Object> bad = plan(null);
		bad.put("warningSigns", List.of("Fine", " "));
		bad.put("copingStrategies", List.of(Map.of("text", "x".repeat(501))));
		bad.put("contacts", List.of(Map.of("reach", "07700 900123")));

		List<String> fields = put(clinician, client, bad).invalidFields();

		assertThat(fields).containsExactlyInAnyOrder("warningSigns[1]", "copingStrategies[0].text", "contacts[0].name");
		assertThat(versions(client).size()).isEqualTo(1);
		assertThat(get(client).json().get("warningSigns").get(0).stringValue())
			.isEqualTo("Sleeping badly for a few nights");
	}

	@Test
	void aCopingStrategyCannotBeLinkedToAnotherClientsHomework() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Client other = this.api.newClientOf(clinician);
		Assignment theirs = this.api.assign(clinician, other, "mood-log", EVERY_DAY);

		List<String> fields = put(clinician, client, plan(theirs.id())).invalidFields();

		assertThat(fields).containsExactly("copingStrategies[0].assignmentId");
		assertThat(versions(client).isEmpty()).isTrue();
	}

	@Test
	void onlyTheClientsClinicianWritesThePlan() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		ApiResponse byClient = put(client, client, plan(null));

		assertThat(byClient.status()).isIn(403, 404);
		assertThat(versions(client).isEmpty()).isTrue();
	}

	@Test
	void aBoosterSeriesBecomesOneDayPracticesThatShowOnTodayAndTakeAnEntry() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		LocalDate today = client.today();

		JsonNode made = schedule(clinician, client, Map.of("fromAssignmentId", breathing.id(), "startDate", today,
				"everyWeeks", 4, "times", 3, "note", "A short refresh"))
			.expect(201)
			.json();

		JsonNode boosters = made.get("boosters");
		assertThat(made.get("ids").size()).isEqualTo(3);
		assertThat(boosters.size()).isEqualTo(3);
		assertThat(boosters.get(0).get("date").stringValue()).isEqualTo(today.toString());
		assertThat(boosters.get(1).get("date").stringValue()).isEqualTo(today.plusWeeks(4).toString());
		assertThat(boosters.get(2).get("date").stringValue()).isEqualTo(today.plusWeeks(8).toString());
		assertThat(boosters.get(0).get("status").stringValue()).isEqualTo("TODAY");
		assertThat(boosters.get(1).get("status").stringValue()).isEqualTo("UPCOMING");
		assertThat(boosters.get(0).get("title").stringValue()).isEqualTo("Tune-up: " + breathing.title());
		assertThat(boosters.get(0).get("templateKey").stringValue()).isEqualTo("mindful-breathing");

		UUID todays = UUID.fromString(boosters.get(0).get("assignmentId").stringValue());
		JsonNode assignment = this.api.http().get(client.token(), "/api/v1/assignments/" + todays).expect(200).json();
		assertThat(assignment.get("startDate").stringValue()).isEqualTo(today.toString());
		assertThat(assignment.get("endDate").stringValue()).isEqualTo(today.toString());
		assertThat(assignment.get("purpose").stringValue()).isEqualTo("A short refresh");

		JsonNode onToday = this.api.http().get(client.token(), "/api/v1/me/today").expect(200).json();
		assertThat(onToday.values().stream().map((item) -> item.get("assignmentId").stringValue()))
			.contains(todays.toString())
			.doesNotContain(boosters.get(1).get("assignmentId").stringValue());

		Assignment booster = new Assignment(todays, "mindful-breathing", null, today, today);
		this.api.record(client, booster, today);
		Assignment later = new Assignment(UUID.fromString(boosters.get(1).get("assignmentId").stringValue()),
				"mindful-breathing", null, today.plusWeeks(4), today.plusWeeks(4));
		List<String> tooEarly = this.api
			.postEntry(client, later, UUID.randomUUID().toString(), entryBody(today, validAnswers("mindful-breathing")))
			.invalidFields();
		JsonNode listed = list(client, client).get(0);
		JsonNode adherence = this.api.adherence(clinician, client, today, today.plusWeeks(8));

		assertThat(tooEarly).containsExactly("occurredOn");
		assertThat(listed.get("practised").booleanValue()).isTrue();
		JsonNode boosterCounts = adherence.get("assignments")
			.values()
			.stream()
			.filter((row) -> row.get("id").stringValue().equals(todays.toString()))
			.findFirst()
			.orElseThrow();
		assertThat(boosterCounts.get("expected").intValue()).isOne();
		assertThat(boosterCounts.get("completed").intValue()).isOne();
	}

	@Test
	void cancellingTakesBackATuneUpStillToComeButNeverOneWhoseDayHasCome() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		LocalDate today = client.today();
		JsonNode boosters = schedule(clinician, client,
				Map.of("templateKey", "three-breath-pause", "startDate", today, "everyWeeks", 2, "times", 2))
			.expect(201)
			.json()
			.get("boosters");
		String todays = boosters.get(0).get("id").stringValue();
		String later = boosters.get(1).get("id").stringValue();
		String laterAssignment = boosters.get(1).get("assignmentId").stringValue();

		JsonNode refused = cancel(clinician, todays).problem(409);
		ApiResponse byClient = cancel(client, later);
		cancel(clinician, later).expect(204);
		cancel(clinician, later).expect(204);

		assertThat(refused.get("detail").stringValue()).contains("can no longer be cancelled");
		assertThat(byClient.status()).isIn(403, 404);
		JsonNode listed = list(clinician, client);
		assertThat(listed.get(0).get("status").stringValue()).isEqualTo("TODAY");
		assertThat(listed.get(1).get("status").stringValue()).isEqualTo("CANCELLED");
		assertThat(listed.get(1).get("cancellable").booleanValue()).isFalse();
		assertThat(listed.get(1).get("title").stringValue()).isEqualTo("Tune-up: Three-breath pause");
		this.api.http().get(client.token(), "/api/v1/assignments/" + laterAssignment).problem(404);
		this.api.http()
			.get(client.token(), "/api/v1/assignments/" + boosters.get(0).get("assignmentId").stringValue())
			.expect(200);
	}

	@Test
	void aBoosterRequestWithProblemsPlansNothing() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Client other = this.api.newClientOf(clinician);
		Assignment theirs = this.api.assign(clinician, other, "mood-log", EVERY_DAY);
		Map<String, Object> series = new HashMap<>();
		series.put("templateKey", "mindful-breathing");
		series.put("startDate", client.today().minusDays(1));
		series.put("times", 3);

		List<String> past = schedule(clinician, client, series).invalidFields();
		List<String> notTheirs = schedule(clinician, client,
				Map.of("fromAssignmentId", theirs.id(), "startDate", client.today().plusDays(3)))
			.invalidFields();
		List<String> nothing = schedule(clinician, client, Map.of("startDate", client.today())).invalidFields();
		List<String> unknown = schedule(clinician, client,
				Map.of("templateKey", "no-such-practice", "startDate", client.today(), "times", 13))
			.invalidFields();

		List<String> tooFar = schedule(clinician, client, Map.of("templateKey", "mindful-breathing", "startDate",
				client.today().plusYears(1), "times", 12, "everyWeeks", 52))
			.invalidFields();

		assertThat(past).containsExactlyInAnyOrder("startDate", "everyWeeks");
		assertThat(tooFar).containsExactly("startDate");
		assertThat(notTheirs).containsExactly("fromAssignmentId");
		assertThat(nothing).containsExactly("templateKey");
		assertThat(unknown).containsExactlyInAnyOrder("templateKey", "times", "everyWeeks");
		assertThat(list(clinician, client).isEmpty()).isTrue();
		assertThat(this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/assignments")
			.json()
			.isEmpty()).isTrue();
	}

	private ApiResponse get(Client client) {
		return this.api.http().get(client.token(), path(client));
	}

	private ApiResponse put(ApiFixtures.Person who, Client client, Object body) {
		return this.api.http().send("PUT", path(client), who.token(), body, Map.of());
	}

	private JsonNode versions(Client client) {
		return this.api.http().get(client.token(), path(client) + "/versions").expect(200).json();
	}

	private ApiResponse schedule(Clinician clinician, Client client, Object body) {
		return this.api.http().post(clinician.token(), "/api/v1/clients/" + client.id() + "/boosters", body);
	}

	private JsonNode list(ApiFixtures.Person who, Client client) {
		return this.api.http().get(who.token(), "/api/v1/clients/" + client.id() + "/boosters").expect(200).json();
	}

	private ApiResponse cancel(ApiFixtures.Person who, String boosterId) {
		return this.api.http().send("DELETE", "/api/v1/boosters/" + boosterId, who.token(), null, Map.of());
	}

	private static String path(Client client) {
		return "/api/v1/clients/" + client.id() + "/relapse-prevention-plan";
	}

	/** A full plan; its first coping strategy is linked to the given assignment. */
	static Map<String, Object> plan(UUID linked) {
		Map<String, Object> first = new LinkedHashMap<>();
		first.put("text", "One minute of breathing by the window");
		first.put("assignmentId", linked);
		Map<String, Object> plan = new LinkedHashMap<>();
		plan.put("warningSigns", List.of("Sleeping badly for a few nights", "Cancelling plans with friends"));
		plan.put("triggers", List.of("Deadlines at work"));
		plan.put("copingStrategies", List.of(first, Map.of("text", "A walk after lunch")));
		plan.put("contacts",
				List.of(Map.of("name", "My sister Alex", "reach", "07700 900123", "helpsWith", "A walk and a talk")));
		plan.put("note", "Setbacks are part of getting well.");
		return plan;
	}

}
