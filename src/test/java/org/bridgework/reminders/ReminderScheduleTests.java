package org.bridgework.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.bridgework.homework.WeeklySchedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderScheduleTests {

	private static final PracticePlan EVERY_DAY = plan(LocalTime.of(8, 0), LocalDate.of(2026, 1, 1), null);

	/**
	 * Every daylight-saving change of 2026 in New York, London, Sydney and Adelaide (a
	 * half-hour offset), plus Kolkata (half-hour offset, no daylight saving): ordinary
	 * days, the time that does not exist (moved forward by the gap) and the time that
	 * happens twice (the first, summer-time one).
	 */
	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(textBlock = """
			America/New_York,    2026-03-07, 08:00, 2026-03-07T13:00:00Z
			America/New_York,    2026-03-08, 08:00, 2026-03-08T12:00:00Z
			America/New_York,    2026-03-08, 02:30, 2026-03-08T07:30:00Z
			America/New_York,    2026-03-08, 02:00, 2026-03-08T07:00:00Z
			America/New_York,    2026-03-08, 03:00, 2026-03-08T07:00:00Z
			America/New_York,    2026-11-01, 01:30, 2026-11-01T05:30:00Z
			America/New_York,    2026-11-01, 08:00, 2026-11-01T13:00:00Z
			Europe/London,       2026-03-28, 08:00, 2026-03-28T08:00:00Z
			Europe/London,       2026-03-29, 01:30, 2026-03-29T01:30:00Z
			Europe/London,       2026-03-29, 08:00, 2026-03-29T07:00:00Z
			Europe/London,       2026-10-25, 01:30, 2026-10-25T00:30:00Z
			Europe/London,       2026-10-25, 08:00, 2026-10-25T08:00:00Z
			Australia/Sydney,    2026-04-04, 08:00, 2026-04-03T21:00:00Z
			Australia/Sydney,    2026-04-05, 02:30, 2026-04-04T15:30:00Z
			Australia/Sydney,    2026-04-05, 08:00, 2026-04-04T22:00:00Z
			Australia/Sydney,    2026-10-04, 02:30, 2026-10-03T16:30:00Z
			Australia/Sydney,    2026-10-04, 08:00, 2026-10-03T21:00:00Z
			Australia/Adelaide,  2026-04-05, 02:30, 2026-04-04T16:00:00Z
			Australia/Adelaide,  2026-04-05, 08:00, 2026-04-04T22:30:00Z
			Australia/Adelaide,  2026-10-04, 02:30, 2026-10-03T17:00:00Z
			Australia/Adelaide,  2026-10-04, 08:00, 2026-10-03T21:30:00Z
			Asia/Kolkata,        2026-03-08, 08:00, 2026-03-08T02:30:00Z
			Asia/Kolkata,        2026-11-01, 01:30, 2026-10-31T20:00:00Z
			""")
	void dueAt_shouldFollowTheClientsWallClockAcrossDaylightSaving(String zone, LocalDate day, LocalTime time,
			Instant expected) {
		assertThat(new ReminderSchedule(ZoneId.of(zone), null).dueAt(day, time)).isEqualTo(expected);
	}

	@Test
	void between_shouldPlanOneReminderAPlannedDay_atTheSameLocalTimeEitherSideOfAChange() {
		List<PlannedReminder> planned = new ReminderSchedule(ZoneId.of("America/New_York"), null).between(EVERY_DAY,
				null, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9));

		assertThat(planned).extracting(PlannedReminder::day)
			.containsExactly(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9));
		assertThat(planned).extracting(PlannedReminder::dueAt)
			.containsExactly(Instant.parse("2026-03-07T13:00:00Z"), Instant.parse("2026-03-08T12:00:00Z"),
					Instant.parse("2026-03-09T12:00:00Z"));
	}

	@Test
	void between_shouldLeaveOutDaysOffThePlanAndOutsideItsDates() {
		PracticePlan weekdaysInMarch = new PracticePlan(UUID.randomUUID(),
				new WeeklySchedule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null), LocalDate.of(2026, 3, 3),
				LocalDate.of(2026, 3, 9));

		List<PlannedReminder> planned = new ReminderSchedule(ZoneId.of("Europe/London"), null).between(weekdaysInMarch,
				null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 12));

		assertThat(planned).extracting(PlannedReminder::day)
			.containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5),
					LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9));
	}

	@Test
	void reminderTime_shouldBeTheChosenOne_elseThePracticeTime_else9() {
		assertThat(ReminderSchedule.reminderTime(LocalTime.of(7, 15), LocalTime.of(8, 0))).isEqualTo("07:15");
		assertThat(ReminderSchedule.reminderTime(null, LocalTime.of(8, 0))).isEqualTo("08:00");
		assertThat(ReminderSchedule.reminderTime(null, null)).isEqualTo("09:00");
		PracticePlan noTime = plan(null, LocalDate.of(2026, 3, 1), null);
		assertThat(new ReminderSchedule(ZoneId.of("Europe/London"), null).between(noTime, null,
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)))
			.extracting(PlannedReminder::dueAt)
			.containsExactly(Instant.parse("2026-03-02T09:00:00Z"));
	}

	@Test
	void aClientWhoMoves_getsTheSameDaysAtTheSameLocalTimeInTheirNewZone() {
		LocalDate from = LocalDate.of(2026, 3, 10);
		LocalDate to = LocalDate.of(2026, 3, 11);
		List<PlannedReminder> london = new ReminderSchedule(ZoneId.of("Europe/London"), null).between(EVERY_DAY, null,
				from, to);
		List<PlannedReminder> sydney = new ReminderSchedule(ZoneId.of("Australia/Sydney"), null).between(EVERY_DAY,
				null, from, to);

		assertThat(sydney).extracting(PlannedReminder::day)
			.containsExactlyElementsOf(london.stream().map(PlannedReminder::day).toList());
		assertThat(london).extracting(PlannedReminder::dueAt)
			.containsExactly(Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-11T08:00:00Z"));
		assertThat(sydney).extracting(PlannedReminder::dueAt)
			.containsExactly(Instant.parse("2026-03-09T21:00:00Z"), Instant.parse("2026-03-10T21:00:00Z"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(textBlock = """
			2026-03-02, 21:59, 2026-03-02T21:59:00Z
			2026-03-02, 22:00, 2026-03-03T07:00:00Z
			2026-03-02, 23:30, 2026-03-03T07:00:00Z
			2026-03-02, 00:00, 2026-03-02T07:00:00Z
			2026-03-02, 06:30, 2026-03-02T07:00:00Z
			2026-03-02, 07:00, 2026-03-02T07:00:00Z
			2026-03-28, 23:00, 2026-03-29T06:00:00Z
			""")
	void quietHoursOverMidnight_shouldMoveAReminderToTheirEnd(LocalDate day, LocalTime time, Instant expected) {
		QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
		assertThat(new ReminderSchedule(ZoneId.of("Europe/London"), night).dueAt(day, time)).isEqualTo(expected);
	}

	@Test
	void quietHoursThatEndInASpringForwardGap_shouldEndWhenTheGapRuleSays() {
		QuietHours lateNight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
		ReminderSchedule newYork = new ReminderSchedule(ZoneId.of("America/New_York"), lateNight);
		assertThat(newYork.dueAt(LocalDate.of(2026, 3, 8), LocalTime.of(1, 0)))
			.isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
	}

	@Test
	void quietHoursWithinOneDay_shouldMoveOnlyWhatIsInside() {
		QuietHours afternoon = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
		ReminderSchedule kolkata = new ReminderSchedule(ZoneId.of("Asia/Kolkata"), afternoon);
		LocalDate day = LocalDate.of(2026, 3, 2);
		assertThat(kolkata.dueAt(day, LocalTime.of(13, 0))).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
		assertThat(kolkata.dueAt(day, LocalTime.of(14, 0))).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
		assertThat(kolkata.dueAt(day, LocalTime.of(11, 0))).isEqualTo(Instant.parse("2026-03-02T05:30:00Z"));
	}

	@Test
	void snoozeIn30Minutes_shouldBeHalfAnHourLater_outOfQuietHours() {
		ZoneId london = ZoneId.of("Europe/London");
		Instant now = Instant.parse("2026-03-02T08:10:00Z");
		assertThat(Snooze.IN_30_MINUTES.from(now, london)).contains(Instant.parse("2026-03-02T08:40:00Z"));
		ReminderSchedule quiet = new ReminderSchedule(london, new QuietHours(LocalTime.of(8, 30), LocalTime.of(9, 0)));
		assertThat(quiet.snoozed(Snooze.IN_30_MINUTES.from(now, london).orElseThrow()))
			.isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
	}

	@Test
	void snoozeThisEvening_shouldBe7pmLocal_andNotOfferedOnceItIsPast() {
		ZoneId sydney = ZoneId.of("Australia/Sydney");
		assertThat(Snooze.THIS_EVENING.from(Instant.parse("2026-04-04T21:00:00Z"), sydney))
			.as("the morning of the day Sydney falls back: 19:00 AEST")
			.contains(Instant.parse("2026-04-05T09:00:00Z"));
		assertThat(Snooze.THIS_EVENING.from(Instant.parse("2026-04-05T09:00:00Z"), sydney)).isEmpty();
	}

	@Test
	void quietHours_shouldRefuseAnEmptyStretch() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new QuietHours(LocalTime.of(7, 0), LocalTime.of(7, 0)));
	}

	private static PracticePlan plan(LocalTime time, LocalDate start, LocalDate end) {
		return new PracticePlan(UUID.randomUUID(), new WeeklySchedule(EnumSet.allOf(DayOfWeek.class), time), start,
				end);
	}

}
