package org.bridgework.api;

import java.util.Map;
import java.util.UUID;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;

/**
 * Plans written together through the API: the client proposes, nothing changes until the
 * clinician takes it in, and every change is kept with who made it and what it was.
 */
class PlansApiIntegrationTests extends ApiIntegrationTestBase {

	private Clinician clinician;

	private Client client;

	private Assignment assignment;

	@BeforeEach
	void aClientWithBreathingAfterBrushingTheirTeeth() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
		this.assignment = this.api.assign(this.clinician, this.client, "mindful-breathing", EVERY_DAY);
	}

	@Test
	void aProposalChangesNothingUntilTheClinicianTakesItIn() {
		UUID proposal = propose(
				Map.of("cue", "When I get home from work", "place", "By the window", "timeOfDay", "18:30"),
				"Mornings are rushed")
			.created();

		assertThat(assignment(this.client).get("cue").stringValue()).isEqualTo("After I brush my teeth");
		JsonNode listed = this.api.http().get(this.clinician.token(), proposalsPath()).expect(200).json().get(0);
		assertThat(listed.get("status").stringValue()).isEqualTo("PROPOSED");
		assertThat(listed.get("note").stringValue()).isEqualTo("Mornings are rushed");
		assertThat(listed.get("changes").toString()).contains(
				"{\"field\":\"timeOfDay\",\"before\":\"08:00\",\"after\":\"18:30\"}",
				"{\"field\":\"cue\",\"before\":\"After I brush my teeth\",\"after\":\"When I get home from work\"}",
				"{\"field\":\"place\",\"before\":null,\"after\":\"By the window\"}");

		JsonNode accepted = this.api.http()
			.post(this.clinician.token(), "/api/v1/proposals/" + proposal + "/acceptance", null)
			.expect(200)
			.json();

		assertThat(accepted.get("cue").stringValue()).isEqualTo("When I get home from work");
		assertThat(accepted.get("place").stringValue()).isEqualTo("By the window");
		assertThat(accepted.get("schedule").get("timeOfDay").stringValue()).startsWith("18:30");
		JsonNode history = this.api.http().get(this.client.token(), historyPath()).expect(200).json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).get("fromProposal").booleanValue()).isTrue();
		assertThat(history.get(0).get("changes")).hasSize(3);
		assertThat(this.api.http()
			.post(this.clinician.token(), "/api/v1/proposals/" + proposal + "/acceptance", null)
			.problem(409)
			.toString()).contains("answered already");
	}

	@Test
	void theClinicianMayAskToTalkItThroughAndTheClientSeesTheirWords() {
		UUID proposal = propose(Map.of("durationMinutes", "10"), null).created();

		this.api.http()
			.post(this.clinician.token(), "/api/v1/proposals/" + proposal + "/discussion",
					Map.of("reply", "Ten is a big jump; let's find the step between together"))
			.expect(200);

		JsonNode seen = this.api.http().get(this.client.token(), proposalsPath()).expect(200).json().get(0);
		assertThat(seen.get("status").stringValue()).isEqualTo("DISCUSS");
		assertThat(seen.get("reply").stringValue()).contains("step between");
		assertThat(assignment(this.client).get("durationMinutes").intValue()).isEqualTo(1);
		assertThat(this.api.http().get(this.client.token(), historyPath()).expect(200).json()).isEmpty();
	}

	@Test
	void theClinicianChangesThePlanAndTheChangeIsKept() {
		JsonNode changed = this.api.http()
			.send("PATCH", planPath(), this.clinician.token(),
					Map.of("daysOfWeek", "MON,WED,FRI", "durationMinutes", "3", "cue", ""), Map.of())
			.expect(200)
			.json();

		assertThat(changed.get("schedule").get("daysOfWeek").toString()).isEqualTo("[\"MON\",\"WED\",\"FRI\"]");
		assertThat(changed.get("durationMinutes").intValue()).isEqualTo(3);
		assertThat(changed.has("cue") && !changed.get("cue").isNull()).isFalse();
		JsonNode revision = this.api.http().get(this.clinician.token(), historyPath()).expect(200).json().get(0);
		assertThat(revision.get("fromProposal").booleanValue()).isFalse();
		assertThat(revision.get("changes").toString()).contains(
				"{\"field\":\"daysOfWeek\",\"before\":\"MON,TUE,WED,THU,FRI,SAT,SUN\",\"after\":\"MON,WED,FRI\"}",
				"{\"field\":\"cue\",\"before\":\"After I brush my teeth\",\"after\":null}");
	}

	@Test
	void aProposalThatIsWrongOrChangesNothingIsRefusedAndStoresNothing() {
		ApiResponse unknown = propose(Map.of("title", "Something else"), null);
		ApiResponse tooLong = propose(Map.of("durationMinutes", "0", "timeOfDay", "25:00"), null);
		ApiResponse same = propose(Map.of("cue", "After I brush my teeth"), null);
		ApiResponse noDays = propose(Map.of("daysOfWeek", ""), null);

		assertThat(unknown.invalidFields()).containsExactly("title");
		assertThat(tooLong.invalidFields()).containsExactlyInAnyOrder("durationMinutes", "timeOfDay");
		assertThat(same.problem(400).toString()).contains("plan as it is now");
		assertThat(noDays.invalidFields()).containsExactly("daysOfWeek");
		assertThat(this.api.http().get(this.client.token(), proposalsPath()).expect(200).json()).isEmpty();
	}

	@Test
	void onlyTheClientProposesAndOnlyTheirClinicianDecidesOrChanges() {
		UUID proposal = propose(Map.of("place", "In the garden"), null).created();
		Clinician stranger = this.api.newClinician();
		Client otherClient = this.api.newClientOf(this.clinician);

		assertThat(this.api.http()
			.post(this.clinician.token(), proposalsPath(), Map.of("changes", Map.of("place", "Anywhere")))
			.status()).isEqualTo(403);
		assertThat(this.api.http()
			.post(otherClient.token(), proposalsPath(), Map.of("changes", Map.of("place", "Anywhere")))
			.status()).isEqualTo(404);
		assertThat(this.api.http()
			.post(this.client.token(), "/api/v1/proposals/" + proposal + "/acceptance", null)
			.status()).isEqualTo(403);
		ApiResponse strangerAccepts = this.api.http()
			.post(stranger.token(), "/api/v1/proposals/" + proposal + "/acceptance", null);
		assertThat(strangerAccepts.status()).isEqualTo(404);
		assertThat(strangerAccepts.body()).doesNotContain("In the garden");
		assertThat(this.api.http()
			.send("PATCH", planPath(), this.client.token(), Map.of("place", "Bed"), Map.of())
			.status()).isEqualTo(403);
		assertThat(assignment(this.client).has("place") && !assignment(this.client).get("place").isNull()).isFalse();
	}

	@Test
	void afterASkipTheClientIsShownTheirOwnPlanForMomentsLikeThis() {
		JsonNode skipped = this.api
			.postSkip(this.client, this.assignment, Map.of("occurredOn", this.client.today(), "reason", "TOO_HARD"))
			.expect(201)
			.json();

		assertThat(skipped.get("ownPlans").get(0).get("barrier").stringValue()).isEqualTo("Too sleepy");
		assertThat(skipped.get("ownPlans").get(0).get("plan").stringValue()).isEqualTo("Do it standing by the window");
	}

	private ApiResponse propose(Map<String, String> changes, String note) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("changes", changes);
		body.put("note", note);
		return this.api.http().post(this.client.token(), proposalsPath(), body);
	}

	private JsonNode assignment(Client reader) {
		return this.api.http().get(reader.token(), "/api/v1/assignments/" + this.assignment.id()).expect(200).json();
	}

	private String proposalsPath() {
		return "/api/v1/assignments/" + this.assignment.id() + "/proposals";
	}

	private String historyPath() {
		return "/api/v1/assignments/" + this.assignment.id() + "/plan-history";
	}

	private String planPath() {
		return "/api/v1/assignments/" + this.assignment.id() + "/plan";
	}

}
