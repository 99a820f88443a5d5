package org.bridgework.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * The insights in the API: what gets in the way, week by week in the client's own weeks;
 * the mood trend of a practice, where a clinician never gets a private entry's moods; and
 * personal bests with the client's wins.
 */
class InsightsApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void whatGetsInTheWayCountsSkipsByReasonInTheClientsWeeksWithTheirNotesNewestFirst() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Pacific/Auckland");
		Assignment breathing = this.api.assign(clinician, client,
				assignmentBody("mindful-breathing", EVERY_DAY, client.today().minusDays(70), null));
		LocalDate monday = client.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		skip(client, breathing, monday, "NO_TIME", "Late meeting");
		skip(client, breathing, monday.minusDays(1), "NO_TIME", null);
		skip(client, breathing, monday.minusDays(2), "FORGOT", "Slept in");
		skip(client, breathing, monday.minusWeeks(7), "TOO_HARD", "Too much");
		// Eight weeks back: outside the default picture.
		skip(client, breathing, monday.minusWeeks(8), "DOUBTS", "Not sure it helps");

		JsonNode asClinician = way(clinician, client, "");
		JsonNode asClient = way(client, client, "");

		assertThat(asClinician.get("from").stringValue()).isEqualTo(monday.minusWeeks(7).toString());
		assertThat(asClinician.get("to").stringValue()).isEqualTo(client.today().toString());
		JsonNode weeks = asClinician.get("weeks");
		assertThat(weeks.size()).isEqualTo(8);
		assertThat(weeks.get(7).get("weekStart").stringValue()).isEqualTo(monday.toString());
		assertThat(weeks.get(7).get("total").intValue()).isEqualTo(1);
		assertThat(weeks.get(6).get("total").intValue()).isEqualTo(2);
		assertThat(reasons(weeks.get(6))).containsExactly("FORGOT:1", "NO_TIME:1");
		assertThat(reasons(weeks.get(0))).containsExactly("TOO_HARD:1");
		assertThat(asClinician.get("totals").get(0).get("reason").stringValue()).isEqualTo("NO_TIME");
		assertThat(asClinician.get("totals").get(0).get("count").intValue()).isEqualTo(2);
		assertThat(asClinician.get("notes").values().stream().map((n) -> n.get("note").stringValue()).toList())
			.containsExactly("Late meeting", "Slept in", "Too much");
		assertThat(asClinician.get("notes").get(0).get("assignmentTitle").stringValue()).isEqualTo(breathing.title());
		assertThat(asClinician.get("reading").get("reasons").get(0).stringValue()).isEqualTo("NO_TIME");
		assertThat(asClinician.get("reading").get("text").stringValue())
			.isEqualTo("\u201cDidn't have time\u201d came up most in the last 4 weeks (2 times).");
		assertThat(asClient).isEqualTo(asClinician);
	}

	@Test
	void practiceWeeksCountPlannedPracticeDoneQualityAndDaysInTheClientsWeeks() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "America/New_York");
		Assignment breathing = this.api.assign(clinician, client,
				assignmentBody("mindful-breathing", EVERY_DAY, client.today().minusDays(30), null));
		this.api.record(client, breathing, client.today());
		this.api.record(client, breathing, client.today());

		JsonNode asClinician = this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/practice-weeks?weeks=3")
			.expect(200)
			.json();
		JsonNode asClient = this.api.http()
			.get(client.token(), "/api/v1/clients/" + client.id() + "/practice-weeks?weeks=3")
			.expect(200)
			.json();

		JsonNode weeks = asClinician.get("weeks");
		assertThat(weeks.size()).isEqualTo(3);
		JsonNode thisWeek = weeks.get(2);
		assertThat(thisWeek.get("completed").intValue()).isEqualTo(1);
		assertThat(thisWeek.get("daysPractised").intValue()).isEqualTo(1);
		assertThat(thisWeek.get("averageQuality").doubleValue()).isEqualTo(4.0);
		JsonNode lastDay = asClinician.get("days").get(asClinician.get("days").size() - 1);
		assertThat(lastDay.get("date").stringValue()).isEqualTo(client.today().toString());
		assertThat(lastDay.get("entries").intValue()).isEqualTo(2);
		assertThat(asClient).isEqualTo(asClinician);
	}

	@Test
	void theNumberOfWeeksIsKeptSensibleAndNonsenseIsRefused() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		skip(client, breathing, client.today(), "FORGOT", null);

		JsonNode one = way(clinician, client, "?weeks=1");
		JsonNode many = way(clinician, client, "?weeks=500");
		ApiResponse nonsense = this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/what-gets-in-the-way?weeks=lots");

		assertThat(one.get("weeks").size()).isEqualTo(1);
		assertThat(one.get("reading").get("text").stringValue())
			.isEqualTo("\u201cForgot\u201d came up most this week (once).");
		assertThat(many.get("weeks").size()).isEqualTo(26);
		assertThat(nonsense.status()).isEqualTo(400);
		nonsense.assertProblemShape();
	}

	@Test
	void withNothingSkippedThePictureSaysSoKindly() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode picture = way(clinician, client, "");

		assertThat(picture.get("totals").size()).isZero();
		assertThat(picture.get("notes").size()).isZero();
		assertThat(picture.get("reading").get("text").stringValue())
			.isEqualTo("Nothing was noted as getting in the way in the last 4 weeks.");
	}

	@Test
	void theMoodTrendAveragesEachWeekAndAPrivateEntrysMoodsReachOnlyTheClient() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		LocalDate monday = client.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		record(client, breathing, monday, 3, 6, false);
		record(client, breathing, monday.minusWeeks(1), 2, 3, false);
		record(client, breathing, monday.minusWeeks(1), 4, 7, false);
		record(client, breathing, monday, 1, 9, true);

		JsonNode asClinician = trend(clinician, breathing);
		JsonNode asClient = trend(client, breathing);

		JsonNode weeks = asClinician.get("weeks");
		assertThat(weeks.size()).isEqualTo(8);
		assertThat(weeks.get(7).get("entries").intValue()).isEqualTo(1);
		assertThat(weeks.get(7).get("averageBefore").doubleValue()).isEqualTo(3.0);
		assertThat(weeks.get(7).get("averageAfter").doubleValue()).isEqualTo(6.0);
		assertThat(weeks.get(6).get("averageBefore").doubleValue()).isEqualTo(3.0);
		assertThat(weeks.get(6).get("averageAfter").doubleValue()).isEqualTo(5.0);
		assertThat(weeks.get(6).get("change").doubleValue()).isEqualTo(2.0);
		assertThat(weeks.get(5).get("entries").intValue()).isZero();
		assertThat(weeks.get(5).get("averageBefore").isNull()).isTrue();
		assertThat(asClinician.get("overall").get("entries").intValue()).isEqualTo(3);
		assertThat(asClinician.get("overall").get("change").doubleValue()).isEqualTo(2.3);
		// The client's own private entry is theirs to see in their picture.
		assertThat(asClient.get("weeks").get(7).get("entries").intValue()).isEqualTo(2);
		assertThat(asClient.get("weeks").get(7).get("averageBefore").doubleValue()).isEqualTo(2.0);
		assertThat(asClient.get("overall").get("entries").intValue()).isEqualTo(4);
	}

	@Test
	void aPracticeWithoutMoodsHasNoTrendAndOthersAreToldItDoesNotExist() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Clinician stranger = this.api.newClinician();

		JsonNode trend = trend(client, breathing);
		ApiResponse refused = this.api.http()
			.get(stranger.token(), "/api/v1/assignments/" + breathing.id() + "/mood-trend");

		assertThat(trend.get("overall").isNull()).isTrue();
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain(breathing.title());
	}

	@Test
	void personalBestsComeWithTheWinsAndTheEarlierFieldsStayAsTheyWere() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		LocalDate monday = client.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (LocalDate day : List.of(monday.minusDays(7), monday.minusDays(6), monday.minusDays(5))) {
			this.api.record(client, breathing, entryBody(day, validAnswers("mindful-breathing")));
		}
		Map<String, Object> longer = entryBody(monday, validAnswers("mindful-breathing"));
		longer.put("durationSeconds", 250);
		this.api.record(client, breathing, longer);

		JsonNode wins = this.api.http().get(client.token(), "/api/v1/me/wins").expect(200).json();

		assertThat(wins.get("practices").intValue()).isEqualTo(4);
		assertThat(wins.get("bestWeekDays").intValue()).isEqualTo(3);
		assertThat(wins.get("moodChange").doubleValue()).isEqualTo(3.0);
		JsonNode bests = wins.get("personalBests");
		assertThat(bests.get("busiestWeek").get("weekStart").stringValue()).isEqualTo(monday.minusDays(7).toString());
		assertThat(bests.get("busiestWeek").get("practices").intValue()).isEqualTo(3);
		assertThat(bests.get("busiestWeek").get("minutes").intValue()).isEqualTo(3);
		JsonNode practice = bests.get("practices").get(0);
		assertThat(practice.get("assignmentId").stringValue()).isEqualTo(breathing.id().toString());
		assertThat(practice.get("mostDaysInAWeek").intValue()).isEqualTo(3);
		assertThat(practice.get("longestSeconds").intValue()).isEqualTo(250);
		assertThat(practice.get("longestOn").stringValue()).isEqualTo(monday.toString());
	}

	private JsonNode way(ApiFixtures.Person reader, Client client, String query) {
		return this.api.http()
			.get(reader.token(), "/api/v1/clients/" + client.id() + "/what-gets-in-the-way" + query)
			.expect(200)
			.json();
	}

	private JsonNode trend(ApiFixtures.Person reader, Assignment assignment) {
		return this.api.http()
			.get(reader.token(), "/api/v1/assignments/" + assignment.id() + "/mood-trend")
			.expect(200)
			.json();
	}

	private void skip(Client client, Assignment assignment, LocalDate day, String reason, String note) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("occurredOn", day, "reason", reason));
		if (note != null) {
			body.put("note", note);
		}
		this.api.postSkip(client, assignment, body).created();
	}

	private void record(Client client, Assignment assignment, LocalDate day, int before, int after,
			boolean keepPrivate) {
		Map<String, Object> body = entryBody(day, validAnswers("mindful-breathing"));
		body.put("moodBefore", before);
		body.put("moodAfter", after);
		body.put("private", keepPrivate);
		this.api.record(client, assignment, body);
	}

	private static List<String> reasons(JsonNode week) {
		return week.get("reasons")
			.values()
			.stream()
			.map((line) -> line.get("reason").stringValue() + ":" + line.get("count").intValue())
			.toList();
	}

}
