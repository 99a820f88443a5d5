package org.bridgework.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.bridgework.measures.MeasureSchedule.Asking;
import org.bridgework.measures.MeasureSchedule.Every;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A questionnaire asked before each session: due from 3 days before each session day up
 * to that day, in the client's time zone, until answered inside that window.
 */
class SessionWindowsTests {

	@ParameterizedTest(name = "from {0}, sessions {1}, today {2}, answered {3}: next {4}, due {5}, for {6}")
	@CsvSource(nullValues = "-", delimiter = '|', value = {
			// no session, or none from today on: nothing to ask before
			"2026-03-01 | -                     | 2026-03-05 | -          | -          | false | -",
			"2026-03-01 | 2026-03-04            | 2026-03-05 | -          | -          | false | -",
			// one session on the 10th: its window is the 7th to the 10th
			"2026-03-01 | 2026-03-10            | 2026-03-06 | -          | 2026-03-07 | false | 2026-03-10",
			"2026-03-01 | 2026-03-10            | 2026-03-07 | -          | 2026-03-07 | true  | 2026-03-10",
			"2026-03-01 | 2026-03-10            | 2026-03-10 | -          | 2026-03-07 | true  | 2026-03-10",
			// answered inside the window: not again until the next session's window
			"2026-03-01 | 2026-03-10            | 2026-03-08 | 2026-03-07 | -          | false | -",
			"2026-03-01 | 2026-03-10            | 2026-03-10 | 2026-03-10 | -          | false | -",
			"2026-03-01 | 2026-03-10;2026-03-17 | 2026-03-08 | 2026-03-07 | 2026-03-14 | false | 2026-03-17",
			// answered before the window opened: asked again
			"2026-03-01 | 2026-03-10            | 2026-03-08 | 2026-03-06 | 2026-03-07 | true  | 2026-03-10",
			// a window that passed unanswered is not carried over
			"2026-03-01 | 2026-03-10;2026-03-17 | 2026-03-11 | -          | 2026-03-14 | false | 2026-03-17",
			"2026-03-01 | 2026-03-10;2026-03-17 | 2026-03-14 | 2026-03-09 | 2026-03-14 | true  | 2026-03-17",
			// two sessions close together: the second window opens the day after the
			// first
			"2026-03-01 | 2026-03-10;2026-03-11 | 2026-03-09 | 2026-03-09 | 2026-03-11 | false | 2026-03-11",
			"2026-03-01 | 2026-03-10;2026-03-11 | 2026-03-11 | 2026-03-10 | 2026-03-11 | true  | 2026-03-11",
			"2026-03-01 | 2026-03-11;2026-03-10 | 2026-03-11 | 2026-03-11 | -          | false | -",
			// the first day still applies: nothing before it, no session before it
			"2026-03-08 | 2026-03-10            | 2026-03-07 | -          | 2026-03-08 | false | 2026-03-10",
			"2026-03-08 | 2026-03-10            | 2026-03-08 | -          | 2026-03-08 | true  | 2026-03-10",
			"2026-03-12 | 2026-03-10            | 2026-03-10 | -          | -          | false | -",
			"2026-03-12 | 2026-03-10;2026-03-14 | 2026-03-12 | 2026-03-09 | 2026-03-12 | true  | 2026-03-14" })
	void dueInTheWindowBeforeEachSessionUntilAnsweredThere(LocalDate start, String sessions, LocalDate today,
			LocalDate lastAnswered, LocalDate nextDue, boolean due, LocalDate session) {
		Asking asking = SessionWindows.asking(start, days(sessions), today, lastAnswered);

		assertThat(asking).isEqualTo(new Asking(nextDue, due, session));
	}

	@ParameterizedTest(name = "session 2026-03-10, now {0} in {1}, answered {2}: next {3}, due {4}")
	@CsvSource(nullValues = "-", delimiter = '|', value = {
			// 12:00 UTC on the 6th is already the 7th in Auckland, still the 6th in Los
			// Angeles
			"2026-03-06T12:00:00Z | Pacific/Auckland    | -                    | 2026-03-07 | true",
			"2026-03-06T12:00:00Z | America/Los_Angeles | -                    | 2026-03-07 | false",
			// an answer at 20:00 UTC on the 6th was given on the 7th in Auckland: inside
			"2026-03-07T03:00:00Z | Pacific/Auckland    | 2026-03-06T20:00:00Z | -          | false",
			"2026-03-07T03:00:00Z | UTC                 | 2026-03-06T20:00:00Z | 2026-03-07 | true",
			// the session day ends at the client's midnight
			"2026-03-10T12:00:00Z | Pacific/Auckland    | -                    | -          | false",
			"2026-03-10T12:00:00Z | Europe/London       | -                    | 2026-03-07 | true" })
	void theWindowIsInTheClientsTimeZone(Instant now, ZoneId zone, Instant lastTaken, LocalDate nextDue, boolean due) {
		MeasureSchedule schedule = new MeasureSchedule(UUID.randomUUID(), UUID.randomUUID(), "PHQ-9",
				Every.BEFORE_SESSION, LocalDate.of(2026, 3, 1));

		Asking asking = schedule.at(now, zone, lastTaken, List.of(LocalDate.of(2026, 3, 10)));

		assertThat(asking.nextDue()).isEqualTo(nextDue);
		assertThat(asking.due()).isEqualTo(due);
	}

	private static List<LocalDate> days(String sessions) {
		return (sessions == null) ? List.of() : Arrays.stream(sessions.split(";")).map(LocalDate::parse).toList();
	}

}
