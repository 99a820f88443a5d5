package org.bridgework.homework.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.homework.WeeklySchedule;
import org.bridgework.homework.web.TimelineRow.AnswerLine;
import org.bridgework.homework.web.TimelineRow.AnswerRow;
import org.bridgework.homework.web.TimelineRow.Media;
import org.bridgework.library.FieldType;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts assignments and what came back into the words of the client page: planned days,
 * and template answers under their questions with choices shown by their labels.
 */
@Component
class ReviewWords {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Messages messages;

	ReviewWords(Messages messages) {
		this.messages = messages;
	}

	AssignmentSummary summary(Assignment assignment, Template template) {
		WeeklySchedule schedule = assignment.schedule();
		String days = (schedule.daysOfWeek().size() == DayOfWeek.values().length)
				? this.messages.get("review.days.everyDay")
				: schedule.orderedDays()
					.stream()
					.map((day) -> this.messages.get("review.day.short." + day.name().substring(0, 3)))
					.collect(Collectors.joining(", "));
		String time = (schedule.timeOfDay() != null) ? TIME.format(schedule.timeOfDay()) : null;
		return new AssignmentSummary(assignment, template, days, time);
	}

	/**
	 * A timeline line. A private entry keeps only its date: nothing it might still carry
	 * is passed on to the page.
	 */
	TimelineRow row(TimelineItem item, AssignmentSummary assigned) {
		String title = (assigned != null) ? assigned.title() : "";
		Entry entry = item.entry();
		if (entry == null) {
			return new TimelineRow(item.day(), title, null, item.skip(), List.of());
		}
		if (entry.keepPrivate()) {
			return new TimelineRow(item.day(), title, entry.withoutContent(), null, List.of());
		}
		List<AnswerLine> answers = (assigned != null) ? answers(assigned.template(), entry.answers()) : List.of();
		return new TimelineRow(item.day(), title, entry, null, answers);
	}

	List<AnswerLine> answers(Template template, Map<String, Object> answers) {
		if (answers == null || answers.isEmpty()) {
			return List.of();
		}
		List<AnswerLine> lines = lines(template.fields(), answers);
		// Versions never change, so this is only a safety net for data from elsewhere.
		answers.keySet()
			.stream()
			.filter((name) -> template.field(name).isEmpty() && !isEmpty(answers.get(name)))
			.sorted()
			.forEach((name) -> lines.add(new AnswerLine(name, String.valueOf(answers.get(name)))));
		return lines;
	}

	/** The answered questions, in the template's order, under their labels. */
	private List<AnswerLine> lines(List<TemplateField> fields, Map<?, ?> answers) {
		List<AnswerLine> lines = new ArrayList<>();
		for (TemplateField field : fields) {
			Object value = answers.get(field.name());
			if (isEmpty(value)) {
				continue;
			}
			if (field.type() == FieldType.REPEATING && value instanceof Collection<?> rows) {
				List<AnswerRow> blocks = rows(field, rows);
				if (!blocks.isEmpty()) {
					lines.add(new AnswerLine(field.label(), blocks));
				}
				continue;
			}
			if (field.type().isAttachment()) {
				lines.add(AnswerLine.attached(field.label(), media(field, value)));
				continue;
			}
			lines.add(new AnswerLine(field.label(), answer(field, value)));
		}
		return lines;
	}

	/** Each row that holds an answer, numbered as the client saw it. */
	private List<AnswerRow> rows(TemplateField field, Collection<?> rows) {
		String rowLabel = (field.rowLabel() != null && !field.rowLabel().isBlank()) ? field.rowLabel().strip()
				: this.messages.get("review.answer.row.default");
		List<AnswerRow> blocks = new ArrayList<>();
		int number = 0;
		for (Object row : rows) {
			number++;
			if (row instanceof Map<?, ?> answers) {
				List<AnswerLine> lines = lines(field.subFields(), answers);
				if (!lines.isEmpty()) {
					blocks.add(new AnswerRow(this.messages.get("review.answer.row", rowLabel, number), lines));
				}
			}
		}
		return blocks;
	}

	private Media media(TemplateField field, Object value) {
		String kind = field.type().jsonName();
		return new Media("/attachments/" + value, field.type() == FieldType.VOICE_NOTE,
				this.messages.get("review.answer.attachment." + kind, field.label()));
	}

	private String answer(TemplateField field, Object value) {
		return switch (field.type()) {
			case CHOICE -> field.optionLabel(value);
			case MULTI_CHOICE,
					CHECKLIST ->
				(value instanceof Collection<?> values)
						? values.stream().map(field::optionLabel).collect(Collectors.joining(", "))
						: field.optionLabel(value);
			case YES_NO -> this.messages.get(Boolean.TRUE.equals(value) ? "review.answer.yes" : "review.answer.no");
			case MOOD -> this.messages.get("review.answer.scale", value, field.lowest(), field.highest());
			case SCALE -> (field.min() != null && field.max() != null)
					? this.messages.get("review.answer.scale", value, field.min(), field.max()) : String.valueOf(value);
			case NUMBER -> (field.unit() != null) ? this.messages.get("review.answer.withUnit", value, field.unit())
					: String.valueOf(value);
			case DATE -> readable(value, LocalDate::parse, "review.date.pattern");
			case TIME -> readable(value, LocalTime::parse, "review.time.pattern");
			case SHORT_TEXT, LONG_TEXT, REPEATING, DRAWING, PHOTO, VOICE_NOTE -> String.valueOf(value);
		};
	}

	/**
	 * A stored date or time in the words of the page, or as stored when it does not read
	 * as one.
	 */
	private String readable(Object value, Function<String, TemporalAccessor> parse, String patternCode) {
		try {
			return DateTimeFormatter.ofPattern(this.messages.get(patternCode), LocaleContextHolder.getLocale())
				.format(parse.apply(String.valueOf(value)));
		}
		catch (DateTimeException ex) {
			return String.valueOf(value);
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> values && values.isEmpty());
	}

}
