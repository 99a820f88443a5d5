package org.bridgework.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;

/**
 * A practice of the client's own: they propose it in their words, their clinician plans
 * it as homework (a new assignment, made in the same step as the idea is marked planned)
 * or asks to talk it through.
 */
class PracticeIdeasApiIntegrationTests extends ApiIntegrationTestBase {

	private static final String IDEAS = "/api/v1/me/practice-ideas";

	private static final Map<String, Object> WALK = Map.of("title", "A ten-minute walk after lunch", "why",
			"Fresh air clears my head", "whenAndCue", "After lunch at work", "durationMinutes", 10);

	private Clinician clinician;

	private Client client;

	@BeforeEach
	void aClientAndTheirClinician() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
	}

	@Test
	void theClientProposesAnIdeaAndTheirClinicianSeesItInTheirWords() {
		UUID id = propose(UUID.randomUUID().toString(), WALK).created();

		JsonNode asClinician = ideas(this.clinician.token());
		JsonNode asClient = ideas(this.client.token());

		assertThat(asClinician).isEqualTo(asClient);
		JsonNode idea = asClinician.get(0);
		assertThat(idea.get("id").stringValue()).isEqualTo(id.toString());
		assertThat(idea.get("title").stringValue()).isEqualTo("A ten-minute walk after lunch");
		assertThat(idea.get("why").stringValue()).isEqualTo("Fresh air clears my head");
		assertThat(idea.get("whenAndCue").stringValue()).isEqualTo("After lunch at work");
		assertThat(idea.get("durationMinutes").intValue()).isEqualTo(10);
		assertThat(idea.get("status").stringValue()).isEqualTo("PROPOSED");
		assertThat(idea.get("assignmentId").isNull()).isTrue();
	}

	@Test
	void aDoubleTapStoresOneIdea_andTheSameKeyWithOtherWordsIsRefused() {
		String key = UUID.randomUUID().toString();
		UUID first = propose(key, WALK).created();
		UUID again = propose(key, WALK).created();
		ApiResponse other = propose(key, Map.of("title", "Something else")).expect(409);

		assertThat(again).isEqualTo(first);
		other.assertProblemShape();
		assertThat(ideas(this.client.token()).size()).isEqualTo(1);
	}

	@Test
	void anIdeaWithoutWordsOrWithAnOddLengthIsRefusedAndNothingIsStored() {
		JsonNode problem = propose(UUID.randomUUID().toString(), Map.of("title", "  ", "durationMinutes", 0))
			.expect(400)
			.json();

		assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title",
				"durationMinutes");
		propose(UUID.randomUUID().toString(), Map.of("title", "x".repeat(121))).expect(400);
		assertThat(ideas(this.client.token()).size()).isZero();
	}

	@Test
	void theClinicianPlansTheIdeaAsHomework_once() {
		UUID idea = propose(UUID.randomUUID().toString(), WALK).created();
		Map<String, Object> plan = assignmentBody("mindful-daily-activity", EVERY_DAY, this.client.today(), null);
		plan.put("title", "A mindful walk after lunch");

		JsonNode planned = this.api.http().post(this.clinician.token(), acceptance(idea), plan).expect(201).json();
		ApiResponse twice = this.api.http().post(this.clinician.token(), acceptance(idea), plan).expect(409);

		UUID assignmentId = UUID.fromString(planned.get("id").stringValue());
		assertThat(planned.get("practiceIdeaId").stringValue()).isEqualTo(idea.toString());
		JsonNode stored = ideas(this.client.token()).get(0);
		assertThat(stored.get("status").stringValue()).isEqualTo("ACCEPTED");
		assertThat(stored.get("assignmentId").stringValue()).isEqualTo(assignmentId.toString());
		assertThat(stored.get("title").stringValue()).as("the client's words stay theirs")
			.isEqualTo("A ten-minute walk after lunch");
		twice.assertProblemShape();
		JsonNode assignments = this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/assignments")
			.expect(200)
			.json();
		assertThat(assignments.size()).isEqualTo(1);
		assertThat(assignments.get(0).get("title").stringValue()).isEqualTo("A mindful walk after lunch");
	}

	@Test
	void aPlanThatCannotBeSavedLeavesTheIdeaOpenAndAssignsNothing() {
		UUID idea = propose(UUID.randomUUID().toString(), WALK).created();
		Map<String, Object> plan = assignmentBody("mindful-daily-activity", List.of(), this.client.today(), null);
		plan.put("title", "");

		this.api.http().post(this.clinician.token(), acceptance(idea), plan).expect(400).assertProblemShape();

		assertThat(ideas(this.client.token()).get(0).get("status").stringValue()).isEqualTo("PROPOSED");
		assertThat(this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/assignments")
			.expect(200)
			.json()
			.size()).isZero();
	}

	@Test
	void theClinicianAsksToTalkItThrough_andTheClientReadsTheReply() {
		UUID idea = propose(UUID.randomUUID().toString(), WALK).created();

		this.api.http()
			.post(this.clinician.token(), "/api/v1/practice-ideas/" + idea + "/discussion",
					Map.of("reply", "Love it, let's plan it together"))
			.expect(200);

		JsonNode stored = ideas(this.client.token()).get(0);
		assertThat(stored.get("status").stringValue()).isEqualTo("DISCUSS");
		assertThat(stored.get("reply").stringValue()).isEqualTo("Love it, let's plan it together");
	}

	@Test
	void theDigestListsTheIdeaAmongWhatTheClientProposed() {
		propose(UUID.randomUUID().toString(), WALK).created();

		JsonNode digest = this.api.http()
			.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest")
			.expect(200)
			.json();

		assertThat(digest.get("clientProposals").toString())
			.contains("A practice of their own: A ten-minute walk after lunch")
			.contains("Fresh air clears my head");
	}

	private ApiResponse propose(String key, Object body) {
		return this.api.http().post(this.client.token(), IDEAS, body, Map.of("Idempotency-Key", key));
	}

	private JsonNode ideas(String token) {
		return this.api.http().get(token, "/api/v1/clients/" + this.client.id() + "/practice-ideas").expect(200).json();
	}

	private static String acceptance(UUID idea) {
		return "/api/v1/practice-ideas/" + idea + "/acceptance";
	}

}
