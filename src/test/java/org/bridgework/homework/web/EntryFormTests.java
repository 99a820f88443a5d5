package org.bridgework.homework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.EntryRequest;
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

	// Checklist, date, time and repeating fields

	static final Template NEW_TYPES = new Template(UUID.randomUUID(), "new-types", 1, "New types", "worksheet",
			List.of(), "To try the newer kinds of question", null, List.of(), 5, false,
			List.of(field("steps", FieldType.CHECKLIST, false), field("day", FieldType.DATE, false),
					field("at", FieldType.TIME, false),
					new TemplateField("moments", FieldType.REPEATING, "Moments", null, false, null, null, null, null,
							null, null, null,
							List.of(field("said", FieldType.SHORT_TEXT, true), field("count", FieldType.NUMBER, false),
									field("ticks", FieldType.CHECKLIST, false)),
							1, 3, "Moment")));

	@Test
	void toRequest_typesChecklistsDatesTimesAndRowsAndLeavesBlankRowsOut() {
		MultiValueMap<String, String> params = params();
		params.add("answers.steps", "walk");
		params.add("answers.steps", "read");
		params.add("answers.day", " 2026-03-01 ");
		params.add("answers.at", "7:05");
		params.add("answers.moments[0].said", "On the bus");
		params.add("answers.moments[0].count", "");
		params.add("answers.moments[1].said", " ");
		params.add("answers.moments[1].count", "");
		params.add("answers.moments[2].said", "At my desk");
		params.add("answers.moments[2].count", "3");
		params.add("answers.moments[2].ticks", "call");
		params.add("answers.moments[2].mystery", "ignored");

		EntryRequest request = EntryForm.from(params, NEW_TYPES).toRequest(NEW_TYPES);

		assertThat(request.answers()).containsOnlyKeys("steps", "day", "at", "moments")
			.containsEntry("steps", List.of("walk", "read"))
			.containsEntry("day", "2026-03-01")
			.containsEntry("at", "07:05")
			.containsEntry("moments", List.of(Map.of("said", "On the bus"),
					Map.of("said", "At my desk", "count", 3, "ticks", List.of("call"))));
	}

	@Test
	void toRequest_readsBrowserTimesWithSecondsAsHoursAndMinutes() {
		MultiValueMap<String, String> params = params();
		params.add("answers.at", "21:30:00");

		assertThat(EntryForm.from(params, NEW_TYPES).toRequest(NEW_TYPES).answers()).containsEntry("at", "21:30");
	}

	@Test
	void toRequest_leavesARepeatingFieldOutWhenEveryRowIsBlank() {
		MultiValueMap<String, String> params = params();
		params.add("answers.moments[0].said", "");
		params.add("answers.moments[0].count", " ");

		assertThat(EntryForm.from(params, NEW_TYPES).toRequest(NEW_TYPES).answers()).doesNotContainKey("moments");
	}

	@Test
	void toRequest_namesProblemsByTheFilledRowTheyAreIn() {
		MultiValueMap<String, String> params = params();
		params.add("answers.day", "2026-02-30");
		params.add("answers.steps", "walk");
		params.add("answers.steps", "fly");
		params.add("answers.moments[0].said", "");
		params.add("answers.moments[1].said", "");
		params.add("answers.moments[1].count", "lots");
		params.add("answers.moments[1].ticks", "walk");

		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
				() -> EntryForm.from(params, NEW_TYPES).toRequest(NEW_TYPES));

		assertThat(ex.problems()).extracting((problem) -> problem.field() + "=" + problem.code())
			.containsExactlyInAnyOrder("answers.moments[0].count=validation.answer.number",
					"answers.moments[0].said=validation.required", "answers.day=validation.answer.date",
					"answers.steps=validation.answer.checklist");
	}

	@Test
	void from_keepsRowsWhereTheyWereAndAnotherRowAddsOneUpToTheLimit() {
		MultiValueMap<String, String> params = params();
		params.add("rowsShown.moments", "2");
		params.add("answers.moments[1].said", "Second");
		params.add("answers.moments[1].ticks", "walk");
		params.add("answers.moments[1].ticks", "call");
		params.add("answers.moments[7].said", "past the limit");

		EntryForm form = EntryForm.from(params, NEW_TYPES);

		assertThat(form.rows("moments")).hasSize(2);
		assertThat(form.rows("moments").get(0)).isEmpty();
		assertThat(form.rows("moments").get(1)).containsEntry("said", List.of("Second"))
			.containsEntry("ticks", List.of("walk", "call"));
		EntryForm grown = form.withAnotherRow("moments", NEW_TYPES);
		assertThat(grown.rows("moments")).hasSize(3);
		assertThat(grown.rows("moments").get(1)).containsEntry("said", List.of("Second"));
		assertThat(grown.withAnotherRow("moments", NEW_TYPES).rows("moments")).hasSize(3);
		assertThat(grown.withoutBlankRows().rows("moments")).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("said", List.of("Second")));
		assertThat(form.withAnotherRow("steps", NEW_TYPES)).isEqualTo(form);
		assertThat(form.withAnotherRow("no-such-field", NEW_TYPES)).isEqualTo(form);
	}

	@Test
	void withAnotherRow_onAFreshFormShowsTheFirstRowAndOneMore() {
		EntryForm fresh = EntryForm.blank(LocalDate.of(2026, 3, 3));

		assertThat(fresh.withAnotherRow("moments", NEW_TYPES).rows("moments")).hasSize(2);
	}

	private static MultiValueMap<String, String> params() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("idempotencyKey", "key-1");
		params.add("occurredOn", "2026-03-03");
		return params;
	}

	private static TemplateField field(String name, FieldType type, boolean required) {
		boolean ranged = type == FieldType.SCALE || type == FieldType.NUMBER;
		boolean choices = type.hasOptions();
		return new TemplateField(name, type, name, null, required, ranged ? 0 : null, ranged ? 100 : null, null, null,
				null, null, choices ? OPTIONS : null);
	}

}
