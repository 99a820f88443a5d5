package org.bridgework.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.bridgework.homework.Skip;
import org.bridgework.homework.SkipReason;

/**
 * What got in the way of practice, week by week: the skips the client recorded with a
 * reason, counted per reason in each of their weeks, and the notes they wrote with them.
 * Misses are information for the next session, never a score.
 *
 * @param from the first day counted (a Monday)
 * @param to the client's today
 * @param weeks oldest first, every week of the range, also those with nothing
 * @param totals per reason over the whole range, most frequent first
 * @param notes the client's own words with their skips, most recent first
 * @param reading a short plain-language reading of the latest weeks
 */
record WhatGetsInTheWay(LocalDate from, LocalDate to, List<Week> weeks, List<ReasonCount> totals, List<Note> notes,
		Reading reading) {

	/** The latest weeks the reading looks at. */
	static final int READING_WEEKS = 4;

	static WhatGetsInTheWay of(ClientWeeks range, List<Skip> skips, Map<UUID, String> titles) {
		List<Map<SkipReason, Integer>> perWeek = new ArrayList<>();
		for (int i = 0; i < range.size(); i++) {
			perWeek.add(new EnumMap<>(SkipReason.class));
		}
		Map<SkipReason, Integer> totals = new EnumMap<>(SkipReason.class);
		Map<SkipReason, Integer> recent = new EnumMap<>(SkipReason.class);
		int lastWeeks = Math.min(READING_WEEKS, range.size());
		List<Note> notes = new ArrayList<>();
		List<Skip> newestFirst = skips.stream()
			.sorted(Comparator.comparing(Skip::occurredOn).thenComparing(Skip::createdAt).reversed())
			.toList();
		for (Skip skip : newestFirst) {
			int week = range.indexOf(skip.occurredOn());
			if (week < 0) {
				continue;
			}
			perWeek.get(week).merge(skip.reason(), 1, Integer::sum);
			totals.merge(skip.reason(), 1, Integer::sum);
			if (week >= range.size() - lastWeeks) {
				recent.merge(skip.reason(), 1, Integer::sum);
			}
			if (skip.note() != null && !skip.note().isBlank()) {
				notes.add(new Note(skip.occurredOn(), skip.assignmentId(), titles.get(skip.assignmentId()),
						skip.reason(), skip.note()));
			}
		}
		List<Week> weeks = new ArrayList<>();
		for (int i = 0; i < range.size(); i++) {
			LocalDate monday = range.mondays().get(i);
			List<ReasonCount> counts = counts(perWeek.get(i), Comparator.comparing(ReasonCount::reason));
			weeks.add(new Week(monday, monday.plusDays(6), counts.stream().mapToInt(ReasonCount::count).sum(), counts));
		}
		return new WhatGetsInTheWay(range.from(), range.today(), weeks, counts(totals, mostFirst()), notes,
				Reading.of(recent, lastWeeks));
	}

	/** The same picture with the reading put into words. */
	WhatGetsInTheWay withReadingText(Function<Reading, String> words) {
		return new WhatGetsInTheWay(this.from, this.to, this.weeks, this.totals, this.notes,
				this.reading.withText(words.apply(this.reading)));
	}

	/** The reasons that came up at all, in the order of the bars' parts. */
	List<SkipReason> reasonsSeen() {
		return this.totals.stream().map(ReasonCount::reason).sorted().toList();
	}

	boolean nothingNoted() {
		return this.totals.isEmpty();
	}

	private static List<ReasonCount> counts(Map<SkipReason, Integer> counts, Comparator<ReasonCount> order) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new ReasonCount(entry.getKey(), entry.getValue()))
			.sorted(order)
			.toList();
	}

	private static Comparator<ReasonCount> mostFirst() {
		return Comparator.comparingInt(ReasonCount::count).reversed().thenComparing(ReasonCount::reason);
	}

	/**
	 * @param weekStart its Monday
	 * @param weekEnd its Sunday (later than today for the current week)
	 * @param total skips in it
	 * @param reasons per reason, only those that came up
	 */
	record Week(LocalDate weekStart, LocalDate weekEnd, int total, List<ReasonCount> reasons) {

		int count(SkipReason reason) {
			return this.reasons.stream().filter((line) -> line.reason() == reason).mapToInt(ReasonCount::count).sum();
		}

	}

	record ReasonCount(SkipReason reason, int count) {
	}

	/**
	 * A note the client wrote with a skip: their words, never anything of their entries.
	 */
	record Note(LocalDate day, UUID assignmentId, String assignmentTitle, SkipReason reason, String note) {
	}

	/**
	 * @param reasons the reasons that came up most in the latest weeks (more than one
	 * when they came up equally often), empty when none came up
	 * @param count how often each of them came up
	 * @param lastWeeks how many of the latest weeks this looks at
	 * @param text the same in words
	 */
	record Reading(List<SkipReason> reasons, int count, int lastWeeks, String text) {

		static Reading of(Map<SkipReason, Integer> recent, int lastWeeks) {
			int most = recent.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			List<SkipReason> top = recent.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() == most)
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			return new Reading(top, most, lastWeeks, null);
		}

		Reading withText(String text) {
			return new Reading(this.reasons, this.count, this.lastWeeks, text);
		}

	}

}
