package org.bridgework.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.Skip;
import org.bridgework.homework.SkipReason;
import org.bridgework.insights.WhatGetsInTheWay.ReasonCount;
import org.bridgework.insights.WhatGetsInTheWay.Week;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.homework.SkipReason.FORGOT;
import static org.bridgework.homework.SkipReason.NO_TIME;
import static org.bridgework.homework.SkipReason.OVERWHELMED;
import static org.bridgework.homework.SkipReason.TOO_HARD;

class WhatGetsInTheWayTests {

	static final UUID BREATHING = UUID.randomUUID();

	static final Map<UUID, String> TITLES = Map.of(BREATHING, "Breathing");

	/** Wednesday 11 March 2026: eight weeks from Monday 19 January. */
	static final ClientWeeks WEEKS = ClientWeeks.ending(Instant.parse("2026-03-11T12:00:00Z"),
			ZoneId.of("Europe/London"), 8);

	static final LocalDate THIS_MONDAY = LocalDate.of(2026, 3, 9);

	@Test
	void skipsAreCountedByReasonInTheWeekTheyFellIn() {
		WhatGetsInTheWay picture = WhatGetsInTheWay.of(WEEKS,
				List.of(skip(THIS_MONDAY, FORGOT), skip(THIS_MONDAY.plusDays(1), FORGOT),
						skip(THIS_MONDAY.minusDays(1), TOO_HARD), skip(THIS_MONDAY.minusDays(7), NO_TIME),
						skip(WEEKS.from(), OVERWHELMED)),
				TITLES);

		assertThat(picture.from()).isEqualTo(LocalDate.of(2026, 1, 19));
		assertThat(picture.to()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(picture.weeks()).hasSize(8);
		Week thisWeek = picture.weeks().get(7);
		assertThat(thisWeek.weekStart()).isEqualTo(THIS_MONDAY);
		assertThat(thisWeek.weekEnd()).isEqualTo(THIS_MONDAY.plusDays(6));
		assertThat(thisWeek.total()).isEqualTo(2);
		assertThat(thisWeek.reasons()).containsExactly(new ReasonCount(FORGOT, 2));
		// The Sunday before belongs to last week, with last Monday's skip.
		assertThat(picture.weeks().get(6).reasons()).containsExactly(new ReasonCount(NO_TIME, 1),
				new ReasonCount(TOO_HARD, 1));
		assertThat(picture.weeks().get(0).reasons()).containsExactly(new ReasonCount(OVERWHELMED, 1));
		assertThat(picture.weeks().get(3).total()).isZero();
		assertThat(picture.totals()).containsExactly(new ReasonCount(FORGOT, 2), new ReasonCount(NO_TIME, 1),
				new ReasonCount(TOO_HARD, 1), new ReasonCount(OVERWHELMED, 1));
		assertThat(picture.reasonsSeen()).containsExactly(FORGOT, NO_TIME, TOO_HARD, OVERWHELMED);
	}

	@Test
	void skipsOutsideTheWeeksAreLeftOut() {
		WhatGetsInTheWay picture = WhatGetsInTheWay.of(WEEKS,
				List.of(skip(WEEKS.from().minusDays(1), FORGOT), skip(WEEKS.today().plusDays(1), FORGOT)), TITLES);

		assertThat(picture.nothingNoted()).isTrue();
		assertThat(picture.weeks()).allSatisfy((week) -> assertThat(week.total()).isZero());
		assertThat(picture.reading().reasons()).isEmpty();
	}

	@Test
	void theReadingNamesWhatCameUpMostInTheLastFourWeeksAndEveryReasonThatTied() {
		WhatGetsInTheWay one = WhatGetsInTheWay.of(WEEKS,
				List.of(skip(THIS_MONDAY, TOO_HARD), skip(THIS_MONDAY.minusDays(3), TOO_HARD),
						skip(THIS_MONDAY, FORGOT),
						// Five weeks back: older than the reading looks.
						skip(THIS_MONDAY.minusWeeks(4), FORGOT), skip(THIS_MONDAY.minusWeeks(4), FORGOT)),
				TITLES);
		WhatGetsInTheWay tied = WhatGetsInTheWay.of(WEEKS,
				List.of(skip(THIS_MONDAY, TOO_HARD), skip(THIS_MONDAY, FORGOT)), TITLES);

		assertThat(one.reading().reasons()).containsExactly(TOO_HARD);
		assertThat(one.reading().count()).isEqualTo(2);
		assertThat(one.reading().lastWeeks()).isEqualTo(4);
		assertThat(tied.reading().reasons()).containsExactly(FORGOT, TOO_HARD);
		assertThat(tied.reading().count()).isEqualTo(1);
	}

	@Test
	void withFewerWeeksTheReadingLooksAtAllOfThem() {
		ClientWeeks one = ClientWeeks.ending(Instant.parse("2026-03-11T12:00:00Z"), ZoneId.of("UTC"), 1);

		WhatGetsInTheWay picture = WhatGetsInTheWay.of(one,
				List.of(skip(THIS_MONDAY, NO_TIME), skip(THIS_MONDAY.minusDays(1), FORGOT)), TITLES);

		assertThat(picture.weeks()).hasSize(1);
		assertThat(picture.reading().lastWeeks()).isEqualTo(1);
		assertThat(picture.reading().reasons()).containsExactly(NO_TIME);
	}

	@Test
	void theClientsNotesComeMostRecentFirstWithDayPracticeAndReason() {
		Skip older = new Skip(UUID.randomUUID(), BREATHING, THIS_MONDAY, FORGOT, "Busy morning",
				Instant.parse("2026-03-09T08:00:00Z"));
		Skip laterSameDay = new Skip(UUID.randomUUID(), BREATHING, THIS_MONDAY, NO_TIME, "Train was late",
				Instant.parse("2026-03-09T19:00:00Z"));
		Skip newest = new Skip(UUID.randomUUID(), BREATHING, THIS_MONDAY.plusDays(1), TOO_HARD, "Too much today",
				Instant.parse("2026-03-10T08:00:00Z"));
		Skip blank = new Skip(UUID.randomUUID(), BREATHING, THIS_MONDAY.plusDays(2), FORGOT, "  ",
				Instant.parse("2026-03-11T08:00:00Z"));

		WhatGetsInTheWay picture = WhatGetsInTheWay.of(WEEKS, List.of(older, newest, blank, laterSameDay), TITLES);

		assertThat(picture.notes()).extracting(WhatGetsInTheWay.Note::note)
			.containsExactly("Too much today", "Train was late", "Busy morning");
		assertThat(picture.notes().get(0)).isEqualTo(
				new WhatGetsInTheWay.Note(THIS_MONDAY.plusDays(1), BREATHING, "Breathing", TOO_HARD, "Too much today"));
	}

	private static Skip skip(LocalDate day, SkipReason reason) {
		return new Skip(UUID.randomUUID(), BREATHING, day, reason, null,
				day.atStartOfDay(ZoneId.of("UTC")).toInstant());
	}

}
