package org.bridgework.ladders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.bridgework.homework.SkipReason;
import org.bridgework.ladders.StepEvaluator.Practised;
import org.bridgework.ladders.StepEvaluator.Skipped;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.homework.SkipReason.FORGOT;
import static org.bridgework.homework.SkipReason.OVERWHELMED;
import static org.bridgework.homework.SkipReason.TOO_HARD;
import static org.bridgework.ladders.Direction.STAY;
import static org.bridgework.ladders.Direction.STEP_BACK;
import static org.bridgework.ladders.Direction.STEP_UP;

/**
 * The ladder's rules at their edges, one row per case. Days are in March 2026; today is
 * Friday 13 March. Unless a row says otherwise the client is on step 2 of 3, began it on
 * 1 March, and practises every day.
 */
class StepEvaluatorTests {

	static final LocalDate TODAY = march(13);

	static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

	static final Set<DayOfWeek> MON_WED_FRI = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

	static final MoveOn THREE_OF_THREE = new MoveOn.DoneOnDays(3, 3, null);

	static final MoveOn THREE_OF_THREE_QUALITY_3 = new MoveOn.DoneOnDays(3, 3, 3);

	static final MoveOn FIVE_OF_SEVEN = new MoveOn.DoneOnDays(5, 7, null);

	static final MoveOn SUDS_30_TWICE_IN_A_ROW = new MoveOn.FieldAtMost("sudsPeak", 30, 2, 2);

	static final MoveOn SUDS_30_TWO_OF_THREE = new MoveOn.FieldAtMost("sudsPeak", 30, 2, 3);

	static final StepBack DISTRESS_70_TWICE = new StepBack("sudsPeak", 70, 2, null);

	static final StepBack TWO_HARD_SKIPS = new StepBack(null, null, null, 2);

	static Stream<Arguments> cases() {
		return Stream.of(
				// Done on N of the last M planned days
				row("exactly 3 of the last 3 days", THREE_OF_THREE).done(10, 11, 12).expect(STEP_UP, 3),
				row("2 of the last 3 days", THREE_OF_THREE).done(11, 12).expect(STAY),
				row("today counts once it is done", THREE_OF_THREE).done(11, 12, 13).expect(STEP_UP, 3),
				row("today not done yet is no miss", THREE_OF_THREE).done(10, 11, 12).expect(STEP_UP, 3),
				row("a gap inside the last 3 days", THREE_OF_THREE).done(9, 11, 12).expect(STAY),
				row("extra entries on one day count once", THREE_OF_THREE).done(11, 11, 12).expect(STAY),
				row("exactly 5 of the last 7", FIVE_OF_SEVEN).done(6, 8, 9, 11, 12).expect(STEP_UP, 3),
				row("4 of the last 7", FIVE_OF_SEVEN).done(6, 8, 9, 12).expect(STAY),
				row("5 done, but one of them 8 planned days ago", FIVE_OF_SEVEN).done(5, 8, 9, 11, 12).expect(STAY),
				row("a skip is not a practice", THREE_OF_THREE).done(10, 12).skip(11, FORGOT).expect(STAY),
				// Quality
				row("quality exactly Q every day", THREE_OF_THREE_QUALITY_3).quality(10, 3)
					.quality(11, 3)
					.quality(12, 5)
					.expect(STEP_UP, 3),
				row("quality Q-1 on one day", THREE_OF_THREE_QUALITY_3).quality(10, 3)
					.quality(11, 2)
					.quality(12, 5)
					.expect(STAY),
				row("a second entry with quality Q on the same day makes the day", THREE_OF_THREE_QUALITY_3)
					.quality(10, 3)
					.quality(11, 2)
					.quality(11, 4)
					.quality(12, 5)
					.expect(STEP_UP, 3),
				row("no quality given does not meet a quality rule", THREE_OF_THREE_QUALITY_3).done(10, 11, 12)
					.expect(STAY),
				row("a private entry counts as done without a quality rule", THREE_OF_THREE).privately(10)
					.done(11, 12)
					.expect(STEP_UP, 3),
				// Unscheduled days (Mon, Wed, Fri: planned 13 (today), 11, 9, 6)
				row("the last 3 planned days, skipping days off", THREE_OF_THREE).schedule(MON_WED_FRI)
					.done(6, 9, 11)
					.expect(STEP_UP, 3),
				row("practice on days off does not stand in for a planned day", THREE_OF_THREE).schedule(MON_WED_FRI)
					.done(9, 10, 11, 12)
					.expect(STAY),
				// Days before the step began
				row("days before the step began do not count", THREE_OF_THREE).startedOn(11)
					.done(9, 10, 11, 12)
					.expect(STAY),
				row("the day the step began counts", THREE_OF_THREE).startedOn(10).done(10, 11, 12).expect(STEP_UP, 3),
				row("fewer planned days than the window, all done", FIVE_OF_SEVEN).startedOn(9)
					.done(9, 10, 11, 12, 13)
					.expect(STEP_UP, 3),
				// A number the client answers, at most X on K of the last entries
				row("SUDS exactly 30 twice in a row", SUDS_30_TWICE_IN_A_ROW).suds(9, 40)
					.suds(10, 30)
					.suds(11, 30)
					.expect(STEP_UP, 3),
				row("SUDS 31 on the last entry", SUDS_30_TWICE_IN_A_ROW).suds(10, 30).suds(11, 31).expect(STAY),
				row("not in a row", SUDS_30_TWICE_IN_A_ROW).suds(9, 30).suds(10, 40).suds(11, 30).expect(STAY),
				row("2 of the last 3", SUDS_30_TWO_OF_THREE).suds(9, 30).suds(10, 40).suds(11, 20).expect(STEP_UP, 3),
				row("only 1 of the last 3", SUDS_30_TWO_OF_THREE).suds(8, 10)
					.suds(9, 50)
					.suds(10, 40)
					.suds(11, 20)
					.expect(STAY),
				row("two entries on one day both count", SUDS_30_TWICE_IN_A_ROW).suds(11, 20)
					.suds(11, 25)
					.expect(STEP_UP, 3),
				row("entries without the number are passed over", SUDS_30_TWICE_IN_A_ROW).suds(9, 30)
					.done(10)
					.suds(11, 30)
					.expect(STEP_UP, 3),
				row("entries before the step began do not count", SUDS_30_TWICE_IN_A_ROW).startedOn(11)
					.suds(9, 10)
					.suds(10, 10)
					.suds(11, 10)
					.expect(STAY),
				// The top of the ladder
				row("criterion met on the top step", THREE_OF_THREE).onStep(3).done(10, 11, 12).expect(STAY),
				// Stepping back: distress stays high
				row("distress exactly Y on the last 2", SUDS_30_TWICE_IN_A_ROW).stepBack(DISTRESS_70_TWICE)
					.suds(10, 70)
					.suds(11, 90)
					.expect(STEP_BACK, 1),
				row("distress Y-1 on one of the last 2", SUDS_30_TWICE_IN_A_ROW).stepBack(DISTRESS_70_TWICE)
					.suds(10, 69)
					.suds(11, 90)
					.expect(STAY),
				row("distress came down on the last entry", SUDS_30_TWICE_IN_A_ROW).stepBack(DISTRESS_70_TWICE)
					.suds(9, 80)
					.suds(10, 80)
					.suds(11, 40)
					.expect(STAY),
				row("only one entry so far", SUDS_30_TWICE_IN_A_ROW).stepBack(DISTRESS_70_TWICE)
					.suds(11, 90)
					.expect(STAY),
				row("high distress before the step began", SUDS_30_TWICE_IN_A_ROW).stepBack(DISTRESS_70_TWICE)
					.startedOn(11)
					.suds(9, 90)
					.suds(10, 90)
					.suds(11, 90)
					.expect(STAY),
				row("no smaller step below the first", SUDS_30_TWICE_IN_A_ROW).stepBack(DISTRESS_70_TWICE)
					.onStep(1)
					.suds(10, 90)
					.suds(11, 90)
					.expect(STAY),
				// Stepping back: skips
				row("the last 2 skips too hard and overwhelmed", THREE_OF_THREE).stepBack(TWO_HARD_SKIPS)
					.skip(10, TOO_HARD)
					.skip(11, OVERWHELMED)
					.expect(STEP_BACK, 1),
				row("the last skip for another reason", THREE_OF_THREE).stepBack(TWO_HARD_SKIPS)
					.skip(9, TOO_HARD)
					.skip(10, OVERWHELMED)
					.skip(11, FORGOT)
					.expect(STAY),
				row("an earlier other reason does not matter", THREE_OF_THREE).stepBack(TWO_HARD_SKIPS)
					.skip(9, FORGOT)
					.skip(10, TOO_HARD)
					.skip(11, TOO_HARD)
					.expect(STEP_BACK, 1),
				row("one hard skip only", THREE_OF_THREE).stepBack(TWO_HARD_SKIPS).skip(11, TOO_HARD).expect(STAY),
				row("hard skips before the step began", THREE_OF_THREE).stepBack(TWO_HARD_SKIPS)
					.startedOn(11)
					.skip(9, TOO_HARD)
					.skip(10, TOO_HARD)
					.skip(11, TOO_HARD)
					.expect(STAY),
				row("stepping back comes before stepping up", THREE_OF_THREE).stepBack(TWO_HARD_SKIPS)
					.done(10, 11, 12)
					.skip(12, TOO_HARD)
					.skip(11, OVERWHELMED)
					.expect(STEP_BACK, 1))
			.map((row) -> Arguments.of(row.name, row));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void suggestsTheStepTheRulesSay(String name, Row row) {
		Predicate<LocalDate> scheduled = (day) -> row.schedule.contains(day.getDayOfWeek());
		Suggestion suggestion = StepEvaluator.evaluate(row.step, 3, row.startedOn, TODAY, row.moveOn, row.stepBack,
				scheduled, row.entries, row.skips);

		assertThat(suggestion.direction()).as(name).isEqualTo(row.direction);
		assertThat(suggestion.to()).as(name).isEqualTo(row.to);
		assertThat(suggestion.reasonCode()).as(name).startsWith("ladder.reason.");
	}

	static LocalDate march(int day) {
		return LocalDate.of(2026, 3, day);
	}

	static Row row(String name, MoveOn moveOn) {
		return new Row(name, moveOn);
	}

	static final class Row {

		final String name;

		final MoveOn moveOn;

		StepBack stepBack = StepBack.NEVER;

		Set<DayOfWeek> schedule = EVERY_DAY;

		LocalDate startedOn = march(1);

		int step = 2;

		final List<Practised> entries = new ArrayList<>();

		final List<Skipped> skips = new ArrayList<>();

		Direction direction;

		Integer to;

		private int recorded;

		Row(String name, MoveOn moveOn) {
			this.name = name;
			this.moveOn = moveOn;
		}

		Row done(int... days) {
			for (int day : days) {
				entry(day, null, Map.of());
			}
			return this;
		}

		Row quality(int day, int quality) {
			return entry(day, quality, Map.of());
		}

		Row suds(int day, int peak) {
			Map<String, Object> answers = new HashMap<>();
			answers.put("sudsPeak", peak);
			return entry(day, null, answers);
		}

		Row privately(int day) {
			return entry(day, null, null);
		}

		Row skip(int day, SkipReason reason) {
			this.skips.add(new Skipped(march(day), next(), reason));
			return this;
		}

		Row schedule(Set<DayOfWeek> days) {
			this.schedule = days;
			return this;
		}

		Row startedOn(int day) {
			this.startedOn = march(day);
			return this;
		}

		Row onStep(int step) {
			this.step = step;
			return this;
		}

		Row stepBack(StepBack stepBack) {
			this.stepBack = stepBack;
			return this;
		}

		Row expect(Direction direction) {
			return expect(direction, null);
		}

		Row expect(Direction direction, Integer to) {
			this.direction = direction;
			this.to = to;
			return this;
		}

		private Row entry(int day, Integer quality, Map<String, Object> answers) {
			this.entries.add(new Practised(march(day), next(), quality, answers));
			return this;
		}

		/** Recorded in the order the row lists them. */
		private Instant next() {
			return Instant.parse("2026-03-13T00:00:00Z").plusSeconds(this.recorded++);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
