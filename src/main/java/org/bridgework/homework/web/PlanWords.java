package org.bridgework.homework.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.bridgework.homework.PlanChange;
import org.bridgework.homework.PlanField;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * A change to a plan in the words of a page: "Where: by the window → in the garden".
 */
@Component
class PlanWords {

	private final Messages messages;

	PlanWords(Messages messages) {
		this.messages = messages;
	}

	List<ChangeLine> lines(List<PlanChange> changes) {
		return changes.stream()
			.map((change) -> new ChangeLine(this.messages.get("plan.field." + change.field().jsonName()),
					value(change.field(), change.before()), value(change.field(), change.after())))
			.toList();
	}

	String value(PlanField field, String value) {
		if (value == null) {
			return this.messages.get("plan.value.none");
		}
		return switch (field) {
			case DAYS_OF_WEEK -> Arrays.stream(value.split(","))
				.map((day) -> this.messages.get("review.day.short." + day))
				.collect(Collectors.joining(", "));
			case DURATION_MINUTES -> this.messages.get("review.assignment.minutes", Integer.valueOf(value));
			default -> value;
		};
	}

	/** One part of the plan, before and after, ready to show. */
	record ChangeLine(String part, String before, String after) {
	}

}
