package org.bridgework.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.Adherence;
import org.bridgework.homework.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeWeeksTests {

	/** A Wednesday: the last week has Monday to Wednesday only. */
	private static final ClientWeeks TWO_WEEKS = ClientWeeks.ending(Instant.parse("2026-03-11T12:00:00Z"),
			ZoneId.of("Europe/London"), 2);

	private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);

	@Test
	void eachWeekSaysHowMuchOfThePlanWasDoneHowItWentAndOnWhichDays() {
		PracticeWeeks practice = PracticeWeeks.of(TWO_WEEKS, List.of(adherence(7, 5, 1), adherence(3, 1, 0)),
				List.of(entry(FIRST_MONDAY, 4), entry(FIRST_MONDAY, 2), entry(FIRST_MONDAY.plusDays(3), 5),
						entry(FIRST_MONDAY.plusDays(8), null)));

		assertThat(practice.from()).isEqualTo(FIRST_MONDAY);
		assertThat(practice.to()).isEqualTo(LocalDate.of(2026, 3, 11));
		PracticeWeeks.Week first = practice.weeks().get(0);
		assertThat(first.percentDone()).isEqualTo(71);
		assertThat(first.averageQuality()).isEqualTo(3.7);
		assertThat(first.daysPractised()).isEqualTo(2);
		assertThat(first.extra()).isEqualTo(1);
		PracticeWeeks.Week second = practice.weeks().get(1);
		assertThat(second.percentDone()).isEqualTo(33);
		assertThat(second.averageQuality()).as("a private entry says nothing of how it went").isNull();
		assertThat(second.daysPractised()).isEqualTo(1);
		assertThat(practice.days()).hasSize(10);
		assertThat(practice.days().get(0)).isEqualTo(new PracticeWeeks.Day(FIRST_MONDAY, 2));
		assertThat(practice.days().get(9)).isEqualTo(new PracticeWeeks.Day(LocalDate.of(2026, 3, 11), 0));
		assertThat(practice.nothingYet()).isFalse();
	}

	@Test
	void aWeekWithNothingPlannedHasNoPercentageAndEntriesOutsideTheWeeksCountForNothing() {
		PracticeWeeks practice = PracticeWeeks.of(TWO_WEEKS, List.of(adherence(0, 0, 0), adherence(0, 0, 0)),
				List.of(entry(FIRST_MONDAY.minusDays(1), 5), entry(LocalDate.of(2026, 3, 12), 5)));

		assertThat(practice.weeks()).allSatisfy((week) -> {
			assertThat(week.percentDone()).isNull();
			assertThat(week.averageQuality()).isNull();
			assertThat(week.daysPractised()).isZero();
		});
		assertThat(practice.days()).allSatisfy((day) -> assertThat(day.entries()).isZero());
		assertThat(practice.nothingYet()).isTrue();
	}

	@Test
	void theCalendarWritesEachDaysCountInItsCellAndHasACellForEveryDay() {
		String svg = SvgChart.calendar("cal", "Days <practised>", List.of(0, 1, 2, 5, 0, 0, 0, 1, 0),
				List.of("2 Mar", "9 Mar"), List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"));

		assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("aria-label=\"Days &lt;practised&gt;\"");
		assertThat(svg.split("class=\"day\"", -1)).hasSize(10);
		assertThat(svg).contains(">1</text>", ">2</text>", ">5</text>").doesNotContain(">0</text>");
		assertThat(svg).contains(">2 Mar</text>", ">Mon</text>");
	}

	@Test
	void percentagesAreDrawnOnAScaleToAHundredSoALowWeekDoesNotLookFull() {
		String svg = SvgChart.stackedBars("done", "Done", List.of("2 Mar"), List.of("Done (%)"), new int[][] { { 30 } },
				100);

		assertThat(svg).contains(">100</text>", ">30</text>");
	}

	private static Adherence adherence(int expected, int completed, int extra) {
		return new Adherence(expected, completed, 0, extra, null, List.of());
	}

	private static Entry entry(LocalDate day, Integer quality) {
		return new Entry(UUID.randomUUID(), UUID.randomUUID(), day, Map.of(), 60, quality, null, null, null,
				quality == null, false, Instant.now(), null);
	}

}
