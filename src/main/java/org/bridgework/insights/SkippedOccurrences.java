package org.bridgework.insights;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.Skip;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.Timeline.TimelineItem;

/**
 * What got in the way of each skipped occurrence, as API.md counts {@code skipped}: a
 * planned day with a skip and no entry (a private entry is an entry too). A day with
 * several skips counts once, with the reason recorded last; a skip on a day that was not
 * planned, or that has an entry, counts for nothing. So the reasons of an assignment add
 * up to its {@code skipped}.
 */
final class SkippedOccurrences {

	private SkippedOccurrences() {
	}

	/**
	 * @param assignments the client's assignments
	 * @param items the client's entries and skips from {@code from} to {@code to}
	 * @return per assignment with a skipped occurrence, how often each reason came up
	 */
	static Map<UUID, Map<SkipReason, Integer>> reasons(Collection<Assignment> assignments, List<TimelineItem> items,
			LocalDate from, LocalDate to) {
		Set<Day> practised = new HashSet<>();
		Map<Day, Skip> lastSkip = new HashMap<>();
		for (TimelineItem item : items) {
			Day day = new Day(item.assignmentId(), item.day());
			if (item.entry() != null) {
				practised.add(day);
			}
			if (item.skip() != null) {
				lastSkip.merge(day, item.skip(), SkippedOccurrences::later);
			}
		}
		Map<UUID, Assignment> byId = new HashMap<>();
		assignments.forEach((assignment) -> byId.put(assignment.id(), assignment));
		Map<UUID, Map<SkipReason, Integer>> reasons = new HashMap<>();
		lastSkip.forEach((day, skip) -> {
			Assignment assignment = byId.get(day.assignmentId());
			if (assignment != null && !day.date().isBefore(from) && !day.date().isAfter(to)
					&& assignment.isOccurrence(day.date()) && !practised.contains(day)) {
				reasons.computeIfAbsent(day.assignmentId(), (id) -> new EnumMap<>(SkipReason.class))
					.merge(skip.reason(), 1, Integer::sum);
			}
		});
		return reasons;
	}

	private static Skip later(Skip one, Skip other) {
		Comparator<Skip> recorded = Comparator.comparing(Skip::createdAt,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		return (recorded.compare(one, other) >= 0) ? one : other;
	}

	private record Day(UUID assignmentId, LocalDate date) {

		Day {
			Objects.requireNonNull(assignmentId);
			Objects.requireNonNull(date);
		}

	}

}
