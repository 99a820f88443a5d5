package org.bridgework.homework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.PersonalBests.BusiestWeek;
import org.bridgework.homework.PersonalBests.PracticeBest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalBestsTests {

	static final UUID BREATHING = UUID.randomUUID();

	static final UUID JOURNAL = UUID.randomUUID();

	static final UUID UNTOUCHED = UUID.randomUUID();

	/** A Monday. */
	static final LocalDate WEEK = LocalDate.of(2026, 3, 2);

	@Test
	void eachPracticeHasItsMostDaysInAWeekAndItsLongestTime() {
		PersonalBests bests = PersonalBests.of(List.of(entry(BREATHING, WEEK, 60), entry(BREATHING, WEEK, 300),
				entry(BREATHING, WEEK.plusDays(1), 90), entry(BREATHING, WEEK.plusDays(6), null),
				entry(BREATHING, WEEK.plusDays(7), 300), entry(JOURNAL, WEEK.plusDays(8), null)), titles());

		assertThat(bests.practices()).containsExactly(
				// Three days (Mon twice, Tue, Sun) in the first week; 5 minutes first
				// reached on Mon.
				new PracticeBest(BREATHING, "Breathing", 3, WEEK, 300, WEEK),
				new PracticeBest(JOURNAL, "Journal", 1, WEEK.plusDays(7), null, null));
		assertThat(bests.practices().get(0).longestMinutes()).isEqualTo(5);
		assertThat(bests.practices().get(0).longestRestSeconds()).isZero();
	}

	@Test
	void theFullestWeekCountsEveryPracticeAcrossEverythingAndTheLatestOfEqualsWins() {
		PersonalBests bests = PersonalBests.of(List.of(entry(BREATHING, WEEK, 60), entry(JOURNAL, WEEK, 45),
				entry(BREATHING, WEEK.plusDays(7), 120), entry(JOURNAL, WEEK.plusDays(8), null)), titles());

		assertThat(bests.busiestWeek()).isEqualTo(new BusiestWeek(WEEK.plusDays(7), 2, 2));
	}

	@Test
	void withNothingDoneThereAreNoBestsToLose() {
		PersonalBests bests = PersonalBests.of(List.of(), titles());

		assertThat(bests.busiestWeek()).isNull();
		assertThat(bests.practices()).isEmpty();
	}

	private static Map<UUID, String> titles() {
		Map<UUID, String> titles = new LinkedHashMap<>();
		titles.put(BREATHING, "Breathing");
		titles.put(JOURNAL, "Journal");
		titles.put(UNTOUCHED, "Not yet");
		return titles;
	}

	private static Entry entry(UUID assignment, LocalDate day, Integer seconds) {
		return new Entry(UUID.randomUUID(), assignment, day, Map.of(), seconds, null, null, null, null, false, false,
				day.atStartOfDay(ZoneId.of("UTC")).toInstant(), null);
	}

}
