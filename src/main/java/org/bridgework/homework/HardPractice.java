package org.bridgework.homework;

import java.util.List;
import java.util.Optional;

import org.bridgework.library.FieldType;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;

/**
 * Why a practice that was just recorded looks like it was hard, so the client can be
 * offered a short self-care step and the crisis resources at once. Practice that stirs
 * things up is often useful; this only makes sure nobody is left alone with it.
 */
public enum HardPractice {

	/** Distress at the end was 7 or more out of 10 (or 70 of 100 on a SUDS scale). */
	DISTRESS_HIGH,

	/** The mood after was lower than the mood before. */
	MOOD_LOWER;

	/** The template questions that ask how distressed the client is at the end. */
	static final List<String> DISTRESS_AFTER = List.of("distressAfter", "sudsAfter");

	/** Seven tenths of a distress scale's range counts as high. */
	static final int HIGH_TENTHS = 7;

	public static Optional<HardPractice> of(Template template, EntryRequest entry) {
		if (distressHigh(template, entry)) {
			return Optional.of(DISTRESS_HIGH);
		}
		if (entry.moodBefore() != null && entry.moodAfter() != null && entry.moodAfter() < entry.moodBefore()) {
			return Optional.of(MOOD_LOWER);
		}
		return Optional.empty();
	}

	private static boolean distressHigh(Template template, EntryRequest entry) {
		return DISTRESS_AFTER.stream()
			.flatMap((name) -> template.field(name).stream())
			.filter((field) -> field.type() == FieldType.SCALE)
			.anyMatch((field) -> entry.answers().get(field.name()) instanceof Number answer && high(field, answer));
	}

	private static boolean high(TemplateField field, Number answer) {
		int range = field.highest() - field.lowest();
		return range > 0 && (answer.intValue() - field.lowest()) * 10 >= range * HIGH_TENTHS;
	}

}
