package org.bridgework.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weeks are the client's own: they start on Monday where the client lives, so one instant
 * can be Sunday for one client and Monday for another, also across a clock change.
 */
class ClientWeeksTests {

	@ParameterizedTest(name = "{0} in {1} is {2}, in the week of {3}")
	@CsvSource({
			// Just before midnight in London on the Sunday the clocks go forward...
			"2026-03-29T22:59:00Z, Europe/London, 2026-03-29, 2026-03-23",
			// ...and a minute later it is Monday there (23:00 UTC is 00:00 BST).
			"2026-03-29T23:00:00Z, Europe/London, 2026-03-30, 2026-03-30",
			// The same instant is still Sunday in UTC.
			"2026-03-29T23:00:00Z, UTC, 2026-03-29, 2026-03-23",
			// Auckland is a day ahead: Monday already.
			"2026-03-29T12:00:00Z, Pacific/Auckland, 2026-03-30, 2026-03-30",
			// Los Angeles, the night the clocks go back: Sunday 23:30 PST is Monday in
			// UTC.
			"2026-11-02T07:30:00Z, America/Los_Angeles, 2026-11-01, 2026-10-26",
			"2026-11-02T08:00:00Z, America/Los_Angeles, 2026-11-02, 2026-11-02" })
	void todayAndItsWeekAreTheClientsOwn(Instant now, ZoneId zone, LocalDate today, LocalDate monday) {
		ClientWeeks weeks = ClientWeeks.ending(now, zone, 8);

		assertThat(weeks.today()).isEqualTo(today);
		assertThat(weeks.mondays()).hasSize(8).last().isEqualTo(monday);
		assertThat(weeks.from()).isEqualTo(monday.minusWeeks(7));
		assertThat(weeks.indexOf(today)).isEqualTo(7);
		assertThat(weeks.indexOf(monday.minusDays(1))).isEqualTo(6);
		assertThat(weeks.indexOf(weeks.from().minusDays(1))).isEqualTo(-1);
		assertThat(weeks.indexOf(today.plusDays(1))).isEqualTo(-1);
	}

	@ParameterizedTest(name = "{0} weeks asked, {1} given")
	@CsvSource(nullValues = "none", value = { "none, 8", "1, 1", "0, 1", "-5, 1", "26, 26", "27, 26", "1000, 26" })
	void theNumberOfWeeksIsKeptSensible(Integer asked, int given) {
		assertThat(ClientWeeks.clamp(asked)).isEqualTo(given);
	}

	@ParameterizedTest(name = "one week on a {0}")
	@CsvSource({ "2026-03-02, 1", "2026-03-08, 7" })
	void oneWeekRunsFromItsMondayToToday(LocalDate today, int days) {
		ClientWeeks weeks = ClientWeeks.ending(today.atTime(12, 0).toInstant(java.time.ZoneOffset.UTC),
				ZoneId.of("UTC"), 1);

		assertThat(weeks.mondays()).containsExactly(LocalDate.of(2026, 3, 2));
		assertThat(weeks.days()).isEqualTo(days);
	}

}
