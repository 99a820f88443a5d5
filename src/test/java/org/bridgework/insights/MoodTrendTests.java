package org.bridgework.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoodTrendTests {

	static final UUID BREATHING = UUID.randomUUID();

	static final ClientWeeks WEEKS = ClientWeeks.ending(Instant.parse("2026-03-11T12:00:00Z"), ZoneId.of("UTC"), 3);

	static final LocalDate THIS_MONDAY = LocalDate.of(2026, 3, 9);

	@Test
	void eachWeekAveragesTheMoodsBeforeAndAfterOfEntriesThatHaveBoth() {
		MoodTrend trend = MoodTrend.of(BREATHING, WEEKS,
				List.of(entry(THIS_MONDAY, 3, 6), entry(THIS_MONDAY.plusDays(1), 4, 6), entry(THIS_MONDAY, 5, null),
						entry(THIS_MONDAY.minusWeeks(2), 2, 3)));

		assertThat(trend.weeks()).extracting(MoodTrend.Week::weekStart)
			.containsExactly(THIS_MONDAY.minusWeeks(2), THIS_MONDAY.minusWeeks(1), THIS_MONDAY);
		assertThat(trend.weeks().get(2)).isEqualTo(new MoodTrend.Week(THIS_MONDAY, 2, 3.5, 6.0, 2.5));
		assertThat(trend.weeks().get(1)).isEqualTo(new MoodTrend.Week(THIS_MONDAY.minusWeeks(1), 0, null, null, null));
		assertThat(trend.weeks().get(0).change()).isEqualTo(1.0);
		assertThat(trend.overall()).isEqualTo(new MoodTrend.Summary(3, 3.0, 5.0, 2.0));
	}

	@Test
	void anEntryWithoutMoodsAsAClinicianSeesAPrivateOneCountsForNothing() {
		Entry privateEntry = entry(THIS_MONDAY, 0, 10).withoutContent();

		MoodTrend trend = MoodTrend.of(BREATHING, WEEKS, List.of(privateEntry, entry(THIS_MONDAY, 4, 5)));

		assertThat(trend.overall()).isEqualTo(new MoodTrend.Summary(1, 4.0, 5.0, 1.0));
	}

	@Test
	void withNoMoodsThereIsNoTrend() {
		MoodTrend trend = MoodTrend.of(BREATHING, WEEKS, List.of(entry(THIS_MONDAY.minusWeeks(3), 3, 6)));

		assertThat(trend.noMoods()).isTrue();
		assertThat(trend.overall()).isNull();
		assertThat(trend.weeks()).hasSize(3).allSatisfy((week) -> assertThat(week.entries()).isZero());
	}

	private static Entry entry(LocalDate day, Integer before, Integer after) {
		return new Entry(UUID.randomUUID(), BREATHING, day, Map.of(), 60, 4, before, after, "note", false, false,
				day.atStartOfDay(ZoneId.of("UTC")).toInstant(), null);
	}

}
