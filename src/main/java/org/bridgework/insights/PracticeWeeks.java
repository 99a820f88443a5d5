package org.bridgework.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.bridgework.homework.Adherence;
import org.bridgework.homework.Entry;

/**
 * Practice week by week, on one time axis: how much of what was planned got done, how it
 * went (quality 1-5), and on which days the client practised at all. The entries are
 * those the viewer may read: a private entry counts as a day practised, but for a
 * clinician it has no quality, so it counts for nothing in the average.
 *
 * @param weeks oldest first, every week of the range
 * @param days each day of the range with how many entries it has, oldest first
 */
record PracticeWeeks(LocalDate from, LocalDate to, List<Week> weeks, List<Day> days) {

	/**
	 * @param adherence one per week of {@code range}, counted from its Monday to its
	 * Sunday or the client's today, whichever comes first
	 */
	static PracticeWeeks of(ClientWeeks range, List<Adherence> adherence, List<Entry> readable) {
		Map<LocalDate, Integer> perDay = new TreeMap<>();
		for (LocalDate day = range.from(); !day.isAfter(range.today()); day = day.plusDays(1)) {
			perDay.put(day, 0);
		}
		List<List<Integer>> qualities = new ArrayList<>();
		range.mondays().forEach((monday) -> qualities.add(new ArrayList<>()));
		for (Entry entry : readable) {
			int week = range.indexOf(entry.occurredOn());
			if (week < 0) {
				continue;
			}
			perDay.merge(entry.occurredOn(), 1, Integer::sum);
			if (entry.quality() != null) {
				qualities.get(week).add(entry.quality());
			}
		}
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < range.size(); i++) {
			LocalDate monday = range.mondays().get(i);
			int practised = (int) perDay.entrySet()
				.stream()
				.filter((day) -> !day.getKey().isBefore(monday) && day.getKey().isBefore(monday.plusWeeks(1)))
				.filter((day) -> day.getValue() > 0)
				.count();
			Adherence week = adherence.get(i);
			weeks.add(new Week(monday, week.expected(), week.completed(), week.extra(), percent(week),
					average(qualities.get(i)), practised));
		}
		List<Day> days = perDay.entrySet().stream().map((day) -> new Day(day.getKey(), day.getValue())).toList();
		return new PracticeWeeks(range.from(), range.today(), weeks, days);
	}

	boolean nothingYet() {
		return this.weeks.stream().allMatch((week) -> week.expected() == 0 && week.daysPractised() == 0);
	}

	private static Integer percent(Adherence week) {
		return (week.expected() == 0) ? null : (int) Math.round(100.0 * week.completed() / week.expected());
	}

	private static Double average(List<Integer> qualities) {
		if (qualities.isEmpty()) {
			return null;
		}
		double mean = qualities.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).average().orElseThrow();
		return BigDecimal.valueOf(mean).setScale(1, RoundingMode.HALF_UP).doubleValue();
	}

	/**
	 * @param expected planned practices in the week (up to the client's today)
	 * @param completed planned practices done
	 * @param extra days practised beyond the plan
	 * @param percentDone completed of expected, or null when nothing was planned
	 * @param averageQuality how it went, 1-5, over the entries that say; null with none
	 * @param daysPractised days with at least one entry
	 */
	record Week(LocalDate weekStart, int expected, int completed, int extra, Integer percentDone, Double averageQuality,
			int daysPractised) {
	}

	record Day(LocalDate date, int entries) {
	}

}
