package org.bridgework.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Counts occurrences, completions, skips and extra practice day by day. An occurrence is
 * a day in range, inside the assignment's dates, on one of its weekdays; several entries
 * on one day count once; a skip counts only when no entry exists that day; entries on
 * other days are extra.
 */
final class AdherenceCalculator {

	private AdherenceCalculator() {
	}

	static Adherence calculate(List<Assignment> assignments, Map<UUID, Set<LocalDate>> entryDays,
			Map<UUID, Set<LocalDate>> skipDays, LocalDate from, LocalDate to) {
		List<Adherence.PerAssignment> rows = new ArrayList<>();
		for (Assignment assignment : assignments) {
			rows.add(count(assignment, entryDays.getOrDefault(assignment.id(), Set.of()),
					skipDays.getOrDefault(assignment.id(), Set.of()), from, to));
		}
		int expected = rows.stream().mapToInt(Adherence.PerAssignment::expected).sum();
		int completed = rows.stream().mapToInt(Adherence.PerAssignment::completed).sum();
		int skipped = rows.stream().mapToInt(Adherence.PerAssignment::skipped).sum();
		int extra = rows.stream().mapToInt(Adherence.PerAssignment::extra).sum();
		Double rate = (expected == 0) ? null : (double) completed / expected;
		return new Adherence(expected, completed, skipped, extra, rate, rows);
	}

	private static Adherence.PerAssignment count(Assignment assignment, Set<LocalDate> entries, Set<LocalDate> skips,
			LocalDate from, LocalDate to) {
		int expected = 0;
		int completed = 0;
		int skipped = 0;
		int extra = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			boolean practised = entries.contains(day);
			if (assignment.isOccurrence(day)) {
				expected++;
				completed += practised ? 1 : 0;
				skipped += (!practised && skips.contains(day)) ? 1 : 0;
			}
			else if (practised) {
				extra++;
			}
		}
		return new Adherence.PerAssignment(assignment.id(), expected, completed, skipped, extra);
	}

}
