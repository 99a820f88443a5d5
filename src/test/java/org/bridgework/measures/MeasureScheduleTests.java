package org.bridgework.measures;

import java.time.LocalDate;
import java.util.UUID;

import org.bridgework.measures.MeasureSchedule.Every;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MeasureScheduleTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 31);

	@ParameterizedTest(name = "{0} from 2026-01-31, today {1}, last answered {2}: next {3}")
	@CsvSource(nullValues = "-",
			value = { "WEEKLY,2026-01-30,-,2026-01-31", "WEEKLY,2026-01-31,-,2026-01-31",
					"WEEKLY,2026-02-03,-,2026-01-31", "WEEKLY,2026-02-03,2026-01-31,2026-02-07",
					"WEEKLY,2026-02-07,2026-02-01,2026-02-07", "WEEKLY,2026-02-07,2026-02-07,2026-02-14",
					"WEEKLY,2026-02-20,2026-02-01,2026-02-14", "WEEKLY,2026-01-31,2026-01-20,2026-01-31",
					"FORTNIGHTLY,2026-02-07,2026-01-31,2026-02-14", "FORTNIGHTLY,2026-02-14,2026-01-31,2026-02-14",
					"MONTHLY,2026-02-27,2026-01-31,2026-02-28", "MONTHLY,2026-02-28,2026-01-31,2026-02-28",
					"MONTHLY,2026-03-30,2026-02-28,2026-03-31", "MONTHLY,2026-03-31,2026-03-01,2026-03-31" })
	void nextDueIsTheLatestUnansweredAskOrTheNextOne(Every every, LocalDate today, LocalDate lastAnswered,
			LocalDate next) {
		MeasureSchedule schedule = new MeasureSchedule(UUID.randomUUID(), UUID.randomUUID(), "PHQ-9", every, START);

		assertThat(schedule.nextDue(today, lastAnswered)).isEqualTo(next);
	}

}
