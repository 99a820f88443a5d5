package org.bridgework.homework.web;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.Entry;
import org.bridgework.homework.WeeklySchedule;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.homework.web.TimelineRow.AnswerLine;
import org.bridgework.library.FieldOption;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.Messages;

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
		List<AnswerLine> lines = new ArrayList<>();
		for (TemplateField field : template.fields()) {
			Object value = answers.get(field.name());
			if (!isEmpty(value)) {
				lines.add(new AnswerLine(field.label(), answer(field, value)));
			}
		}
		// Versions never change, so this is only a safety net for data from elsewhere.
		answers.keySet()
			.stream()
			.filter((name) -> template.field(name).isEmpty() && !isEmpty(answers.get(name)))
			.sorted()
			.forEach((name) -> lines.add(new AnswerLine(name, String.valueOf(answers.get(name)))));
		return lines;
	}

	private String answer(TemplateField field, Object value) {
		return switch (field.type()) {
			case CHOICE -> optionLabel(field, value);
			case MULTI_CHOICE,
					CHECKLIST ->
				(value instanceof Collection<?> values)
						? values.stream().map((one) -> optionLabel(field, one)).collect(Collectors.joining(", "))
						: optionLabel(field, value);
			case YES_NO -> this.messages.get(Boolean.TRUE.equals(value) ? "review.answer.yes" : "review.answer.no");
			case MOOD -> this.messages.get("review.answer.scale", value, field.lowest(), field.highest());
			case SCALE -> (field.min() != null && field.max() != null)
					? this.messages.get("review.answer.scale", value, field.min(), field.max()) : String.valueOf(value);
			case NUMBER -> (field.unit() != null) ? this.messages.get("review.answer.withUnit", value, field.unit())
					: String.valueOf(value);
			case SHORT_TEXT, LONG_TEXT, DATE, TIME, REPEATING -> String.valueOf(value);
		};
	}

	private static String optionLabel(TemplateField field, Object value) {
		if (field.options() == null) {
			return String.valueOf(value);
		}
		return field.options()
			.stream()
			.filter((option) -> option.value().equals(value))
			.map(FieldOption::label)
			.findFirst()
			.orElse(String.valueOf(value));
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> values && values.isEmpty());
	}

}
