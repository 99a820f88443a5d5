package org.bridgework.library;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateTests {

	private final Template template = new Template(UUID.randomUUID(), "thought-record", 1, "Thought record",
			"worksheet", List.of("CBT"), "Catch a thought", "Writing it down helps", List.of("Notice"), 10, false,
			List.of(field("situation", FieldType.LONG_TEXT, true, null, null, null),
					field("intensity", FieldType.SCALE, false, 0, 100, null),
					field("mood", FieldType.MOOD, false, null, null, null),
					field("place", FieldType.CHOICE, false, null, null,
							List.of(new FieldOption("home", "At home"), new FieldOption("work", "At work"))),
					field("tags", FieldType.MULTI_CHOICE, false, null, null, List.of(new FieldOption("calm", "Calm"))),
					field("helped", FieldType.YES_NO, false, null, null, null)));

	@Test
	void check_shouldAcceptWellTypedAnswers() {
		assertThat(this.template.check(Map.of("situation", "On the bus", "intensity", 70, "mood", 3, "place", "home",
				"tags", List.of("calm"), "helped", true)))
			.isEmpty();
	}

	@Test
	void check_shouldNameAMissingRequiredAnswer() {
		assertThat(codes(Map.of("intensity", 40))).containsExactly("answers.situation=validation.required");
	}

	@Test
	void check_shouldRejectUnknownFields() {
		assertThat(codes(Map.of("situation", "x", "mystery", 1)))
			.containsExactly("answers.mystery=validation.answer.unknown");
	}

	@Test
	void check_shouldRejectOutOfRangeAndWrongTypes() {
		assertThat(codes(Map.of("situation", 5, "intensity", 101, "mood", 6, "place", "moon", "tags", List.of("angry"),
				"helped", "yes")))
			.containsExactlyInAnyOrder("answers.situation=validation.answer.text", "answers.intensity=validation.range",
					"answers.mood=validation.range", "answers.place=validation.answer.choice",
					"answers.tags=validation.answer.choice", "answers.helped=validation.answer.yesNo");
	}

	@Test
	void check_shouldRejectDecimalsOnWholeNumberScales() {
		assertThat(codes(Map.of("situation", "x", "intensity", 50.5)))
			.containsExactly("answers.intensity=validation.answer.number");
	}

	@Test
	void check_shouldRejectTextLongerThanTheFieldAllows() {
		assertThat(codes(Map.of("situation", "a".repeat(TemplateField.LONG_TEXT_MAX + 1))))
			.containsExactly("answers.situation=validation.tooLong");
	}

	private List<String> codes(Map<String, Object> answers) {
		return this.template.check(answers).stream().map((FieldProblem p) -> p.field() + "=" + p.code()).toList();
	}

	private static TemplateField field(String name, FieldType type, boolean required, Integer min, Integer max,
			List<FieldOption> options) {
		return new TemplateField(name, type, name, null, required, min, max, null, null, null, null, options);
	}

}
