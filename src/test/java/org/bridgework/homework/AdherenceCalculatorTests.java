package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdherenceCalculatorTests {

	/** Monday 2 March 2026 to Sunday 8 March 2026. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static final LocalDate SUNDAY = MONDAY.plusDays(6);

	private final Assignment weekdays = AssignmentFixtures.assignment(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			MONDAY, null);

	@Test
	void expected_shouldCountScheduledDaysInRangeIncludingFutureOnes() {
		Adherence result = calculate(Set.of(), Set.of());
		assertThat(result.expected()).isEqualTo(5);
		assertThat(result.completed()).isZero();
		assertThat(result.rate()).isEqualTo(0.0);
	}

	@Test
	void completed_shouldCountADayOnceHoweverManyEntriesItHas() {
		Adherence result = calculate(Set.of(MONDAY, MONDAY.plusDays(1)), Set.of());
		assertThat(result.completed()).isEqualTo(2);
		assertThat(result.rate()).isEqualTo(2.0 / 5);
	}

	@Test
	void skipped_shouldCountOnlyDaysWithASkipAndNoEntry() {
		Adherence result = calculate(Set.of(MONDAY), Set.of(MONDAY, MONDAY.plusDays(2)));
		assertThat(result.completed()).isEqualTo(1);
		assertThat(result.skipped()).isEqualTo(1);
	}

	@Test
	void extra_shouldCountEntriesOnDaysThatWereNotPlanned() {
		Adherence result = calculate(Set.of(SUNDAY, MONDAY.plusDays(5)), Set.of());
		assertThat(result.extra()).isEqualTo(2);
		assertThat(result.completed()).isZero();
	}

	@Test
	void occurrences_shouldStopAtTheAssignmentsDates() {
		Assignment midweek = AssignmentFixtures.assignment(EnumSet.allOf(DayOfWeek.class), MONDAY.plusDays(2),
				MONDAY.plusDays(3));
		Adherence result = AdherenceCalculator.calculate(List.of(midweek), Map.of(), Map.of(), MONDAY, SUNDAY);
		assertThat(result.expected()).isEqualTo(2);
	}

	@Test
	void rate_shouldBeNullWhenNothingWasExpected() {
		Adherence result = AdherenceCalculator.calculate(List.of(this.weekdays), Map.of(), Map.of(), SUNDAY, SUNDAY);
		assertThat(result.expected()).isZero();
		assertThat(result.rate()).isNull();
	}

	@Test
	void totals_shouldAddUpEveryAssignment() {
		Assignment everyDay = AssignmentFixtures.assignment(EnumSet.allOf(DayOfWeek.class), MONDAY, SUNDAY);
		Adherence result = AdherenceCalculator.calculate(List.of(this.weekdays, everyDay),
				Map.of(everyDay.id(), Set.of(SUNDAY)), Map.of(this.weekdays.id(), Set.of(MONDAY)), MONDAY, SUNDAY);
		assertThat(result.expected()).isEqualTo(12);
		assertThat(result.completed()).isEqualTo(1);
		assertThat(result.skipped()).isEqualTo(1);
		assertThat(result.assignments()).extracting(Adherence.PerAssignment::expected).containsExactly(5, 7);
	}

	private Adherence calculate(Set<LocalDate> entryDays, Set<LocalDate> skipDays) {
		return AdherenceCalculator.calculate(List.of(this.weekdays), Map.of(this.weekdays.id(), entryDays),
				Map.of(this.weekdays.id(), skipDays), MONDAY, SUNDAY);
	}

}
