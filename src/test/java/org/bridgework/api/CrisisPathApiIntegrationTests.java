package org.bridgework.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path as API.md tells it: a PHQ-9 with item 9 above 0 answers with crisis
 * resources and leaves an open alert for the client's clinician, and the questionnaire
 * goes into the exported record.
 */
class CrisisPathApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void item9AboveZeroShowsCrisisResourcesAndOpensAnAlertForTheClinicianOnly() {
		Clinician clinician = this.api.newClinician();
		Clinician stranger = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode result = this.api.http()
			.post(client.token(), "/api/v1/me/measures/PHQ-9", Map.of("answers", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1)))
			.expect(201)
			.json();

		assertThat(result.get("total").intValue()).isEqualTo(9);
		assertThat(result.get("severity").stringValue()).isEqualTo("mild");
		assertThat(result.get("flags").toString()).contains("ITEM9_POSITIVE");
		assertThat(result.get("crisisResources").size()).isPositive();
		JsonNode alerts = this.api.http().get(clinician.token(), "/api/v1/alerts").expect(200).json();
		assertThat(
				alerts.values().stream().filter((a) -> a.get("clientId").stringValue().equals(client.id().toString())))
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.get("kind").stringValue()).isEqualTo("PHQ9_ITEM9");
				assertThat(alert.get("status").stringValue()).isEqualTo("OPEN");
			});
		assertThat(this.api.http().get(stranger.token(), "/api/v1/alerts").expect(200).body())
			.doesNotContain(client.id().toString());
	}

	@Test
	void aPhq9WithoutItem9OpensNoAlert_andTheExportCarriesEveryQuestionnaire() throws IOException {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		this.api.http()
			.post(client.token(), "/api/v1/me/measures/PHQ-9", Map.of("answers", List.of(2, 2, 2, 2, 2, 2, 2, 2, 0)))
			.expect(201);
		this.api.http()
			.post(client.token(), "/api/v1/me/measures/GAD-7", Map.of("answers", List.of(3, 3, 3, 3, 3, 3, 3)))
			.expect(201);

		assertThat(this.api.http().get(clinician.token(), "/api/v1/alerts").expect(200).body())
			.doesNotContain(client.id().toString());
		Map<String, String> files = ExportApiIntegrationTests.unzip(this.api.http()
			.download(clinician.token(), "/api/v1/clients/" + client.id() + "/export.zip", Map.of())
			.body());
		String measures = files.entrySet()
			.stream()
			.filter((file) -> file.getKey().startsWith("measures"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow();
		assertThat(measures).contains("PHQ-9", "16", "moderately severe", "2 2 2 2 2 2 2 2 0", "GAD-7", "21", "severe");
	}

}
