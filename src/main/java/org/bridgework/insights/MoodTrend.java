package org.bridgework.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.bridgework.homework.Entry;

/**
 * How mood moved with one practice, week by week: the average mood before and after, and
 * the change between them, over the entries that have both. The entries are those the
 * viewer may read: for a clinician, a private entry has no moods, so it counts for
 * nothing here (as in the session digest).
 *
 * @param weeks oldest first, every week of the range; a week without moods has nulls
 * @param overall the same over the whole range, or null without any moods
 */
record MoodTrend(UUID assignmentId, LocalDate from, LocalDate to, List<Week> weeks, Summary overall) {

	static MoodTrend of(UUID assignmentId, ClientWeeks range, List<Entry> readable) {
		List<List<Entry>> perWeek = new ArrayList<>();
		for (int i = 0; i < range.size(); i++) {
			perWeek.add(new ArrayList<>());
		}
		List<Entry> all = new ArrayList<>();
		for (Entry entry : readable) {
			int week = range.indexOf(entry.occurredOn());
			if (week >= 0 && entry.moodBefore() != null && entry.moodAfter() != null) {
				perWeek.get(week).add(entry);
				all.add(entry);
			}
		}
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < range.size(); i++) {
			Summary summary = Summary.of(perWeek.get(i));
			weeks.add((summary == null) ? new Week(range.mondays().get(i), 0, null, null, null)
					: new Week(range.mondays().get(i), summary.entries(), summary.averageBefore(),
							summary.averageAfter(), summary.change()));
		}
		return new MoodTrend(assignmentId, range.from(), range.today(), weeks, Summary.of(all));
	}

	boolean noMoods() {
		return this.overall == null;
	}

	/**
	 * @param entries entries of the week with a mood before and after
	 * @param change after minus before, on average
	 */
	record Week(LocalDate weekStart, int entries, Double averageBefore, Double averageAfter, Double change) {
	}

	record Summary(int entries, Double averageBefore, Double averageAfter, Double change) {

		static Summary of(List<Entry> paired) {
			if (paired.isEmpty()) {
				return null;
			}
			double before = average(paired, Entry::moodBefore);
			double after = average(paired, Entry::moodAfter);
			return new Summary(paired.size(), oneDecimal(before), oneDecimal(after), oneDecimal(after - before));
		}

		private static double average(List<Entry> entries, ToIntFunction<Entry> mood) {
			return entries.stream().mapToInt(mood).average().orElse(0);
		}

		private static double oneDecimal(double value) {
			return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
		}

	}

}
