package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A client's personal bests: the fullest week of practice across everything, and for each
 * practice the most days in one week and the longest single practice. Only what was done
 * counts, so a best can be reached again but never lost.
 *
 * @param busiestWeek the week with the most practices (the latest of equals), or null
 * with no practice yet
 * @param practices one line per practice with some practice, in the order given
 */
public record PersonalBests(BusiestWeek busiestWeek, List<PracticeBest> practices) {

	/**
	 * Works the bests out of entries (already the client's own, in their calendar days).
	 * Weeks start on Monday.
	 * @param titles each assignment's title, in the order to list them
	 */
	static PersonalBests of(List<Entry> entries, Map<UUID, String> titles) {
		Map<LocalDate, List<Entry>> byWeek = entries.stream().collect(Collectors.groupingBy(PersonalBests::monday));
		BusiestWeek busiest = byWeek.entrySet()
			.stream()
			.max(Comparator.comparingInt((Map.Entry<LocalDate, List<Entry>> week) -> week.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.map((week) -> new BusiestWeek(week.getKey(), week.getValue().size(), minutes(week.getValue())))
			.orElse(null);
		Map<UUID, List<Entry>> byAssignment = entries.stream().collect(Collectors.groupingBy(Entry::assignmentId));
		List<PracticeBest> practices = titles.entrySet()
			.stream()
			.filter((assignment) -> byAssignment.containsKey(assignment.getKey()))
			.map((assignment) -> practiceBest(assignment.getKey(), assignment.getValue(),
					byAssignment.get(assignment.getKey())))
			.toList();
		return new PersonalBests(busiest, practices);
	}

	private static PracticeBest practiceBest(UUID assignmentId, String title, List<Entry> entries) {
		Map<LocalDate, Long> daysPerWeek = entries.stream()
			.map(Entry::occurredOn)
			.distinct()
			.collect(Collectors.groupingBy((day) -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					Collectors.counting()));
		Map.Entry<LocalDate, Long> bestWeek = daysPerWeek.entrySet()
			.stream()
			.max(Map.Entry.<LocalDate, Long>comparingByValue().thenComparing(Map.Entry::getKey))
			.orElseThrow();
		Entry longest = entries.stream()
			.filter((entry) -> entry.durationSeconds() != null && entry.durationSeconds() > 0)
			.max(Comparator.comparingInt(Entry::durationSeconds)
				.thenComparing(Entry::occurredOn, Comparator.reverseOrder()))
			.orElse(null);
		return new PracticeBest(assignmentId, title, bestWeek.getValue().intValue(), bestWeek.getKey(),
				(longest != null) ? longest.durationSeconds() : null, (longest != null) ? longest.occurredOn() : null);
	}

	private static LocalDate monday(Entry entry) {
		return entry.occurredOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static int minutes(List<Entry> entries) {
		return entries.stream().map(Entry::durationSeconds).filter(Objects::nonNull).mapToInt(Integer::intValue).sum()
				/ 60;
	}

	/**
	 * @param weekStart its Monday
	 * @param practices entries recorded in it
	 * @param minutes the time they took, where the client gave it, in whole minutes
	 */
	public record BusiestWeek(LocalDate weekStart, int practices, int minutes) {
	}

	/**
	 * @param mostDaysInAWeek the most days this was practised in one week
	 * @param mostDaysWeekStart the Monday of that week (the latest of equals)
	 * @param longestSeconds the longest single practice, or null when no time was given
	 * @param longestOn the day of it (the earliest of equals), or null
	 */
	public record PracticeBest(UUID assignmentId, String title, int mostDaysInAWeek, LocalDate mostDaysWeekStart,
			Integer longestSeconds, LocalDate longestOn) {

		public int longestMinutes() {
			return (this.longestSeconds == null) ? 0 : this.longestSeconds / 60;
		}

		public int longestRestSeconds() {
			return (this.longestSeconds == null) ? 0 : this.longestSeconds % 60;
		}

	}

}
