package org.bridgework.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * The client's wins: counted from what they did, in their own weeks, never from what they
 * missed.
 */
class WinsApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void winsCountDaysWeeksTheBestWeekAndTheMoodLift() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Assignment breathing = this.api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
		LocalDate monday = client.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		// This week one day (twice), last week three days, the week before one.
		for (LocalDate day : List.of(monday, monday, monday.minusDays(7), monday.minusDays(6), monday.minusDays(5),
				monday.minusDays(14))) {
			this.api.record(client, breathing, entryBody(day, validAnswers("mindful-breathing")));
		}

		JsonNode wins = this.api.http().get(client.token(), "/api/v1/me/wins").expect(200).json();

		assertThat(wins.get("daysThisWeek").intValue()).isEqualTo(1);
		assertThat(wins.get("practices").intValue()).isEqualTo(6);
		assertThat(wins.get("weeks").intValue()).isEqualTo(3);
		assertThat(wins.get("bestWeekDays").intValue()).isEqualTo(3);
		// Every day is planned, so no practice this week lies beyond the plan.
		assertThat(wins.get("extraThisWeek").intValue()).isZero();
		assertThat(wins.get("moodEntries").intValue()).isEqualTo(6);
		assertThat(wins.get("moodChange").doubleValue()).isEqualTo(3.0);
	}

	@Test
	void aClientWithNothingYetHasNothingCountedAgainstThem() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode wins = this.api.http().get(client.token(), "/api/v1/me/wins").expect(200).json();

		assertThat(wins.get("practices").intValue()).isZero();
		assertThat(wins.get("moodChange").isNull()).isTrue();
		assertThat(this.api.http().get(clinician.token(), "/api/v1/me/wins").status()).isEqualTo(403);
	}

}
