package org.bridgework.homework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.library.FieldType;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HardPracticeTests {

	private static final Template GROUNDING = template(scale("distressBefore", 0, 10), scale("distressAfter", 0, 10));

	private static final Template EXPOSURE = template(scale("sudsBefore", 0, 100), scale("sudsPeak", 0, 100),
			scale("sudsAfter", 0, 100));

	@ParameterizedTest(name = "{0}: distress after {1}, moods {2} -> {3} = {4}")
	@CsvSource(nullValues = "-", textBlock = """
			grounding, -,   -, -, -
			grounding, 6,   -, -, -
			grounding, 7,   -, -, DISTRESS_HIGH
			grounding, 10,  -, -, DISTRESS_HIGH
			grounding, 0,   5, 5, -
			grounding, 0,   5, 4, MOOD_LOWER
			grounding, 0,   4, 5, -
			grounding, 7,   5, 4, DISTRESS_HIGH
			grounding, -,   5, -, -
			grounding, -,   -, 0, -
			grounding, -,  10, 9, MOOD_LOWER
			exposure,  69,  -, -, -
			exposure,  70,  -, -, DISTRESS_HIGH
			exposure,  100, -, -, DISTRESS_HIGH
			exposure,  0,   3, 3, -
			""")
	void aHardPracticeIsHighDistressAtTheEndOrALowerMood(String template, Integer distressAfter, Integer moodBefore,
			Integer moodAfter, HardPractice expected) {
		Template chosen = template.equals("grounding") ? GROUNDING : EXPOSURE;
		Map<String, Object> answers = new HashMap<>();
		if (distressAfter != null) {
			answers.put(chosen.key().equals("grounding") ? "distressAfter" : "sudsAfter", distressAfter);
		}
		EntryRequest entry = new EntryRequest(LocalDate.of(2026, 3, 3), answers, null, null, moodBefore, moodAfter,
				null, false, false);
		assertThat(HardPractice.of(chosen, entry)).isEqualTo(Optional.ofNullable(expected));
	}

	@ParameterizedTest(name = "peak {0} alone is not the end of the practice")
	@CsvSource({ "90", "100" })
	void aHighPeakThatCameDownIsNotHard(int peak) {
		EntryRequest entry = new EntryRequest(LocalDate.of(2026, 3, 3), Map.of("sudsPeak", peak, "sudsAfter", 30), null,
				null, null, null, null, false, false);
		assertThat(HardPractice.of(EXPOSURE, entry)).isEmpty();
	}

	@ParameterizedTest(name = "a distressAfter question of type {0} is not read as a scale")
	@CsvSource({ "SHORT_TEXT", "NUMBER" })
	void onlyScalesCountAsDistress(FieldType type) {
		Template other = template(new TemplateField("distressAfter", type, "How was it?", null, false, 0, 10, null,
				null, null, null, null));
		EntryRequest entry = new EntryRequest(LocalDate.of(2026, 3, 3), Map.of("distressAfter", 9), null, null, null,
				null, null, false, false);
		assertThat(HardPractice.of(other, entry)).isEmpty();
	}

	private static TemplateField scale(String name, int min, int max) {
		return new TemplateField(name, FieldType.SCALE, name, null, false, min, max, null, null, null, null, null);
	}

	private static Template template(TemplateField... fields) {
		String key = fields[0].name().startsWith("suds") ? "exposure" : "grounding";
		return new Template(UUID.randomUUID(), key, 1, key, "practice", List.of(), null, null, List.of(), null, false,
				List.of(fields));
	}

}
