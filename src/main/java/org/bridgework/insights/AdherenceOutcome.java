package org.bridgework.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.bridgework.homework.Adherence;

/**
 * Homework beside a questionnaire: for each stretch between two results of one
 * instrument, how much of the planned homework was done and how the total moved. The
 * reading counts how often the stretches with more homework done were followed by a lower
 * total, and says nothing until there are {@value #ENOUGH} stretches to count. It never
 * claims that one caused the other: scores move for many reasons.
 *
 * <p>
 * A stretch runs from the day of one result up to the day before the next, in the
 * client's calendar days, so the practice of the day a questionnaire was answered counts
 * towards the next result.
 *
 * @param instrument the instrument's key, e.g. {@code PHQ-9}
 * @param name how pages name it
 * @param stretches oldest first
 */
record AdherenceOutcome(String instrument, String name, List<Stretch> stretches, Reading reading) {

	/** Fewer stretches than this and any count would say more than it knows. */
	static final int ENOUGH = 4;

	/**
	 * At least this share of the planned homework done counts as "at least half done".
	 */
	static final double HALF = 0.5;

	/**
	 * @param results the instrument's results oldest first; of several on one day, the
	 * last counts
	 * @param adherence planned homework done between two days, both included
	 */
	static AdherenceOutcome of(String instrument, String name, List<Result> results,
			BiFunction<LocalDate, LocalDate, Adherence> adherence) {
		List<Result> daily = lastOfEachDay(results);
		List<Stretch> stretches = new ArrayList<>();
		for (int i = 1; i < daily.size(); i++) {
			Result before = daily.get(i - 1);
			Result after = daily.get(i);
			LocalDate to = after.day().minusDays(1);
			Adherence done = adherence.apply(before.day(), to);
			stretches.add(new Stretch(before.day(), to, done.expected(), done.completed(), done.rate(), before.total(),
					after.total(), after.total() - before.total()));
		}
		return new AdherenceOutcome(instrument, name, stretches, Reading.of(stretches));
	}

	/** The same comparison with its reading put into words. */
	AdherenceOutcome withReadingText(Function<AdherenceOutcome, String> words) {
		return new AdherenceOutcome(this.instrument, this.name, this.stretches,
				this.reading.withText(words.apply(this)));
	}

	private static List<Result> lastOfEachDay(List<Result> results) {
		List<Result> daily = new ArrayList<>();
		for (Result result : results) {
			if (!daily.isEmpty() && daily.get(daily.size() - 1).day().equals(result.day())) {
				daily.set(daily.size() - 1, result);
			}
			else {
				daily.add(result);
			}
		}
		return daily;
	}

	/** A result of the instrument on a day of the client's. */
	record Result(LocalDate day, int total) {
	}

	/**
	 * @param from the day of the earlier result
	 * @param to the day before the later result
	 * @param rate completed of expected, or null when no homework was planned
	 * @param change the later total minus the earlier one: below zero is lower
	 */
	record Stretch(LocalDate from, LocalDate to, int expected, int completed, Double rate, int totalBefore,
			int totalAfter, int change) {

		/** Counted in the reading: homework was planned in it. */
		boolean compared() {
			return this.rate != null;
		}

		boolean atLeastHalfDone() {
			return compared() && this.rate >= HALF;
		}

		boolean followedByLower() {
			return this.change < 0;
		}

	}

	/**
	 * @param compared stretches with homework planned
	 * @param enough whether there are enough of them to say anything
	 * @param halfDone stretches with at least half the planned homework done
	 * @param halfDoneLower of those, how many were followed by a lower total
	 * @param lessDone stretches with less than half done
	 * @param lessDoneLower of those, how many were followed by a lower total
	 * @param text the same in words
	 */
	record Reading(int compared, boolean enough, int halfDone, int halfDoneLower, int lessDone, int lessDoneLower,
			String text) {

		static Reading of(List<Stretch> stretches) {
			int compared = 0;
			int halfDone = 0;
			int halfDoneLower = 0;
			int lessDoneLower = 0;
			for (Stretch stretch : stretches) {
				if (!stretch.compared()) {
					continue;
				}
				compared++;
				if (stretch.atLeastHalfDone()) {
					halfDone++;
					halfDoneLower += stretch.followedByLower() ? 1 : 0;
				}
				else {
					lessDoneLower += stretch.followedByLower() ? 1 : 0;
				}
			}
			return new Reading(compared, compared >= ENOUGH, halfDone, halfDoneLower, compared - halfDone,
					lessDoneLower, null);
		}

		Reading withText(String text) {
			return new Reading(this.compared, this.enough, this.halfDone, this.halfDoneLower, this.lessDone,
					this.lessDoneLower, text);
		}

	}

}
