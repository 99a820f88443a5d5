package org.bridgework.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.bridgework.homework.Adherence;
import org.bridgework.insights.AdherenceOutcome.Reading;
import org.bridgework.insights.AdherenceOutcome.Result;
import org.bridgework.insights.AdherenceOutcome.Stretch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Homework beside a questionnaire: stretches between results, what is compared, and the
 * counts of the reading, which stays silent below four stretches.
 */
class AdherenceOutcomeTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	@Test
	void eachStretchRunsFromOneResultToTheDayBeforeTheNextWithTheHomeworkDoneInIt() {
		Map<String, Adherence> planned = new HashMap<>();
		planned.put("2026-03-02..2026-03-08", adherence(7, 5));
		planned.put("2026-03-09..2026-03-15", adherence(7, 1));
		List<String> asked = new ArrayList<>();

		AdherenceOutcome outcome = AdherenceOutcome.of("PHQ-9", "PHQ-9", List.of(new Result(MONDAY, 14),
				new Result(MONDAY.plusWeeks(1), 11), new Result(MONDAY.plusWeeks(2), 12)), (from, to) -> {
					asked.add(from + ".." + to);
					return planned.get(from + ".." + to);
				});

		assertThat(asked).containsExactly("2026-03-02..2026-03-08", "2026-03-09..2026-03-15");
		assertThat(outcome.stretches()).containsExactly(
				new Stretch(MONDAY, MONDAY.plusDays(6), 7, 5, 5 / 7.0, 14, 11, -3),
				new Stretch(MONDAY.plusWeeks(1), MONDAY.plusDays(13), 7, 1, 1 / 7.0, 11, 12, 1));
	}

	@Test
	void ofSeveralResultsOnOneDayTheLastCountsAndOneResultGivesNoStretch() {
		AdherenceOutcome sameDay = AdherenceOutcome.of("GAD-7", "GAD-7",
				List.of(new Result(MONDAY, 9), new Result(MONDAY, 6), new Result(MONDAY.plusDays(3), 4)),
				everyDay(3, 3));
		AdherenceOutcome one = AdherenceOutcome.of("GAD-7", "GAD-7", List.of(new Result(MONDAY, 9)), everyDay(3, 3));

		assertThat(sameDay.stretches()).hasSize(1);
		assertThat(sameDay.stretches().get(0).totalBefore()).isEqualTo(6);
		assertThat(sameDay.stretches().get(0).change()).isEqualTo(-2);
		assertThat(one.stretches()).isEmpty();
		assertThat(one.reading().enough()).isFalse();
		assertThat(one.reading().compared()).isZero();
	}

	/**
	 * Each row: the stretches as "done of planned, change" (a stretch with nothing
	 * planned is 0 of 0), then the counts of the reading.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			three stretches are not enough          | 5/7:-2 5/7:-1 1/7:+1               | 3 | false | 2 | 2 | 1 | 0
			four are                                | 5/7:-2 5/7:-1 1/7:+1 7/7:0          | 4 | true  | 3 | 2 | 1 | 0
			nothing planned is not compared         | 5/7:-2 0/0:-5 5/7:-1 1/7:+1         | 3 | false | 2 | 2 | 1 | 0
			exactly half done counts as half done   | 2/4:-1 1/4:-1 2/4:+2 1/3:-4         | 4 | true  | 2 | 1 | 2 | 2
			no change is not lower                  | 7/7:0 7/7:0 0/7:0 0/7:-1            | 4 | true  | 2 | 0 | 2 | 1
			all at least half done                  | 4/7:-1 6/7:+1 7/7:-3 5/7:-1 7/7:+2  | 5 | true  | 5 | 3 | 0 | 0
			""")
	void theReadingCountsOnlyStretchesWithHomeworkPlanned(String name, String stretches, int compared, boolean enough,
			int halfDone, int halfDoneLower, int lessDone, int lessDoneLower) {
		Reading reading = outcomeOf(stretches).reading();

		assertThat(reading)
			.isEqualTo(new Reading(compared, enough, halfDone, halfDoneLower, lessDone, lessDoneLower, null));
	}

	@Test
	void theWordsAreAddedWithoutChangingTheCounts() {
		AdherenceOutcome outcome = outcomeOf("5/7:-2 5/7:-1 1/7:+1 7/7:0");

		AdherenceOutcome worded = outcome.withReadingText((o) -> "counted " + o.reading().compared());

		assertThat(worded.reading().text()).isEqualTo("counted 4");
		assertThat(worded.stretches()).isEqualTo(outcome.stretches());
		assertThat(worded.reading().halfDoneLower()).isEqualTo(outcome.reading().halfDoneLower());
	}

	/** Weekly results whose totals move as described, with that homework in between. */
	private static AdherenceOutcome outcomeOf(String stretches) {
		String[] parts = stretches.trim().split("\\s+");
		List<Result> results = new ArrayList<>();
		Map<LocalDate, Adherence> byStart = new HashMap<>();
		int total = 20;
		results.add(new Result(MONDAY, total));
		for (int i = 0; i < parts.length; i++) {
			String[] doneAndChange = parts[i].split(":");
			String[] doneOf = doneAndChange[0].split("/");
			byStart.put(MONDAY.plusWeeks(i), adherence(Integer.parseInt(doneOf[1]), Integer.parseInt(doneOf[0])));
			total += Integer.parseInt(doneAndChange[1]);
			results.add(new Result(MONDAY.plusWeeks(i + 1), total));
		}
		return AdherenceOutcome.of("PHQ-9", "PHQ-9", results, (from, to) -> byStart.get(from));
	}

	private static BiFunction<LocalDate, LocalDate, Adherence> everyDay(int expected, int completed) {
		return (from, to) -> adherence(expected, completed);
	}

	private static Adherence adherence(int expected, int completed) {
		return new Adherence(expected, completed, 0, 0, (expected == 0) ? null : completed / (double) expected,
				List.of());
	}

}
