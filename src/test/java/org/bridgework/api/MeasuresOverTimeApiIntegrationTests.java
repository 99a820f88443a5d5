package org.bridgework.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;

/**
 * Questionnaires over time with their bands, and homework beside them: the stretches
 * between two results in the client's own days, what each held, and a reading that counts
 * only from four stretches on and never claims a cause.
 */
class MeasuresOverTimeApiIntegrationTests extends ApiIntegrationTestBase {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void homeworkBesideThePhq9CountsTheStretchesBetweenResultsInTheClientsOwnDays() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Asia/Kolkata");
		LocalDate today = client.today();
		Assignment breathing = this.api.assign(clinician, client,
				assignmentBody("mindful-breathing", EVERY_DAY, today.minusDays(40), null));
		// Five weekly results: four stretches of seven planned days each.
		int[] totals = { 16, 12, 13, 13, 9 };
		int[] practised = { 6, 5, 1, 7 };
		for (int week = 0; week < totals.length; week++) {
			LocalDate day = today.minusDays(35 - 7L * week);
			answeredOn(client, "PHQ-9", totals[week], day);
			for (int d = 0; week < practised.length && d < practised[week]; d++) {
				this.api.record(client, breathing, day.plusDays(d));
			}
		}

		JsonNode asClinician = outcome(clinician, client, "?instrument=PHQ-9");
		JsonNode asClient = outcome(client, client, "?instrument=PHQ-9");

		assertThat(asClinician.size()).isEqualTo(1);
		JsonNode phq9 = asClinician.get(0);
		assertThat(phq9.get("instrument").stringValue()).isEqualTo("PHQ-9");
		JsonNode stretches = phq9.get("stretches");
		assertThat(stretches.size()).isEqualTo(4);
		assertThat(stretches.get(0).get("from").stringValue()).isEqualTo(today.minusDays(35).toString());
		assertThat(stretches.get(0).get("to").stringValue()).isEqualTo(today.minusDays(29).toString());
		assertThat(stretches.get(0).get("expected").intValue()).isEqualTo(7);
		assertThat(stretches.get(0).get("completed").intValue()).isEqualTo(6);
		assertThat(stretches.get(0).get("change").intValue()).isEqualTo(-4);
		assertThat(stretches.get(2).get("completed").intValue()).isEqualTo(1);
		assertThat(stretches.get(2).get("change").intValue()).isZero();
		JsonNode reading = phq9.get("reading");
		assertThat(reading.get("enough").booleanValue()).isTrue();
		assertThat(reading.get("halfDone").intValue()).isEqualTo(3);
		assertThat(reading.get("halfDoneLower").intValue()).isEqualTo(2);
		assertThat(reading.get("lessDone").intValue()).isEqualTo(1);
		assertThat(reading.get("lessDoneLower").intValue()).isZero();
		assertThat(reading.get("text").stringValue())
			.startsWith("In 2 of 3 stretches with at least half the planned homework done, the next PHQ-9 was lower; "
					+ "in 0 of 1 with less done, it was lower.")
			.contains("may well be chance", "cannot show what caused the change")
			.doesNotContain("because", "helped");
		assertThat(asClient).isEqualTo(asClinician);
	}

	@Test
	void withFewerThanFourStretchesTheReadingSaysItIsTooEarlyAndCountsNothing() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		LocalDate today = client.today();
		Assignment breathing = this.api.assign(clinician, client,
				assignmentBody("mindful-breathing", EVERY_DAY, today.minusDays(20), null));
		answeredOn(client, "GAD-7", 12, today.minusDays(14));
		answeredOn(client, "GAD-7", 8, today.minusDays(7));
		this.api.record(client, breathing, today.minusDays(10));
		answeredOn(client, "PHQ-9", 5, today.minusDays(3));

		JsonNode all = outcome(clinician, client, "");

		assertThat(all.values().stream().map((o) -> o.get("instrument").stringValue()).toList())
			.containsExactly("PHQ-9", "GAD-7");
		JsonNode phq9 = all.get(0);
		assertThat(phq9.get("stretches").size()).isZero();
		JsonNode gad7 = all.get(1);
		assertThat(gad7.get("stretches").size()).isEqualTo(1);
		assertThat(gad7.get("reading").get("enough").booleanValue()).isFalse();
		assertThat(gad7.get("reading").get("halfDone").intValue()).isZero();
		assertThat(gad7.get("reading").get("text").stringValue()).isEqualTo(
				"Too early to compare homework with the GAD-7: one stretch between two results has homework planned, "
						+ "and at least 4 are needed before anything is counted.");
	}

	@Test
	void measuresOverTimeGiveEachInstrumentsResultsInTheWeeksWithTheBandsTheyAreReadIn() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "America/New_York");
		LocalDate today = client.today();
		answeredOn(client, "PHQ-9", 17, today.minusDays(70));
		answeredOn(client, "PHQ-9", 11, today.minusDays(14));
		answeredOn(client, "PHQ-9", 4, today);
		answeredOn(client, "PCL-5", 32, today.minusDays(1));

		JsonNode picture = this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/measures-over-time?weeks=4")
			.expect(200)
			.json();

		JsonNode series = picture.get("series");
		assertThat(series.size()).isEqualTo(2);
		JsonNode phq9 = series.get(0);
		assertThat(phq9.get("instrument").stringValue()).isEqualTo("PHQ-9");
		assertThat(phq9.get("maxTotal").intValue()).isEqualTo(27);
		assertThat(phq9.get("bands").size()).isEqualTo(5);
		assertThat(phq9.get("bands").get(3).get("severity").stringValue()).isEqualTo("moderately severe");
		assertThat(phq9.get("bands").get(3).get("from").intValue()).isEqualTo(15);
		// Ten weeks back is outside the four weeks asked for.
		assertThat(phq9.get("results").values().stream().map((r) -> r.get("total").intValue()).toList())
			.containsExactly(11, 4);
		assertThat(phq9.get("results").get(1).get("day").stringValue()).isEqualTo(today.toString());
		assertThat(phq9.get("results").get(1).get("severity").stringValue()).isEqualTo("minimal");
		JsonNode pcl5 = series.get(1);
		assertThat(pcl5.get("maxTotal").intValue()).isEqualTo(80);
		assertThat(pcl5.get("results").get(0).get("severity").stringValue()).isEqualTo("in cut-off zone");
	}

	@Test
	void anUnknownInstrumentIsNotFoundAndAStrangerLearnsNothing() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		answeredOn(client, "PHQ-9", 14, client.today());
		Clinician stranger = this.api.newClinician();

		ApiResponse unknown = this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/adherence-outcome?instrument=BDI-II");
		ApiResponse refused = this.api.http()
			.get(stranger.token(), "/api/v1/clients/" + client.id() + "/measures-over-time");

		assertThat(unknown.status()).isEqualTo(404);
		unknown.assertProblemShape();
		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.body()).doesNotContain("PHQ-9", "\"total\"");
	}

	/**
	 * The client answers the instrument with answers adding up to the total, on a past
	 * day.
	 */
	private void answeredOn(Client client, String instrument, int total, LocalDate day) {
		int items = switch (instrument) {
			case "PHQ-9" -> 9;
			case "GAD-7" -> 7;
			default -> 20;
		};
		int max = instrument.equals("PCL-5") ? 4 : 3;
		List<Integer> answers = new ArrayList<>();
		int left = total;
		for (int i = 0; i < items; i++) {
			// PHQ-9 item 9 stays at 0: these tests are not about alerts.
			int answer = (instrument.equals("PHQ-9") && i == 8) ? 0 : Math.min(max, left);
			answers.add(answer);
			left -= answer;
		}
		assertThat(left).as("a total the answers can reach").isZero();
		String id = this.api.http()
			.post(client.token(), "/api/v1/me/measures/" + instrument, Map.of("answers", answers))
			.expect(201)
			.json()
			.get("id")
			.stringValue();
		this.jdbc.sql("update measure_response set taken_at = :at where id = :id")
			.param("at",
					java.sql.Timestamp
						.from(day.atTime(LocalTime.NOON).atZone(ZoneId.of(client.timezone())).toInstant()))
			.param("id", UUID.fromString(id))
			.update();
	}

	private JsonNode outcome(ApiFixtures.Person reader, Client client, String query) {
		return this.api.http()
			.get(reader.token(), "/api/v1/clients/" + client.id() + "/adherence-outcome" + query)
			.expect(200)
			.json();
	}

}
