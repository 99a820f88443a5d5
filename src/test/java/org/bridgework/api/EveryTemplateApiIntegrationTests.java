package org.bridgework.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.testing.SampleFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * Every template in the library, as a client program would meet it: read its fields from
 * the API, record a complete valid entry, and have each wrongly typed answer refused with
 * its own field named and nothing stored.
 */
class EveryTemplateApiIntegrationTests extends ApiIntegrationTestBase {

	@TestFactory
	Stream<DynamicTest> everyTemplate_acceptsAValidEntryAndRefusesEachWrongAnswer() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		JsonNode templates = this.api.http().get(clinician.token(), "/api/v1/templates").expect(200).json();
		List<JsonNode> all = new ArrayList<>();
		templates.forEach(all::add);
		assertThat(all).hasSizeGreaterThanOrEqualTo(5);
		return all.stream()
			.map((template) -> DynamicTest.dynamicTest(template.get("key").stringValue(),
					() -> checkTemplate(clinician, client, template)));
	}

	/**
	 * A real file of the kind the question takes, uploaded first as a client app does.
	 */
	private String attach(Client client, Assignment assignment, JsonNode field) {
		String name = field.get("name").stringValue();
		if ("voice-note".equals(field.get("type").stringValue())) {
			return this.api.attach(client, assignment, name, "note.wav", "audio/wav", SampleFiles.wav());
		}
		return this.api.attach(client, assignment, name, "picture.png", "image/png", SampleFiles.png());
	}

	private void checkTemplate(Clinician clinician, Client client, JsonNode template) {
		String key = template.get("key").stringValue();
		Assignment assignment = this.api.assign(clinician, client, key, EVERY_DAY);
		for (JsonNode field : template.get("fields")) {
			Map<String, Object> wrong = SampleAnswers.withWrongAnswer(template, field, client.today());
			ApiResponse refused = this.api.postEntry(client, assignment, UUID.randomUUID().toString(),
					entryBody(client.today(), wrong));
			assertThat(refused.status()).as("%s: a wrong answer to %s", key, field.get("name")).isEqualTo(400);
			assertThat(refused.invalidFields()).as("%s: the refused field is named", key)
				.contains("answers." + field.get("name").stringValue());
		}
		assertThat(this.api.entryCount(client, assignment)).as("%s: nothing refused was stored", key).isZero();

		Map<String, Object> answers = SampleAnswers.valid(template, client.today(),
				(field) -> attach(client, assignment, field));
		ApiResponse stored = this.api.postEntry(client, assignment, UUID.randomUUID().toString(),
				entryBody(client.today(), answers));
		assertThat(stored.status()).as("%s: a complete valid entry: %s", key, stored.body()).isEqualTo(201);
		JsonNode entry = this.api.entries(client, assignment).get(0);
		for (Map.Entry<String, Object> answer : answers.entrySet()) {
			assertThat(entry.get("answers").has(answer.getKey())).as("%s keeps %s", key, answer.getKey()).isTrue();
		}
	}

}
