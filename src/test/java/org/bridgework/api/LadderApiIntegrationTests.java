package org.bridgework.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * Ladders through the JSON API: a clinician writes one, practice makes the ladder suggest
 * a change, and the clinician (or the client, when allowed) accepts it; every change is
 * kept.
 */
class LadderApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void aNewLadderStartsOnTheFirstStepAndTheClientCanReadIt() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);

		JsonNode saved = put(clinician, breathing, minutes(false)).expect(200).json();
		JsonNode read = get(client, breathing).expect(200).json();

		assertThat(saved.get("currentStep").intValue()).isEqualTo(1);
		assertThat(read.get("steps").size()).isEqualTo(3);
		assertThat(read.get("steps").get(1).get("label").stringValue()).isEqualTo("3 minutes");
		assertThat(read.get("steps").get(1).get("target").intValue()).isEqualTo(3);
		assertThat(read.get("targetUnit").stringValue()).isEqualTo("minutes");
		assertThat(read.get("moveOn").get("kind").stringValue()).isEqualTo("DONE_DAYS");
		assertThat(read.get("stepStartedOn").stringValue()).isEqualTo(client.today().minusDays(60).toString());
		assertThat(read.get("suggestion").get("direction").stringValue()).isEqualTo("STAY");
		assertThat(read.get("history").isEmpty()).isTrue();
	}

	@Test
	void threeDaysOfPracticeSuggestAStepUpThatTheClinicianAcceptsAndTheHistoryKeeps() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		put(clinician, breathing, minutes(false)).expect(200);
		for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
			this.api.record(client, breathing, client.today().minusDays(daysAgo));
		}

		JsonNode suggested = get(clinician, breathing).expect(200).json().get("suggestion");
		JsonNode accepted = this.api.http()
			.post(clinician.token(), changesPath(breathing), Map.of("from", 1))
			.expect(201)
			.json();
		JsonNode after = get(client, breathing).expect(200).json();

		assertThat(suggested.get("direction").stringValue()).isEqualTo("STEP_UP");
		assertThat(suggested.get("to").intValue()).isEqualTo(2);
		assertThat(suggested.get("reason").stringValue()).contains("3 of the last 3");
		assertThat(suggested.get("mayAccept").booleanValue()).isTrue();
		assertThat(accepted.get("currentStep").intValue()).isEqualTo(2);
		assertThat(after.get("currentStep").intValue()).isEqualTo(2);
		assertThat(after.get("stepStartedOn").stringValue()).isEqualTo(client.today().toString());
		// Practice from before the step began counts for the old step only.
		assertThat(after.get("suggestion").get("direction").stringValue()).isEqualTo("STAY");
		JsonNode change = after.get("history").get(0);
		assertThat(after.get("history").size()).isEqualTo(1);
		assertThat(change.get("from").intValue()).isEqualTo(1);
		assertThat(change.get("to").intValue()).isEqualTo(2);
		assertThat(change.get("fromLabel").stringValue()).isEqualTo("1 minute");
		assertThat(change.get("toLabel").stringValue()).isEqualTo("3 minutes");
		assertThat(change.get("byRole").stringValue()).isEqualTo("CLINICIAN");
		assertThat(change.get("byName").stringValue()).isEqualTo(clinician.displayName());
		assertThat(change.get("reason").stringValue()).contains("3 of the last 3");
		assertThat(change.get("changedAt").stringValue()).isNotBlank();

		// The same click again changes nothing.
		this.api.http().post(clinician.token(), changesPath(breathing), Map.of("from", 1)).problem(409);
		assertThat(get(clinician, breathing).json().get("history").size()).isEqualTo(1);
	}

	@Test
	void theSessionDigestShowsTheStepTheLadderSuggests() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		put(clinician, breathing, minutes(false)).expect(200);
		for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
			this.api.record(client, breathing, client.today().minusDays(daysAgo));
		}

		JsonNode digest = this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/digest")
			.expect(200)
			.json();

		assertThat(digest.get("ladderSuggestions").size()).isOne();
		JsonNode note = digest.get("ladderSuggestions").get(0);
		assertThat(note.get("text").stringValue()).contains(breathing.title(), "step 2", "3 minutes");
		assertThat(note.get("detail").stringValue()).contains("3 of the last 3");
	}

	@Test
	void aClientAcceptsAStepChangeOnlyWhenTheirClinicianAllowsIt() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		put(clinician, breathing, minutes(false)).expect(200);
		for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
			this.api.record(client, breathing, client.today().minusDays(daysAgo));
		}

		ApiResponse refused = this.api.http().post(client.token(), changesPath(breathing), Map.of());
		JsonNode seenBefore = get(client, breathing).json();
		put(clinician, breathing, minutes(true)).expect(200);
		ApiResponse choosingAnother = this.api.http().post(client.token(), changesPath(breathing), Map.of("to", 3));
		JsonNode accepted = this.api.http().post(client.token(), changesPath(breathing), Map.of()).expect(201).json();

		refused.problem(403);
		assertThat(refused.body()).doesNotContain("minute", "currentStep");
		assertThat(seenBefore.get("suggestion").get("mayAccept").booleanValue()).isFalse();
		choosingAnother.problem(403);
		assertThat(accepted.get("currentStep").intValue()).isEqualTo(2);
		assertThat(accepted.get("history").get(0).get("byRole").stringValue()).isEqualTo("CLIENT");
		assertThat(accepted.get("history").get(0).get("byName").stringValue()).isEqualTo(client.displayName());
	}

	@Test
	void skipsThatFeltTooHardSuggestASmallerStepAndAChosenChangeNeedsAReason() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Map<String, Object> ladder = minutes(false);
		ladder.put("stepBack", Map.of("hardSkips", 2));
		put(clinician, breathing, ladder).expect(200);

		List<String> withoutReason = this.api.http()
			.post(clinician.token(), changesPath(breathing), Map.of("to", 3))
			.invalidFields();
		this.api.http()
			.post(clinician.token(), changesPath(breathing), Map.of("to", 3, "note", "Agreed in session"))
			.expect(201);
		this.api.skip(client, breathing, client.today(), "TOO_HARD");
		this.api.skip(client, breathing, client.today(), "OVERWHELMED");
		JsonNode suggestion = get(client, breathing).expect(200).json().get("suggestion");
		JsonNode history = get(clinician, breathing).json().get("history");

		assertThat(withoutReason).containsExactly("note");
		assertThat(suggestion.get("direction").stringValue()).isEqualTo("STEP_BACK");
		assertThat(suggestion.get("to").intValue()).isEqualTo(2);
		assertThat(suggestion.get("reason").stringValue()).contains("too hard or overwhelming");
		assertThat(history.get(0).get("note").stringValue()).isEqualTo("Agreed in session");
		assertThat(history.get(0).get("to").intValue()).isEqualTo(3);
	}

	@Test
	void distressThatComesDownTwiceInARowSuggestsTheNextExposureStep() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment exposure = this.api.assign(clinician, client, "exposure-step", EVERY_DAY);
		Map<String, Object> ladder = new LinkedHashMap<>();
		ladder.put("steps", List.of(Map.of("label", "Look at a photo of a dog", "target", 40),
				Map.of("label", "Stand near a dog on a lead", "target", 60)));
		ladder.put("targetUnit", "SUDS");
		ladder.put("moveOn",
				Map.of("kind", "FIELD_AT_MOST", "field", "sudsPeak", "atMost", 30, "times", 2, "ofLast", 2));
		ladder.put("stepBack", Map.of("field", "sudsPeak", "atLeast", 80, "entries", 3));
		put(clinician, exposure, ladder).expect(200);
		recordPeak(client, exposure, 3, 50);
		recordPeak(client, exposure, 2, 30);
		recordPeak(client, exposure, 1, 25);

		JsonNode suggestion = get(clinician, exposure).expect(200).json().get("suggestion");

		assertThat(suggestion.get("direction").stringValue()).isEqualTo("STEP_UP");
		assertThat(suggestion.get("reason").stringValue()).contains("Distress at its highest", "2 of the last 2");
	}

	@Test
	void aLadderThatCannotWorkIsRefusedWithEveryProblemAndNothingStored() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		Map<String, Object> ladder = new LinkedHashMap<>();
		ladder.put("steps", List.of(Map.of("label", "Only one")));
		ladder.put("moveOn",
				Map.of("kind", "FIELD_AT_MOST", "field", "breathNotes", "atMost", 3, "times", 3, "ofLast", 2));
		ladder.put("stepBack", Map.of("hardSkips", 0));

		List<String> problems = put(clinician, breathing, ladder).invalidFields();

		assertThat(problems).containsExactlyInAnyOrder("steps", "moveOn.ofLast", "moveOn.field", "stepBack.hardSkips");
		get(clinician, breathing).problem(404);
	}

	@Test
	void anEditKeepsTheClientsStepAndCannotTakeItAway() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		put(clinician, breathing, minutes(false)).expect(200);
		this.api.http()
			.post(clinician.token(), changesPath(breathing), Map.of("to", 3, "note", "Ready for more"))
			.expect(201);
		Map<String, Object> shorter = minutes(false);
		shorter.put("steps", List.of(Map.of("label", "1 minute"), Map.of("label", "2 minutes")));
		Map<String, Object> reworded = minutes(true);
		reworded.put("steps", List.of(Map.of("label", "One minute"), Map.of("label", "Three minutes"),
				Map.of("label", "Five minutes"), Map.of("label", "Ten minutes")));

		List<String> refused = put(clinician, breathing, shorter).invalidFields();
		JsonNode edited = put(clinician, breathing, reworded).expect(200).json();

		assertThat(refused).containsExactly("steps");
		assertThat(edited.get("currentStep").intValue()).isEqualTo(3);
		assertThat(edited.get("steps").get(2).get("label").stringValue()).isEqualTo("Five minutes");
		// The history keeps the words of the time.
		assertThat(edited.get("history").get(0).get("toLabel").stringValue()).isEqualTo("5 minutes");
	}

	/** 1 → 3 → 5 minutes, stepping up after practice on 3 of the last 3 planned days. */
	static Map<String, Object> minutes(boolean clientMayStep) {
		Map<String, Object> ladder = new LinkedHashMap<>();
		ladder.put("steps", List.of(Map.of("label", "1 minute", "target", 1), Map.of("label", "3 minutes", "target", 3),
				Map.of("label", "5 minutes", "target", 5)));
		ladder.put("targetUnit", "minutes");
		ladder.put("clientMayStep", clientMayStep);
		ladder.put("moveOn", Map.of("kind", "DONE_DAYS", "days", 3, "ofLast", 3));
		return ladder;
	}

	private void recordPeak(Client client, Assignment exposure, int daysAgo, int peak) {
		LocalDate day = client.today().minusDays(daysAgo);
		this.api.record(client, exposure, entryBody(day, Map.of("step", "Photo", "sudsPeak", peak)));
	}

	private ApiResponse put(Clinician clinician, Assignment assignment, Map<String, Object> ladder) {
		return this.api.http().send("PUT", ladderPath(assignment), clinician.token(), ladder, Map.of());
	}

	private ApiResponse get(ApiFixtures.Person reader, Assignment assignment) {
		return this.api.http().get(reader.token(), ladderPath(assignment));
	}

	static String ladderPath(Assignment assignment) {
		return "/api/v1/assignments/" + assignment.id() + "/ladder";
	}

	static String changesPath(Assignment assignment) {
		return ladderPath(assignment) + "/step-changes";
	}

}
