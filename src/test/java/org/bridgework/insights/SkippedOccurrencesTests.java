package org.bridgework.insights;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Skip;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.Timeline.TimelineItem;
import org.bridgework.homework.WeeklySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.homework.SkipReason.FORGOT;
import static org.bridgework.homework.SkipReason.NO_TIME;
import static org.bridgework.homework.SkipReason.OVERWHELMED;

/**
 * Which skips are skipped occurrences, as API.md counts them, case by case. The
 * assignment runs on Mondays, Wednesdays and Fridays from Monday 2 March 2026; the weeks
 * counted run from then to Sunday 15 March.
 */
class SkippedOccurrencesTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static final LocalDate TO = MONDAY.plusDays(13);

	static final Assignment BREATHING = new Assignment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			"mindful-breathing", "Breathing", null, null,
			new WeeklySchedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0)),
			null, 1, MONDAY, null, List.of(), Instant.parse("2026-03-01T10:00:00Z"));

	static Stream<Arguments> days() {
		return Stream.of(
				Arguments.of("a skip on a planned day without an entry counts", List.of(skip(MONDAY, FORGOT, 8)),
						Map.of(FORGOT, 1)),
				Arguments.of("a skip on a day that was not planned counts for nothing",
						List.of(skip(MONDAY.plusDays(1), FORGOT, 8)), Map.of()),
				Arguments.of("a skip on a day with an entry counts for nothing",
						List.of(skip(MONDAY, FORGOT, 8), entry(MONDAY, false)), Map.of()),
				Arguments.of("a private entry is an entry too", List.of(skip(MONDAY, FORGOT, 8), entry(MONDAY, true)),
						Map.of()),
				Arguments.of("several skips on one day count once, with the reason given last",
						List.of(skip(MONDAY, FORGOT, 8), skip(MONDAY, OVERWHELMED, 20), skip(MONDAY, NO_TIME, 12)),
						Map.of(OVERWHELMED, 1)),
				Arguments.of("skips outside the weeks counted are left out",
						List.of(skip(MONDAY.minusDays(2), FORGOT, 8), skip(TO.plusDays(5), FORGOT, 8)), Map.of()),
				Arguments.of("each skipped day counts",
						List.of(skip(MONDAY, NO_TIME, 8), skip(MONDAY.plusDays(2), NO_TIME, 8),
								skip(MONDAY.plusDays(4), FORGOT, 8), entry(MONDAY.plusDays(7), false)),
						Map.of(NO_TIME, 2, FORGOT, 1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("days")
	void countsTheReasonOfEachSkippedOccurrence(String story, List<TimelineItem> items,
			Map<SkipReason, Integer> expected) {
		Map<UUID, Map<SkipReason, Integer>> reasons = SkippedOccurrences.reasons(List.of(BREATHING), items, MONDAY, TO);

		assertThat(reasons.getOrDefault(BREATHING.id(), Map.of())).isEqualTo(expected);
	}

	@Test
	void aSkipOfAnAssignmentNotListedCountsForNothing() {
		assertThat(SkippedOccurrences.reasons(List.of(), List.of(skip(MONDAY, FORGOT, 8)), MONDAY, TO)).isEmpty();
	}

	static TimelineItem skip(LocalDate day, SkipReason reason, int hour) {
		Instant at = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
		return new TimelineItem(day, at, BREATHING.id(), null,
				new Skip(UUID.randomUUID(), BREATHING.id(), day, reason, null, at));
	}

	static TimelineItem entry(LocalDate day, boolean keptPrivate) {
		Instant at = day.atTime(9, 0).toInstant(ZoneOffset.UTC);
		Entry entry = new Entry(UUID.randomUUID(), BREATHING.id(), day, Map.of("breathNotes", "Slow"), 60, 4, 3, 6,
				null, keptPrivate, false, at, null);
		return new TimelineItem(day, at, BREATHING.id(), keptPrivate ? entry.withoutContent() : entry, null);
	}

}
