package org.bridgework.relapse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booster's status on a day, and the booster form: only a tune-up still to come can be
 * cancelled; a series needs to say how far apart.
 */
class BoosterTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Test
	void aBoosterIsUpcomingUntilItsDayThenTodayThenPast() {
		assertThat(booster(TODAY.plusDays(1), null).statusOn(TODAY)).isEqualTo(Booster.Status.UPCOMING);
		assertThat(booster(TODAY, null).statusOn(TODAY)).isEqualTo(Booster.Status.TODAY);
		assertThat(booster(TODAY.minusDays(1), null).statusOn(TODAY)).isEqualTo(Booster.Status.PAST);
		assertThat(booster(TODAY.plusDays(1), Instant.EPOCH).statusOn(TODAY)).isEqualTo(Booster.Status.CANCELLED);
	}

	@Test
	void onlyAnUpcomingBoosterIsCancellable() {
		assertThat(new Booster.Seen(booster(TODAY.plusDays(1), null), Booster.Status.UPCOMING, false).isCancellable())
			.isTrue();
		assertThat(new Booster.Seen(booster(TODAY, null), Booster.Status.TODAY, false).isCancellable()).isFalse();
	}

	@Test
	void theFormSendsTheChosenPracticeAndLeavesTheGapOutForASingleTuneUp() {
		UUID assignment = UUID.randomUUID();

		BoosterRequest single = BoosterForm
			.from(Map.of("practice", "template:mindful-breathing", "startDate", "2026-03-30", "times", "1",
					"everyWeeks", "4"))
			.toRequest();
		BoosterRequest series = BoosterForm
			.from(Map.of("practice", "assignment:" + assignment, "startDate", "2026-03-30", "times", "3", "everyWeeks",
					""))
			.toRequest();

		assertThat(single.templateKey()).isEqualTo("mindful-breathing");
		assertThat(single.fromAssignmentId()).isNull();
		assertThat(single.everyWeeks()).isNull();
		assertThat(single.startDate()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(series.fromAssignmentId()).isEqualTo(assignment);
		assertThat(series.templateKey()).isNull();
		assertThat(series.times()).isEqualTo(3);
		assertThat(series.everyWeeks()).isNull();
	}

	private static Booster booster(LocalDate day, Instant cancelled) {
		return new Booster(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"mindful-breathing", "Tune-up: Breathing", day, null, cancelled);
	}

}
