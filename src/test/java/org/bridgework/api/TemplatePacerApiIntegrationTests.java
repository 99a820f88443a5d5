package org.bridgework.api;

import java.util.ArrayList;
import java.util.List;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Breathing practices carry their breathing guide's seconds in the template API; other
 * templates leave {@code pacer} out.
 */
class TemplatePacerApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void templateList_givesBreathingPracticesTheirPacerAndLeavesItOutElsewhere() {
		Clinician clinician = this.api.newClinician();
		JsonNode templates = this.api.http().get(clinician.token(), "/api/v1/templates").expect(200).json();
		List<String> paced = new ArrayList<>();
		JsonNode breathing = null;
		for (JsonNode template : templates) {
			if (template.has("pacer")) {
				paced.add(template.get("key").stringValue());
			}
			if ("mindful-breathing".equals(template.get("key").stringValue())) {
				breathing = template;
			}
		}

		assertThat(paced).containsExactlyInAnyOrder("mindful-breathing", "three-breath-pause");
		assertThat(breathing).isNotNull();
		assertThat(breathing.get("pacer").get("inhaleSeconds").intValue()).isEqualTo(4);
		assertThat(breathing.get("pacer").get("holdSeconds").intValue()).isZero();
		assertThat(breathing.get("pacer").get("exhaleSeconds").intValue()).isEqualTo(6);
	}

	@Test
	void oneTemplate_showsAClientThePacerWithItsHold() {
		Client client = this.api.newClientOf(this.api.newClinician());
		JsonNode pause = this.api.http().get(client.token(), "/api/v1/templates/three-breath-pause").expect(200).json();

		assertThat(pause.get("pacer").get("inhaleSeconds").intValue()).isEqualTo(4);
		assertThat(pause.get("pacer").get("holdSeconds").intValue()).isEqualTo(2);
		assertThat(pause.get("pacer").get("exhaleSeconds").intValue()).isEqualTo(6);
	}

}
