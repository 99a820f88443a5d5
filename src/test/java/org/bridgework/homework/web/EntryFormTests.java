package org.bridgework.homework.web;

import org.bridgework.homework.EntryRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.library.FieldOption;
import org.bridgework.library.FieldType;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EntryFormTests {

	static final List<FieldOption> OPTIONS = List.of(new FieldOption("walk", "A walk"),
			new FieldOption("call", "A call"), new FieldOption("read", "Reading"));

	static final Template TEMPLATE = new Template(UUID.randomUUID(), "every-type", 1, "Every type", "worksheet",
			List.of(), "To try every kind of question", null, List.of(), 5, false,
			List.of(field("said", FieldType.SHORT_TEXT, true), field("story", FieldType.LONG_TEXT, false),
					field("strength", FieldType.SCALE, false), field("count", FieldType.NUMBER, false),
					field("pick", FieldType.CHOICE, false), field("picks", FieldType.MULTI_CHOICE, false),
					field("mood", FieldType.MOOD, false), field("again", FieldType.YES_NO, false)));

	@Test
	void toRequest_typesEachAnswerByItsFieldAndLeavesBlanksOut() {
		MultiValueMap<String, String> params = params();
		params.add("answers.said", "Hello");
		params.add("answers.story", "  ");
		params.add("answers.strength", "70");
		params.add("answers.count", " 3 ");
		params.add("answers.pick", "walk");
		params.add("answers.picks", "walk");
		params.add("answers.picks", "read");
		params.add("answers.mood", "4");
		params.add("answers.again", "no");
		params.add("answers.unknown", "ignored");
		params.add("durationMinutes", "2");
		params.add("durationSeconds", "5");
		params.add("keepPrivate", "true");

		EntryRequest request = EntryForm.from(params, TEMPLATE).toRequest(TEMPLATE);

		assertThat(request.answers()).containsOnlyKeys("said", "strength", "count", "pick", "picks", "mood", "again")
			.containsEntry("said", "Hello")
			.containsEntry("strength", 70)
			.containsEntry("count", 3)
			.containsEntry("pick", "walk")
			.containsEntry("picks", List.of("walk", "read"))
			.containsEntry("mood", 4)
			.containsEntry("again", Boolean.FALSE);
		assertThat(request.occurredOn()).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(request.durationSeconds()).isEqualTo(125);
		assertThat(request.quality()).isNull();
		assertThat(request.keepPrivate()).isTrue();
		assertThat(request.flagForSession()).isFalse();
	}

	@Test
	void toRequest_refusesUnreadableValuesWithTheTemplatesOwnProblems() {
		MultiValueMap<String, String> params = params();
		params.add("answers.count", "three");
		params.add("answers.again", "maybe");
		params.add("durationSeconds", "1:30");
		params.add("quality", "good");
		params.set("occurredOn", "yesterday");

		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> EntryForm.from(params, TEMPLATE).toRequest(TEMPLATE));

		assertThat(ex.problems()).extracting(FieldProblem::field)
			.contains("answers.count", "answers.again", "durationSeconds", "quality", "occurredOn", "answers.said");
	}

	@Test
	void from_keepsEverythingAsTypedForShowingAgain() {
		MultiValueMap<String, String> params = params();
		params.add("answers.picks", "walk");
		params.add("answers.picks", "call");
		params.add("note", "  as I wrote it ");

		EntryForm form = EntryForm.from(params, TEMPLATE);

		assertThat(form.answers("picks")).containsExactly("walk", "call");
		assertThat(form.note()).isEqualTo("  as I wrote it ");
		assertThat(form.idempotencyKey()).isEqualTo("key-1");
		assertThat(form.withNewKey().idempotencyKey()).isNotEqualTo("key-1");
	}

	private static MultiValueMap<String, String> params() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("idempotencyKey", "key-1");
		params.add("occurredOn", "2026-03-03");
		return params;
	}

	private static TemplateField field(String name, FieldType type, boolean required) {
		boolean ranged = type == FieldType.SCALE || type == FieldType.NUMBER;
		boolean choices = type == FieldType.CHOICE || type == FieldType.MULTI_CHOICE;
		return new TemplateField(name, type, name, null, required, ranged ? 0 : null, ranged ? 100 : null, null, null,
				null, null, choices ? OPTIONS : null);
	}

}
