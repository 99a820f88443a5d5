package org.bridgework.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeeklyScheduleTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	@Test
	void occursOn_shouldMatchOnlyTheChosenWeekdays() {
		WeeklySchedule weekdays = new WeeklySchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
				LocalTime.of(8, 0));
		assertThat(weekdays.occursOn(MONDAY)).isTrue();
		assertThat(weekdays.occursOn(MONDAY.plusDays(4))).isTrue();
		assertThat(weekdays.occursOn(MONDAY.plusDays(5))).isFalse();
		assertThat(weekdays.occursOn(MONDAY.plusDays(6))).isFalse();
	}

	@Test
	void orderedDays_shouldListDaysInWeekOrderWhateverOrderTheyCameIn() {
		WeeklySchedule schedule = new WeeklySchedule(Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
				null);
		assertThat(schedule.orderedDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SUNDAY);
	}

	@Test
	void anEmptySchedule_shouldNeverOccur() {
		WeeklySchedule none = new WeeklySchedule(Set.of(), null);
		assertThat(none.occursOn(MONDAY)).isFalse();
		assertThat(none.orderedDays()).isEqualTo(List.of());
	}

}
