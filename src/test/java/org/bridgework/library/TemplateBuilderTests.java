package org.bridgework.library;

import java.util.List;
import java.util.UUID;

import org.bridgework.library.TemplateDraft.FieldDraft;
import org.bridgework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TemplateBuilderTests {

	@Test
	void newQuestionsAndOptionsGetNamesAndValuesFromTheirLabels() {
		TemplateDefinition built = TemplateBuilder.build("k", draft(List.of(
				choice(null, "Where were you?", new FieldOption(null, "At home"), new FieldOption(null, "At home")),
				question(null, FieldType.SHORT_TEXT, "Where were you?"), question(null, FieldType.YES_NO, "1, 2, 3"))),
				null);

		assertThat(built.fields()).extracting(TemplateField::name)
			.containsExactly("whereWereYou", "whereWereYou2", "question");
		assertThat(built.fields().get(0).options()).extracting(FieldOption::value)
			.containsExactly("at-home", "at-home-2");
		built.requireWellFormed("test");
	}

	@Test
	void aNewVersionKeepsNamesTypesAndOptionValuesAndNeverReusesAnEarlierName() {
		Template v1 = version(TemplateBuilder.build("k",
				draft(List.of(
						choice(null, "How was it?", new FieldOption(null, "Calm"), new FieldOption(null, "Tense")),
						question(null, FieldType.LONG_TEXT, "Notes"))),
				null));

		TemplateDefinition v2 = TemplateBuilder
			.build("k",
					draft(List.of(question(null, FieldType.LONG_TEXT, "Notes"),
							choice("howWasIt", "How did it go?", new FieldOption("tense", "Uneasy"),
									new FieldOption("calm", "Calm and slow"), new FieldOption("made-up", "Calm")))),
					v1);

		assertThat(v2.fields()).extracting(TemplateField::name).containsExactly("notes2", "howWasIt");
		assertThat(v2.fields().get(1).options()).extracting(FieldOption::value)
			.containsExactly("tense", "calm", "calm-2");
		assertThat(v2.fields().get(1).options()).extracting(FieldOption::label)
			.containsExactly("Uneasy", "Calm and slow", "Calm");
		assertThat(TemplateChange.between(v1, version(v2))).extracting(TemplateChange::code)
			.contains("library.change.field.removed", "library.change.field.added", "library.change.field.label",
					"library.change.option.label", "library.change.option.added");
	}

	@Test
	void aSavedQuestionKeepsItsType() {
		Template v1 = version(
				TemplateBuilder.build("k", draft(List.of(question(null, FieldType.LONG_TEXT, "Notes"))), null));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> TemplateBuilder.build("k", draft(List.of(question("notes", FieldType.SCALE, "Notes"))), v1))
			.satisfies((ex) -> assertThat(ex.problems()).extracting((problem) -> problem.field())
				.containsExactly("fields[0].type"));
	}

	@Test
	void everyFieldTypeCanBeAddedAndRowsHoldNoRowsAndNoFiles() {
		assertThat(TemplateBuilder.questionTypes()).containsExactly(FieldType.values());
		assertThat(TemplateBuilder.subQuestionTypes())
			.doesNotContain(FieldType.REPEATING, FieldType.DRAWING, FieldType.PHOTO, FieldType.VOICE_NOTE)
			.hasSize(FieldType.values().length - 4);
	}

	private static Template version(TemplateDefinition definition) {
		return definition.asVersion(UUID.randomUUID(), 1);
	}

	private static TemplateDraft draft(List<FieldDraft> fields) {
		return new TemplateDraft("A name", "practice", null, null, null, null, null, fields, null);
	}

	private static FieldDraft question(String name, FieldType type, String label) {
		return new FieldDraft(name, type, label, null, null, null, null, null, null, null, null, null, null, null,
				null);
	}

	private static FieldDraft choice(String name, String label, FieldOption... options) {
		return new FieldDraft(name, FieldType.CHOICE, label, null, null, null, null, null, null, null, List.of(options),
				null, null, null, null);
	}

}
