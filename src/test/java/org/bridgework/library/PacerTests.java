package org.bridgework.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PacerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FIELDS = """
			"fields": [{"name": "noticed", "type": "long-text", "label": "What did you notice?"}]""";

	@ParameterizedTest
	@CsvSource({ "4, 0, 6", "1, 0, 1", "10, 10, 10", "4, 2, 6" })
	void requireWellFormed_shouldAcceptWholeSecondsInRange(int inhale, int hold, int exhale) {
		Pacer pacer = new Pacer(inhale, hold, exhale);

		assertThat(pacer.problem()).isEmpty();
		assertThatNoException().isThrownBy(() -> definition(pacer).requireWellFormed("breathing.json"));
	}

	@ParameterizedTest
	@CsvSource({ "0, 0, 6, inhaleSeconds must be 1 to 10", "11, 0, 6, inhaleSeconds must be 1 to 10",
			"4, -1, 6, holdSeconds must be 0 to 10", "4, 11, 6, holdSeconds must be 0 to 10",
			"4, 0, 0, exhaleSeconds must be 1 to 10", "4, 0, 11, exhaleSeconds must be 1 to 10" })
	void requireWellFormed_shouldRefuseSecondsOutOfRangeNamingWhich(int inhale, int hold, int exhale, String why) {
		assertThatIllegalStateException()
			.isThrownBy(() -> definition(new Pacer(inhale, hold, exhale)).requireWellFormed("breathing.json"))
			.withMessageContaining("breathing.json")
			.withMessageContaining(why);
	}

	@Test
	void aLibraryFile_mayLeaveOutTheHoldButNotTheBreaths() {
		TemplateDefinition noHold = read("""
				{"key": "breathing", "name": "Breathing", "kind": "practice",
				 "pacer": {"inhaleSeconds": 4, "exhaleSeconds": 6}, %s}""".formatted(FIELDS));
		TemplateDefinition noOutBreath = read("""
				{"key": "breathing", "name": "Breathing", "kind": "practice",
				 "pacer": {"inhaleSeconds": 4}, %s}""".formatted(FIELDS));

		assertThat(noHold.pacer()).isEqualTo(new Pacer(4, 0, 6));
		assertThatNoException().isThrownBy(() -> noHold.requireWellFormed("breathing.json"));
		assertThatIllegalStateException().isThrownBy(() -> noOutBreath.requireWellFormed("breathing.json"))
			.withMessageContaining("exhaleSeconds must be 1 to 10");
	}

	@Test
	void aTemplateWithoutPacer_isStoredAndServedWithoutOne() {
		TemplateDefinition plain = read("""
				{"key": "plain", "name": "Plain", "kind": "worksheet", %s}""".formatted(FIELDS));

		assertThat(plain.pacer()).isNull();
		// The stored definition (and so its checksum) is what it was before pacers
		// existed.
		assertThat(JSON.readTree(JSON.writeValueAsString(plain)).has("pacer")).isFalse();
		assertThat(JSON.readTree(JSON.writeValueAsString(plain.asVersion(UUID.randomUUID(), 1))).has("pacer"))
			.isFalse();
	}

	@Test
	void aTemplateWithPacer_servesItsSeconds() {
		Template template = definition(new Pacer(4, 2, 6)).asVersion(UUID.randomUUID(), 1);

		JsonNode pacer = JSON.readTree(JSON.writeValueAsString(template)).get("pacer");

		assertThat(pacer.get("inhaleSeconds").intValue()).isEqualTo(4);
		assertThat(pacer.get("holdSeconds").intValue()).isEqualTo(2);
		assertThat(pacer.get("exhaleSeconds").intValue()).isEqualTo(6);
		assertThat(new ArrayList<>(pacer.propertyNames())).containsExactly("inhaleSeconds", "holdSeconds",
				"exhaleSeconds");
	}

	@Test
	void theBreathingPracticesShipWithAPacer_andTheBodyScanWithout() {
		assertThat(builtIn("mindful-breathing").pacer()).isEqualTo(new Pacer(4, 0, 6));
		assertThat(builtIn("three-breath-pause").pacer()).isEqualTo(new Pacer(4, 2, 6));
		assertThat(builtIn("body-scan").pacer()).isNull();
		assertThat(builtIn("mood-log").pacer()).isNull();
	}

	private static TemplateDefinition definition(Pacer pacer) {
		TemplateDefinition withoutPacer = read("""
				{"key": "breathing", "name": "Breathing", "kind": "practice", %s}""".formatted(FIELDS));
		return new TemplateDefinition(withoutPacer.key(), withoutPacer.name(), withoutPacer.kind(), List.of(), null,
				null, List.of(), 1, true, withoutPacer.fields(), pacer);
	}

	private static TemplateDefinition read(String json) {
		return JSON.readValue(json, TemplateDefinition.class);
	}

	private static TemplateDefinition builtIn(String key) {
		try (InputStream in = PacerTests.class.getResourceAsStream("/library/" + key + ".json")) {
			TemplateDefinition definition = JSON.readValue(in, TemplateDefinition.class);
			definition.requireWellFormed(key + ".json");
			return definition;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
