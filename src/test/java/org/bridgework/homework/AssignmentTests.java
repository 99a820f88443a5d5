package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssignmentTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);

	private static final LocalDate END = LocalDate.of(2026, 3, 29);

	private final Assignment weekdays = AssignmentFixtures.assignment(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
			START, END);

	@Test
	void isOccurrence_shouldNeedAScheduledWeekdayInsideTheDates() {
		assertThat(this.weekdays.isOccurrence(START)).isTrue();
		assertThat(this.weekdays.isOccurrence(START.minusDays(7))).isFalse();
		assertThat(this.weekdays.isOccurrence(END.plusDays(1))).isFalse();
		assertThat(this.weekdays.isOccurrence(LocalDate.of(2026, 3, 7))).isFalse();
	}

	@Test
	void covers_shouldRunOnForeverWithoutAnEndDate() {
		Assignment openEnded = AssignmentFixtures.assignment(EnumSet.allOf(DayOfWeek.class), START, null);
		assertThat(openEnded.covers(START.plusYears(3))).isTrue();
		assertThat(openEnded.covers(START.minusDays(1))).isFalse();
	}

	@Test
	void checkRecordableOn_shouldRejectADayStillToCome() {
		assertThatThrownBy(() -> recordable(START.plusDays(2), START.plusDays(1)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.code()).isEqualTo("validation.occurredOn.future")));
	}

	@Test
	void checkRecordableOn_shouldRejectDaysOutsideTheAssignment() {
		assertThatThrownBy(() -> recordable(START.minusDays(1), END)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.problems().get(0).code()).isEqualTo("validation.occurredOn.outside"));
		assertThatThrownBy(() -> recordable(END.plusDays(1), END.plusDays(5)))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void checkRecordableOn_shouldAcceptAnUnscheduledDayInsideTheDates() {
		LocalDate saturday = LocalDate.of(2026, 3, 7);
		assertThatNoException().isThrownBy(() -> recordable(saturday, saturday));
	}

	private void recordable(LocalDate day, LocalDate today) {
		FieldChecks checks = new FieldChecks();
		this.weekdays.checkRecordableOn(day, today, checks);
		checks.throwIfAny();
	}

}
