package org.bridgework.api;

import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * After a hard practice the answer to the entry offers a self-care step and the crisis
 * resources at once; the resources are open to anyone, without a token.
 */
class SelfCareApiIntegrationTests extends ApiIntegrationTestBase {

	private Client client;

	private Assignment breathing;

	private Assignment grounding;

	@BeforeEach
	void aClientWithTwoPractices() {
		Clinician clinician = this.api.newClinician();
		this.client = this.api.newClientOf(clinician);
		this.breathing = this.api.assign(clinician, this.client, "mindful-breathing", EVERY_DAY);
		this.grounding = this.api.assign(clinician, this.client, "grounding-54321", EVERY_DAY);
	}

	@Test
	void crisisResourcesAreOpenToAnyoneAndCallable() {
		JsonNode resources = this.api.http().get(null, "/api/v1/crisis-resources").expect(200).json();

		assertThat(resources.size()).isGreaterThanOrEqualTo(2);
		assertThat(resources.get(0).get("name").stringValue()).isEqualTo("Emergency services");
		assertThat(resources.toString()).contains("\"phone\":\"988\"", "https://www.samaritans.org");
	}

	@Test
	void aLowerMoodAfterPracticeOffersSelfCareAndCrisisResources() {
		Map<String, Object> entry = entryBody(this.client.today(), validAnswers("mindful-breathing"));
		entry.put("moodBefore", 6);
		entry.put("moodAfter", 3);
		String key = UUID.randomUUID().toString();

		JsonNode first = this.api.postEntry(this.client, this.breathing, key, entry).expect(201).json();
		JsonNode replay = this.api.postEntry(this.client, this.breathing, key, entry).expect(201).json();

		assertThat(first.get("selfCare").get("reason").stringValue()).isEqualTo("MOOD_LOWER");
		assertThat(first.get("selfCare").get("helpPage").stringValue()).isEqualTo("/help");
		assertThat(first.get("selfCare").get("crisisResources").get(0).get("name").stringValue())
			.isEqualTo("Emergency services");
		assertThat(replay).isEqualTo(first);
	}

	@Test
	void highDistressAtTheEndOffersSelfCare() {
		Map<String, Object> entry = entryBody(this.client.today(), Map.of("distressBefore", 8, "distressAfter", 7));

		JsonNode answer = this.api.postEntry(this.client, this.grounding, UUID.randomUUID().toString(), entry)
			.expect(201)
			.json();

		assertThat(answer.get("selfCare").get("reason").stringValue()).isEqualTo("DISTRESS_HIGH");
	}

	@Test
	void aPracticeThatWentWellOffersNothingExtra() {
		Map<String, Object> entry = entryBody(this.client.today(), Map.of("distressBefore", 8, "distressAfter", 6));

		JsonNode answer = this.api.postEntry(this.client, this.grounding, UUID.randomUUID().toString(), entry)
			.expect(201)
			.json();

		assertThat(answer.has("selfCare")).isFalse();
		assertThat(answer.get("id").stringValue()).isNotBlank();
	}

}
