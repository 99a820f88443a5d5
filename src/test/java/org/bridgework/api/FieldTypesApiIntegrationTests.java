package org.bridgework.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * Every field type through the JSON API, with the test-only template
 * {@code test-all-field-types} (src/test/resources/library): the template describes each
 * question, good answers are stored as sent, and each bad one is named by its exact path,
 * down to a question inside a row.
 */
class FieldTypesApiIntegrationTests extends ApiIntegrationTestBase {

	private static final String TEMPLATE = "test-all-field-types";

	private Clinician clinician;

	private Client client;

	private Assignment assignment;

	@BeforeEach
	void clientHasTheTemplateAssigned() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
		this.assignment = this.api.assign(this.clinician, this.client, TEMPLATE, EVERY_DAY);
	}

	@Test
	void template_describesEveryTypeAndNestsARepeatingFieldsQuestions() {
		JsonNode template = this.api.http()
			.get(this.client.token(), "/api/v1/templates/" + TEMPLATE)
			.expect(200)
			.json();

		List<String> types = new ArrayList<>();
		template.get("fields").forEach((field) -> types.add(field.get("type").stringValue()));
		assertThat(types).containsExactly("short-text", "long-text", "scale", "number", "choice", "multi-choice",
				"checklist", "mood", "yes-no", "date", "time", "repeating", "drawing", "photo", "voice-note");
		JsonNode checklist = field(template, "stepsDone");
		assertThat(checklist.get("options").get(1).get("value").stringValue()).isEqualTo("named-it");
		assertThat(checklist.get("options").get(1).get("label").stringValue()).isEqualTo("Named the feeling");
		assertThat(field(template, "day").has("maxRows")).isFalse();
		JsonNode situations = field(template, "situations");
		assertThat(situations.get("rowLabel").stringValue()).isEqualTo("Situation");
		assertThat(situations.get("minRows").intValue()).isZero();
		assertThat(situations.get("maxRows").intValue()).isEqualTo(3);
		JsonNode where = situations.get("fields").get(0);
		assertThat(where.get("name").stringValue()).isEqualTo("where");
		assertThat(where.get("type").stringValue()).isEqualTo("short-text");
		assertThat(where.get("label").stringValue()).isEqualTo("Where did it happen?");
		assertThat(where.get("required").booleanValue()).isTrue();
		JsonNode intensity = situations.get("fields").get(1);
		assertThat(intensity.get("type").stringValue()).isEqualTo("scale");
		assertThat(intensity.get("max").intValue()).isEqualTo(100);

		JsonNode listed = this.api.http().get(this.clinician.token(), "/api/v1/templates").expect(200).json();
		JsonNode fromList = listed.values()
			.stream()
			.filter((one) -> one.get("key").stringValue().equals(TEMPLATE))
			.findFirst()
			.orElseThrow();
		assertThat(field(fromList, "situations").get("fields").size()).isEqualTo(2);
	}

	@Test
	void entries_answersOfEveryTypeAreStoredAndReadBackAsSent() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("headline", "A tense meeting");
		answers.put("story", "My manager asked for a chat.");
		answers.put("strength", 7);
		answers.put("minutes", 20);
		answers.put("place", "work");
		answers.put("feelings", List.of("worried", "sad"));
		answers.put("stepsDone", List.of("paused", "wrote-it"));
		answers.put("mood", 3);
		answers.put("helped", true);
		answers.put("day", "2026-03-03");
		answers.put("startedAt", "07:30");
		answers.put("situations",
				List.of(Map.of("where", "On the bus", "intensity", 40), Map.of("where", "At my desk")));

		this.api.record(this.client, this.assignment, entryBody(this.client.today(), answers));

		JsonNode stored = this.api.entries(this.clinician, this.assignment).get(0).get("answers");
		assertThat(stored).isEqualTo(ApiClient.JSON.valueToTree(answers));
	}

	@Test
	void entries_eachBadAnswerIsNamedByItsPathAndNothingIsStored() {
		Map<String, Object> firstRow = new LinkedHashMap<>();
		firstRow.put("where", "On the bus");
		firstRow.put("intensity", 101);
		firstRow.put("colour", "blue");
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("stepsDone", List.of("paused", "flew-away"));
		answers.put("day", "2026-02-30");
		answers.put("startedAt", "7pm");
		answers.put("situations", List.of(firstRow, Map.of("intensity", 5), "not a row"));

		List<String> fields = this.api
			.postEntry(this.client, this.assignment, UUID.randomUUID().toString(),
					entryBody(this.client.today(), answers))
			.invalidFields();

		assertThat(fields).containsExactly("answers.stepsDone", "answers.day", "answers.startedAt",
				"answers.situations[0].colour", "answers.situations[0].intensity", "answers.situations[1].where",
				"answers.situations[2]");
		assertThat(this.api.entryCount(this.client, this.assignment)).isZero();
	}

	/**
	 * Found by EntryAnswersFuzzTests: PostgreSQL's jsonb refused the NUL character (a
	 * 500) and stored half a surrogate pair as "?".
	 */
	@Test
	void entries_textPostgresqlCannotKeepAsSentIsNamedAndNothingIsStored() {
		String body = ApiClient.JSON
			.writeValueAsString(entryBody(this.client.today(), Map.of("headline", "a\0b", "story", "HALF")))
			.replace("HALF", "half a pair \\ud83d");

		List<String> fields = this.api.postEntry(this.client, this.assignment, UUID.randomUUID().toString(), body)
			.invalidFields();

		assertThat(fields).containsExactly("answers.headline", "answers.story");
		assertThat(this.api.entryCount(this.client, this.assignment)).isZero();
	}

	@Test
	void entries_rowsMustBeAListWithinTheFieldsLimits() {
		Map<String, Object> row = Map.of("where", "On the bus");

		JsonNode tooMany = this.api
			.postEntry(this.client, this.assignment, UUID.randomUUID().toString(),
					entryBody(this.client.today(), Map.of("situations", List.of(row, row, row, row))))
			.problem(400);
		List<String> notAList = this.api
			.postEntry(this.client, this.assignment, UUID.randomUUID().toString(),
					entryBody(this.client.today(), Map.of("situations", row, "day", List.of("2026-03-03"))))
			.invalidFields();

		assertThat(tooMany.get("errors")).hasSize(1);
		assertThat(tooMany.get("errors").get(0).get("field").stringValue()).isEqualTo("answers.situations");
		assertThat(tooMany.get("errors").get(0).get("message").stringValue()).startsWith("Please keep this to 3 rows");
		assertThat(notAList).containsExactly("answers.day", "answers.situations");
		assertThat(this.api.entryCount(this.client, this.assignment)).isZero();
	}

	@Test
	void entries_blankRowsCountAsNoAnswerForAnOptionalField() {
		this.api.record(this.client, this.assignment,
				entryBody(this.client.today(), Map.of("situations", List.of(Map.of("where", " ")), "headline", "Hi")));

		assertThat(this.api.entryCount(this.client, this.assignment)).isEqualTo(1);
	}

	private static JsonNode field(JsonNode template, String name) {
		return template.get("fields")
			.values()
			.stream()
			.filter((field) -> field.get("name").stringValue().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
