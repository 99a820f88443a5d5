package org.bridgework.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;

/**
 * A client's goals through the JSON API: written by their clinician in the client's
 * words, tied to a value, reworded and set aside with every change kept; homework serves
 * one, by its id or by its words, and never a goal of another client.
 */
class GoalsApiIntegrationTests extends ApiIntegrationTestBase {

	@Autowired
	private JdbcClient jdbc;

	private Clinician clinician;

	private Client client;

	@BeforeEach
	void aClientInCare() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
	}

	@Test
	void clinicianAddsGoals_inTheClientsWords_andBothSeeThemInOrder() {
		JsonNode sleep = addGoal(Map.of("words", "  Sleep through more nights ", "value", "Joy")).expect(201).json();
		addGoal(Map.of("words", "Call my sister once a week")).expect(201);

		assertThat(sleep.get("words").stringValue()).isEqualTo("Sleep through more nights");
		assertThat(sleep.get("value").stringValue()).isEqualTo("Joy");
		assertThat(sleep.get("archived").booleanValue()).isFalse();
		assertThat(sleep.get("clientId").stringValue()).isEqualTo(this.client.id().toString());
		for (String token : List.of(this.clinician.token(), this.client.token())) {
			JsonNode goals = this.api.http().get(token, goalsPath()).expect(200).json();
			assertThat(goals).hasSize(2);
			assertThat(goals.get(0).get("words").stringValue()).isEqualTo("Sleep through more nights");
			assertThat(goals.get(0).get("position").intValue()).isEqualTo(1);
			assertThat(goals.get(1).get("words").stringValue()).isEqualTo("Call my sister once a week");
			assertThat(goals.get(1).get("value").isNull()).isTrue();
		}
	}

	@Test
	void addingAGoal_withoutWords_orWithTooLongAValue_isRefused_andStoresNothing() {
		int before = goalRows();

		assertThat(addGoal(Map.of("words", "  ", "value", "x".repeat(101))).invalidFields())
			.containsExactlyInAnyOrder("words", "value");
		assertThat(addGoal(Map.of("words", "x".repeat(501))).invalidFields()).containsExactly("words");
		assertThat(this.api.http().post(this.client.token(), goalsPath(), Map.of("words", "My own")).status()).isIn(403,
				404);

		assertThat(goalRows()).isEqualTo(before);
	}

	@Test
	void rewording_tyingToAValue_andSettingAside_keepsEveryChange_withWhoAndWhen() {
		UUID goal = addGoal(Map.of("words", "Sleep better")).created();

		JsonNode reworded = patch(goal, Map.of("words", "Sleep through more nights", "value", "Joy")).expect(200)
			.json();
		JsonNode archived = patch(goal, Map.of("archived", true)).expect(200).json();
		JsonNode untied = patch(goal, Map.of("value", "")).expect(200).json();

		assertThat(reworded.get("words").stringValue()).isEqualTo("Sleep through more nights");
		assertThat(reworded.get("value").stringValue()).isEqualTo("Joy");
		assertThat(reworded.get("changedBy").stringValue()).isEqualTo(this.clinician.displayName());
		assertThat(reworded.get("changedAt").isNull()).isFalse();
		assertThat(archived.get("archived").booleanValue()).isTrue();
		assertThat(untied.get("value").isNull()).as("an empty value unties it").isTrue();
		assertThat(archived.get("words").stringValue()).as("kept, not deleted").isEqualTo("Sleep through more nights");
		JsonNode history = this.api.http()
			.get(this.client.token(), "/api/v1/goals/" + goal + "/history")
			.expect(200)
			.json();
		assertThat(history.findValuesAsString("part")).as("newest first")
			.containsExactly("value", "archived", "value", "words", "added");
		JsonNode wording = find(history, "words");
		assertThat(wording.get("before").stringValue()).isEqualTo("Sleep better");
		assertThat(wording.get("after").stringValue()).isEqualTo("Sleep through more nights");
		assertThat(wording.get("changedBy").stringValue()).isEqualTo(this.clinician.displayName());
		JsonNode listed = this.api.http().get(this.clinician.token(), goalsPath()).expect(200).json();
		assertThat(listed.get(0).get("archived").booleanValue()).isTrue();
	}

	@Test
	void aGoalMovesUp_andTheOthersMakeRoom() {
		UUID first = addGoal(Map.of("words", "First")).created();
		UUID second = addGoal(Map.of("words", "Second")).created();
		UUID third = addGoal(Map.of("words", "Third")).created();

		patch(third, Map.of("position", 1)).expect(200);

		JsonNode goals = this.api.http().get(this.clinician.token(), goalsPath()).expect(200).json();
		assertThat(goals.findValuesAsString("id")).containsExactly(third.toString(), first.toString(),
				second.toString());
		assertThat(patch(first, Map.of("position", 4)).invalidFields()).containsExactly("position");
	}

	@Test
	void aChangeThatIsRefused_changesNothing() {
		UUID goal = addGoal(Map.of("words", "Sleep better", "value", "Joy")).created();
		int revisions = revisionRows();

		assertThat(patch(goal, Map.of("words", "", "value", "Growth")).invalidFields()).containsExactly("words");
		assertThat(this.api.http()
			.send("PATCH", "/api/v1/goals/" + goal, this.client.token(), Map.of("words", "Mine"), Map.of())
			.status()).isIn(403, 404);
		Clinician stranger = this.api.newClinician();
		this.api.http()
			.send("PATCH", "/api/v1/goals/" + goal, stranger.token(), Map.of("words", "Theirs"), Map.of())
			.problem(404);

		JsonNode kept = this.api.http().get(this.client.token(), goalsPath()).expect(200).json().get(0);
		assertThat(kept.get("words").stringValue()).isEqualTo("Sleep better");
		assertThat(kept.get("value").stringValue()).isEqualTo("Joy");
		assertThat(revisionRows()).isEqualTo(revisions);
	}

	@Test
	void homeworkAssignedWithAGoalId_servesThatGoal_andCarriesItsWords() {
		UUID goal = addGoal(Map.of("words", "Sleep through more nights", "value", "Joy")).created();
		Map<String, Object> body = body();
		body.remove("goal");
		body.put("goalId", goal);

		Assignment assignment = this.api.assign(this.clinician, this.client, body);

		JsonNode shown = this.api.http()
			.get(this.client.token(), "/api/v1/assignments/" + assignment.id())
			.expect(200)
			.json();
		assertThat(shown.get("goalId").stringValue()).isEqualTo(goal.toString());
		assertThat(shown.get("goal").stringValue()).isEqualTo("Sleep through more nights");
	}

	@Test
	void homeworkForAnotherClientsGoal_isRefused_andNothingIsStored() {
		Client other = this.api.newClientOf(this.clinician);
		UUID theirs = this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + other.id() + "/goals", Map.of("words", "Theirs"))
			.created();
		int assignments = assignmentRows();
		int goals = goalRows();
		Map<String, Object> body = body();
		body.put("goalId", theirs);
		body.remove("goal");

		assertThat(assign(body).invalidFields()).containsExactly("goalId");
		body.put("goalId", UUID.randomUUID());
		body.put("goal", "A brand new goal");
		assertThat(assign(body).invalidFields()).as("nothing half-saved: not even the new goal")
			.containsExactly("goalId");

		assertThat(assignmentRows()).isEqualTo(assignments);
		assertThat(goalRows()).isEqualTo(goals);
	}

	@Test
	void homeworkForAGoalSetAside_orWithWordsOfAnotherGoal_isRefused() {
		UUID goal = addGoal(Map.of("words", "Sleep through more nights")).created();
		Map<String, Object> body = body();
		body.put("goalId", goal);
		body.put("goal", "Something else entirely");
		assertThat(assign(body).invalidFields()).containsExactly("goal");

		patch(goal, Map.of("archived", true)).expect(200);
		body.remove("goal");
		assertThat(assign(body).invalidFields()).containsExactly("goalId");
	}

	@Test
	void theOldGoalText_stillWorks_makingAGoal_orReusingTheOneWithTheSameWords() {
		UUID existing = addGoal(Map.of("words", "Notice worry before it snowballs")).created();
		Map<String, Object> sameWords = body();
		sameWords.put("goal", "notice worry before it snowballs ");
		Map<String, Object> newWords = body();
		newWords.put("goal", "Feel steadier around people");

		Assignment reusing = this.api.assign(this.clinician, this.client, sameWords);
		Assignment making = this.api.assign(this.clinician, this.client, newWords);

		JsonNode first = assignment(reusing);
		assertThat(first.get("goalId").stringValue()).isEqualTo(existing.toString());
		assertThat(first.get("goal").stringValue()).as("the text as sent, as the contract says")
			.isEqualTo("notice worry before it snowballs");
		JsonNode second = assignment(making);
		JsonNode goals = this.api.http().get(this.clinician.token(), goalsPath()).expect(200).json();
		assertThat(goals).hasSize(2);
		assertThat(goals.get(1).get("words").stringValue()).isEqualTo("Feel steadier around people");
		assertThat(second.get("goalId").stringValue()).isEqualTo(goals.get(1).get("id").stringValue());
		assertThat(second.get("goal").stringValue()).isEqualTo("Feel steadier around people");
	}

	@Test
	void homeworkWithoutAGoal_servesNone() {
		Map<String, Object> body = body();
		body.remove("goal");

		JsonNode shown = assignment(this.api.assign(this.clinician, this.client, body));

		assertThat(shown.get("goalId").isNull()).isTrue();
		assertThat(this.api.http().get(this.clinician.token(), goalsPath()).expect(200).json()).isEmpty();
	}

	@Test
	void theClinicianChangesWhichGoalHomeworkServes_keptInThePlanHistory() {
		UUID sleep = addGoal(Map.of("words", "Sleep through more nights")).created();
		UUID calm = addGoal(Map.of("words", "Feel calmer at work")).created();
		Map<String, Object> body = body();
		body.remove("goal");
		body.put("goalId", sleep);
		Assignment assignment = this.api.assign(this.clinician, this.client, body);
		String path = "/api/v1/assignments/" + assignment.id() + "/goal";

		JsonNode changed = this.api.http()
			.send("PUT", path, this.clinician.token(), Map.of("goalId", calm), Map.of())
			.expect(200)
			.json();
		assertThat(this.api.http().send("PUT", path, this.client.token(), Map.of("goalId", sleep), Map.of()).status())
			.isIn(403, 404);
		Client other = this.api.newClientOf(this.clinician);
		UUID theirs = this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + other.id() + "/goals", Map.of("words", "Theirs"))
			.created();
		assertThat(this.api.http()
			.send("PUT", path, this.clinician.token(), Map.of("goalId", theirs), Map.of())
			.invalidFields()).containsExactly("goalId");

		assertThat(changed.get("goalId").stringValue()).isEqualTo(calm.toString());
		assertThat(changed.get("goal").stringValue()).isEqualTo("Feel calmer at work");
		JsonNode history = this.api.http()
			.get(this.client.token(), "/api/v1/assignments/" + assignment.id() + "/plan-history")
			.expect(200)
			.json();
		assertThat(history).hasSize(1);
		JsonNode change = history.get(0).get("changes").get(0);
		assertThat(change.get("field").stringValue()).isEqualTo("goal");
		assertThat(change.get("before").stringValue()).isEqualTo("Sleep through more nights");
		assertThat(change.get("after").stringValue()).isEqualTo("Feel calmer at work");
		assertThat(history.get(0).get("changedBy").stringValue()).isEqualTo(this.clinician.displayName());
	}

	@Test
	void theClientCannotProposeAnotherGoal_throughAPlanProposal() {
		Assignment assignment = this.api.assign(this.clinician, this.client, body());

		assertThat(this.api.http()
			.post(this.client.token(), "/api/v1/assignments/" + assignment.id() + "/proposals",
					Map.of("changes", Map.of("goal", "Something else")))
			.invalidFields()).containsExactly("goal");
	}

	@Test
	void theDigest_namesTheGoalEachPieceServes_inTheClientsOrderOfGoals() {
		UUID sleep = addGoal(Map.of("words", "Sleep through more nights")).created();
		UUID calm = addGoal(Map.of("words", "Feel calmer at work")).created();
		assignServing("Not tied yet", null);
		assignServing("Calm breathing", calm);
		assignServing("Bedtime breathing", sleep);

		JsonNode lines = this.api.http()
			.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest")
			.expect(200)
			.json()
			.get("assignments");

		assertThat(lines.findValuesAsString("title")).containsExactly("Bedtime breathing", "Calm breathing",
				"Not tied yet");
		assertThat(lines.get(0).get("goal").stringValue()).isEqualTo("Sleep through more nights");
		assertThat(lines.get(1).get("goal").stringValue()).isEqualTo("Feel calmer at work");
		assertThat(lines.get(2).get("goal").isNull()).isTrue();
	}

	private void assignServing(String title, UUID goal) {
		Map<String, Object> body = body();
		body.remove("goal");
		body.put("title", title);
		body.put("goalId", goal);
		this.api.assign(this.clinician, this.client, body);
	}

	private ApiResponse addGoal(Map<String, Object> body) {
		return this.api.http().post(this.clinician.token(), goalsPath(), body);
	}

	private ApiResponse patch(UUID goal, Map<String, Object> body) {
		return this.api.http().send("PATCH", "/api/v1/goals/" + goal, this.clinician.token(), body, Map.of());
	}

	private ApiResponse assign(Map<String, Object> body) {
		return this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/assignments", body);
	}

	private JsonNode assignment(Assignment assignment) {
		return this.api.http().get(this.clinician.token(), "/api/v1/assignments/" + assignment.id()).expect(200).json();
	}

	private Map<String, Object> body() {
		return new HashMap<>(assignmentBody("mindful-breathing", EVERY_DAY, this.client.today(), null));
	}

	private String goalsPath() {
		return "/api/v1/clients/" + this.client.id() + "/goals";
	}

	private static JsonNode find(JsonNode history, String part) {
		for (JsonNode revision : history) {
			if (part.equals(revision.get("part").stringValue())) {
				return revision;
			}
		}
		throw new AssertionError("no " + part + " in " + history);
	}

	private int goalRows() {
		return this.jdbc.sql("select count(*) from treatment_goal").query(Integer.class).single();
	}

	private int revisionRows() {
		return this.jdbc.sql("select count(*) from treatment_goal_revision").query(Integer.class).single();
	}

	private int assignmentRows() {
		return this.jdbc.sql("select count(*) from assignment").query(Integer.class).single();
	}

}
