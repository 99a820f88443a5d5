package org.bridgework.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

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

	/** Found by EntryAnswersFuzzTests: such text was accepted, then stored changed. */
	@Test
	void check_shouldRejectTextPostgresqlCannotStoreAsSent() {
		assertThat(codes(Map.of("situation", "a\0b"))).containsExactly("answers.situation=validation.answer.text");
		assertThat(codes(Map.of("situation", "half a pair \uD83D")))
			.containsExactly("answers.situation=validation.answer.text");
		assertThat(codes(Map.of("situation", "a whole pair \uD83D\uDE42"))).isEmpty();
	}

	// Checklist, date, time and repeating fields

	private static final List<FieldOption> STEPS = List.of(new FieldOption("sat-down", "Sat down"),
			new FieldOption("breathed", "Took three breaths"), new FieldOption("noticed", "Noticed one sound"));

	private final Template newTypes = new Template(UUID.randomUUID(), "new-types", 1, "New types", "worksheet",
			List.of(), "Try the new questions", null, List.of(), 5, false,
			List.of(field("steps", FieldType.CHECKLIST, false, null, null, STEPS),
					field("day", FieldType.DATE, false, null, null, null),
					field("bedtime", FieldType.TIME, false, null, null, null),
					repeating("situations", false, 0, 3,
							field("situation", FieldType.SHORT_TEXT, true, null, null, null),
							field("strength", FieldType.SCALE, false, 0, 100, null),
							field("ticks", FieldType.CHECKLIST, false, null, null, STEPS))));

	@Test
	void check_shouldAcceptWellTypedAnswersOfTheNewTypes() {
		assertThat(this.newTypes.check(
				Map.of("steps", List.of("sat-down", "noticed"), "day", "2026-02-28", "bedtime", "23:05", "situations",
						List.of(Map.of("situation", "On the bus", "strength", 60, "ticks", List.of("breathed")),
								Map.of("situation", "At my desk")))))
			.isEmpty();
	}

	@Test
	void check_checklist_shouldRefuseItemsNotOnTheListAndNonLists() {
		assertThat(codes(this.newTypes, Map.of("steps", List.of("sat-down", "ran-away"))))
			.containsExactly("answers.steps=validation.answer.checklist");
		assertThat(codes(this.newTypes, Map.of("steps", "sat-down")))
			.containsExactly("answers.steps=validation.answer.checklist");
		assertThat(codes(this.newTypes, Map.of("steps", List.of(1))))
			.containsExactly("answers.steps=validation.answer.checklist");
		assertThat(codes(this.newTypes, Map.of("steps", List.of()))).isEmpty();
	}

	@Test
	void check_date_shouldRefuseAnythingButARealIsoDay() {
		for (Object bad : List.of("2026-02-30", "28/02/2026", "2026-2-8", "2026-02-28T10:00", "tomorrow", 20260228,
				List.of("2026-02-28"))) {
			assertThat(codes(this.newTypes, Map.of("day", bad))).as("%s", bad)
				.containsExactly("answers.day=validation.answer.date");
		}
		assertThat(codes(this.newTypes, Map.of("day", "2024-02-29"))).isEmpty();
	}

	@Test
	void check_time_shouldRefuseAnythingButHoursAndMinutes() {
		for (Object bad : List.of("24:00", "12:60", "7:30", "07:30:00", "7pm", 730)) {
			assertThat(codes(this.newTypes, Map.of("bedtime", bad))).as("%s", bad)
				.containsExactly("answers.bedtime=validation.answer.time");
		}
		assertThat(codes(this.newTypes, Map.of("bedtime", "00:00"))).isEmpty();
		assertThat(codes(this.newTypes, Map.of("bedtime", "23:59"))).isEmpty();
	}

	@Test
	void check_repeating_shouldNameEachProblemByRowAndQuestion() {
		Map<String, Object> answers = Map.of("situations", List.of(Map.of("situation", "On the bus"),
				Map.of("strength", 150, "ticks", List.of("nope")), Map.of("situation", "Home", "mystery", "x")));

		assertThat(codes(this.newTypes, answers)).containsExactly("answers.situations[1].situation=validation.required",
				"answers.situations[1].strength=validation.range",
				"answers.situations[1].ticks=validation.answer.checklist",
				"answers.situations[2].mystery=validation.answer.unknown");
	}

	@Test
	void check_repeating_shouldKeepTheRowCountWithinItsLimits() {
		Map<String, Object> row = Map.of("situation", "On the bus");

		assertThat(codes(this.newTypes, Map.of("situations", List.of(row, row, row, row))))
			.containsExactly("answers.situations=validation.rows.tooMany");
		Template atLeastTwo = templateWith(repeating("situations", false, 2, 3,
				field("situation", FieldType.SHORT_TEXT, false, null, null, null)));
		assertThat(codes(atLeastTwo, Map.of("situations", List.of(row))))
			.containsExactly("answers.situations=validation.rows.tooFew");
		assertThat(codes(atLeastTwo, Map.of("situations", List.of(row, row)))).isEmpty();
		assertThat(atLeastTwo.check(Map.of("situations", List.of(row))).get(0).args()).containsExactly(2);
	}

	@Test
	void check_repeating_shouldRefuseWhatIsNotAListOfObjects() {
		assertThat(codes(this.newTypes, Map.of("situations", "On the bus")))
			.containsExactly("answers.situations=validation.answer.rows");
		assertThat(codes(this.newTypes, Map.of("situations", Map.of("situation", "On the bus"))))
			.containsExactly("answers.situations=validation.answer.rows");
		assertThat(codes(this.newTypes, Map.of("situations", List.of("On the bus", Map.of("situation", "Home")))))
			.containsExactly("answers.situations[0]=validation.answer.row");
	}

	@Test
	void check_requiredRepeating_needsOneRowWithSomeAnswer() {
		Template required = templateWith(repeating("situations", true, 0, 20,
				field("situation", FieldType.SHORT_TEXT, false, null, null, null)));
		Map<String, Object> blankRow = new HashMap<>();
		blankRow.put("situation", " ");

		assertThat(codes(required, Map.of())).containsExactly("answers.situations=validation.required");
		assertThat(codes(required, Map.of("situations", List.of())))
			.containsExactly("answers.situations=validation.required");
		assertThat(codes(required, Map.of("situations", List.of(Map.of(), blankRow))))
			.containsExactly("answers.situations=validation.required");
		assertThat(codes(required, Map.of("situations", List.of(Map.of("situation", "Bus"))))).isEmpty();
		// Optional and left blank: nothing to say.
		assertThat(codes(this.newTypes, Map.of("situations", List.of(Map.of())))).isEmpty();
	}

	// Well-formed files

	@Test
	void requireWellFormed_acceptsEveryNewTypeDoneRight() {
		assertThatNoException().isThrownBy(() -> definition(this.newTypes.fields()).requireWellFormed("ok.json"));
	}

	/**
	 * Found by TemplateFileFuzzTests: these failed later with a NullPointerException, or
	 * gave a question no answer could satisfy.
	 */
	@Test
	void requireWellFormed_refusesWhatWouldFailLaterByNamingIt() {
		TemplateField text = field("situation", FieldType.SHORT_TEXT, false, null, null, null);
		assertThatIllegalStateException()
			.isThrownBy(() -> new TemplateDefinition("no-kind", "No kind", null, List.of(), null, null, List.of(), null,
					false, List.of(text))
				.requireWellFormed("bad.json"))
			.withMessageContaining("kind must be one of");
		assertThatIllegalStateException()
			.isThrownBy(() -> new TemplateDefinition("gap", "Gap", "worksheet", Arrays.asList("CBT", null), null, null,
					List.of(), null, false, List.of(text))
				.requireWellFormed("bad.json"))
			.withMessageContaining("modalities and steps cannot hold null");
		assertRefused(new TemplateField("situation", FieldType.SHORT_TEXT, "Situation", null, true, null, null, null,
				null, null, 0, null), "maxLength must be at least 1");
	}

	@Test
	void requireWellFormed_refusesRepeatingFieldsAuthorsCouldGetWrong() {
		TemplateField text = field("situation", FieldType.SHORT_TEXT, false, null, null, null);

		assertRefused(repeating("rows", false, 0, 20), "needs fields");
		assertRefused(repeating("rows", false, 0, 20, text, repeating("inner", false, 0, 20, text)),
				"cannot hold another repeating field");
		assertRefused(repeating("rows", false, 0, 20, text, text), "'situation': name is used twice");
		assertRefused(repeating("rows", false, 3, 2, text), "minRows must not be above maxRows");
		assertRefused(repeating("rows", false, -1, 2, text), "minRows cannot be negative");
		assertRefused(repeating("rows", false, 0, 0, text), "maxRows must be at least 1");
		assertRefused(repeating("rows", false, 0, 20, field("strength", FieldType.SCALE, false, 5, 5, null)),
				"sub-field 'strength': needs min below max");
		assertRefused(field("steps", FieldType.CHECKLIST, false, null, null, null), "needs options");
		assertRefused(field("steps", FieldType.CHECKLIST, false, null, null, List.of()), "needs options");
		assertRefused(field("steps", FieldType.CHECKLIST, false, null, null,
				List.of(new FieldOption("a", "A"), new FieldOption("a", "Again"))), "used twice");
		assertRefused(new TemplateField("day", FieldType.DATE, "Day", null, false, null, null, null, null, null, null,
				null, List.of(text), null, null, null), "only a repeating field");
	}

	@Test
	void rowLimits_defaultOnRepeatingFieldsOnly() {
		TemplateField rows = repeating("rows", false, null, null,
				field("situation", FieldType.SHORT_TEXT, false, null, null, null));

		assertThat(rows.minRows()).isZero();
		assertThat(rows.maxRows()).isEqualTo(20);
		assertThat(field("day", FieldType.DATE, false, null, null, null).maxRows()).isNull();
	}

	@Test
	void json_readsAndWritesSubFieldsAndLeavesOtherFieldsAsBefore() {
		JsonMapper json = JsonMapper.builder().build();
		String file = """
				{"key": "sleep-diary", "name": "Sleep diary", "kind": "tracker", "fields": [
				  {"name": "night", "type": "date", "label": "Which night?"},
				  {"name": "bedtime", "type": "time", "label": "Lights out"},
				  {"name": "routine", "type": "checklist", "label": "Wind-down", "options": [{"value": "no-screens", "label": "No screens"}]},
				  {"name": "wakings", "type": "repeating", "label": "Times you woke", "rowLabel": "Waking",
				   "fields": [{"name": "at", "type": "time", "label": "When", "required": true},
				              {"name": "minutesAwake", "type": "number", "label": "Awake for", "min": 0, "max": 600}]}
				]}""";

		TemplateDefinition definition = json.readValue(file, TemplateDefinition.class);
		definition.requireWellFormed("sleep-diary.json");
		JsonNode written = json.readTree(json.writeValueAsString(definition.asVersion(UUID.randomUUID(), 1)));

		JsonNode wakings = written.get("fields").get(3);
		assertThat(wakings.get("type").stringValue()).isEqualTo("repeating");
		assertThat(wakings.get("rowLabel").stringValue()).isEqualTo("Waking");
		assertThat(wakings.get("minRows").intValue()).isZero();
		assertThat(wakings.get("maxRows").intValue()).isEqualTo(20);
		assertThat(wakings.get("fields").get(0).get("name").stringValue()).isEqualTo("at");
		assertThat(wakings.get("fields").get(0).get("required").booleanValue()).isTrue();
		assertThat(wakings.get("fields").get(1).get("max").intValue()).isEqualTo(600);
		assertThat(written.get("fields").get(2).get("options").get(0).get("value").stringValue())
			.isEqualTo("no-screens");
		List<String> nightKeys = new ArrayList<>(written.get("fields").get(0).propertyNames());
		assertThat(nightKeys).containsExactlyInAnyOrder("name", "type", "label", "required");
	}

	private static Template templateWith(TemplateField... fields) {
		return new Template(UUID.randomUUID(), "one-field", 1, "One field", "worksheet", List.of(), null, null,
				List.of(), null, false, Arrays.asList(fields));
	}

	private static TemplateDefinition definition(List<TemplateField> fields) {
		return new TemplateDefinition("new-types", "New types", "worksheet", List.of(), null, null, List.of(), null,
				false, fields);
	}

	private static void assertRefused(TemplateField field, String why) {
		assertThatIllegalStateException().isThrownBy(() -> definition(List.of(field)).requireWellFormed("bad.json"))
			.withMessageContaining(why);
	}

	private static TemplateField repeating(String name, boolean required, Integer minRows, Integer maxRows,
			TemplateField... fields) {
		return new TemplateField(name, FieldType.REPEATING, name, null, required, null, null, null, null, null, null,
				null, Arrays.asList(fields), minRows, maxRows, "Row");
	}

	private static List<String> codes(Template template, Map<String, Object> answers) {
		return template.check(answers).stream().map((FieldProblem p) -> p.field() + "=" + p.code()).toList();
	}

	private List<String> codes(Map<String, Object> answers) {
		return this.template.check(answers).stream().map((FieldProblem p) -> p.field() + "=" + p.code()).toList();
	}

	private static TemplateField field(String name, FieldType type, boolean required, Integer min, Integer max,
			List<FieldOption> options) {
		return new TemplateField(name, type, name, null, required, min, max, null, null, null, null, options);
	}

}
