package org.bridgework.library;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the template loader with whatever a library file could hold. In {@code ./mvnw
 * verify} it replays the seeds in {@code TemplateFileFuzzTestsInputs}; with
 * {@code -Pfuzz -Dfuzz.tests=TemplateFileFuzzTests} it fuzzes (docs/security.md).
 */
class TemplateFileFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FILE = LibraryTemplates.FUZZED_KEY + ".json";

	/**
	 * The loader either refuses a file with an {@link IllegalStateException} naming it,
	 * or gives a definition the app can use: it becomes a template, it reads back from
	 * storage as the same definition (so a restart stores no new version), its questions
	 * are at most two deep, and every question can be answered (the promise of
	 * {@code requireWellFormed}).
	 */
	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "\"key\"", "\"fuzzed-template\"", "\"name\"", "\"kind\"", "\"practice\"", "\"worksheet\"",
			"\"fields\"", "\"type\"", "\"label\"", "\"required\"", "\"min\"", "\"max\"", "\"maxLength\"", "\"options\"",
			"\"value\"", "\"minRows\"", "\"maxRows\"", "\"rowLabel\"", "\"modalities\"", "\"steps\"", "\"pacer\"",
			"\"inhaleSeconds\"", "\"exhaleSeconds\"", "\"holdSeconds\"", "\"timer\"", "\"repeating\"", "\"short-text\"",
			"\"long-text\"", "\"scale\"", "\"number\"", "\"choice\"", "\"multi-choice\"", "\"checklist\"", "\"mood\"",
			"\"yes-no\"", "\"date\"", "\"time\"", "\"drawing\"", "\"photo\"", "\"voice-note\"", "null", "true", "false",
			"[]", "{}" })
	void aLibraryFileIsRefusedByNameOrIsUsable(byte[] file) {
		TemplateDefinition definition;
		try {
			definition = BuiltInTemplates.read(JSON, new ByteArrayInputStream(file), FILE);
		}
		catch (IllegalStateException refused) {
			assertThat(refused.getMessage()).as("the author is told which file").contains(FILE);
			return;
		}
		Template template = definition.asVersion(UUID.randomUUID(), 1);

		String stored = JSON.writeValueAsString(definition);
		TemplateDefinition reread = BuiltInTemplates.read(JSON,
				new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)), FILE);
		assertThat(reread).isEqualTo(definition);
		assertThat(JSON.writeValueAsString(reread)).isEqualTo(stored);

		assertThat(template.fields()).allSatisfy((field) -> assertThat(field.subFields())
			.allSatisfy((sub) -> assertThat(sub.subFields()).as("rows inside rows").isEmpty()));
		assertThat(template.check(Map.of()))
			.allSatisfy((problem) -> assertThat(problem.code()).isEqualTo("validation.required"));
		assertThat(template.check(answerToEvery(template.fields()))).as("every question can be answered").isEmpty();
	}

	/** The plainest answer each question takes. */
	private static Map<String, Object> answerToEvery(List<TemplateField> fields) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (TemplateField field : fields) {
			answers.put(field.name(), answer(field));
		}
		return answers;
	}

	private static Object answer(TemplateField field) {
		return switch (field.type()) {
			case SHORT_TEXT, LONG_TEXT -> "a";
			case SCALE, NUMBER, MOOD -> field.lowest();
			case CHOICE -> field.options().get(0).value();
			case MULTI_CHOICE, CHECKLIST -> List.of(field.options().get(0).value());
			case YES_NO -> true;
			case DATE -> "2026-03-14";
			case TIME -> "08:30";
			case DRAWING, PHOTO, VOICE_NOTE -> UUID.randomUUID().toString();
			case REPEATING -> Collections.nCopies(Math.max(1, field.fewestRows()), answerToEvery(field.subFields()));
		};
	}

}
