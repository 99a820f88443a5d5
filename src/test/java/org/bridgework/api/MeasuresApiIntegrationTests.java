package org.bridgework.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.safety.CrisisSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures as the contract describes them: a client answers, the server scores, the
 * series is read by the client and their clinicians only; schedules by clinicians.
 */
class MeasuresApiIntegrationTests extends ApiIntegrationTestBase {

	@Autowired
	private CrisisSignalsHeard signals;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPhq9IsScoredAndReadBackInTheSeries() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode taken = take(client, "PHQ-9", List.of(1, 2, 1, 2, 1, 2, 1, 2, 0)).expect(201).json();

		assertThat(taken.get("instrument").stringValue()).isEqualTo("PHQ-9");
		assertThat(taken.get("total").intValue()).isEqualTo(12);
		assertThat(taken.get("severity").stringValue()).isEqualTo("moderate");
		assertThat(taken.get("flags").isArray()).isTrue();
		assertThat(taken.get("flags")).isEmpty();
		assertThat(taken.get("crisisResources").isArray()).isTrue();
		assertThat(taken.get("crisisResources")).isEmpty();
		JsonNode series = this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + client.id() + "/measures?instrument=PHQ-9")
			.expect(200)
			.json();
		assertThat(series).hasSize(1);
		assertThat(series.get(0).get("id").stringValue()).isEqualTo(taken.get("id").stringValue());
		assertThat(series.get(0).get("total").intValue()).isEqualTo(12);
		assertThat(series.get(0).get("severity").stringValue()).isEqualTo("moderate");
		assertThat(series.get(0).get("takenAt").stringValue()).isNotBlank();
	}

	@Test
	void item9AboveZeroFlagsGivesCrisisResourcesAndSignalsInsideTheStoringTransaction() {
		Client client = this.api.newClientOf(this.api.newClinician());

		JsonNode taken = take(client, "PHQ-9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 1)).expect(201).json();

		assertThat(taken.get("flags").get(0).stringValue()).isEqualTo("ITEM9_POSITIVE");
		assertThat(taken.get("crisisResources")).isNotEmpty();
		assertThat(taken.get("crisisResources").get(0).get("name").stringValue()).isNotBlank();
		UUID responseId = UUID.fromString(taken.get("id").stringValue());
		List<CrisisSignalsHeard.Heard> heard = this.signals.all()
			.stream()
			.filter((h) -> responseId.equals(h.signal().sourceId()))
			.toList();
		assertThat(heard).hasSize(1);
		assertThat(heard.get(0).signal())
			.isEqualTo(new CrisisSignal(client.id(), CrisisSignal.Kind.PHQ9_ITEM9, responseId));
		assertThat(heard.get(0).inTransaction()).isTrue();
		assertThat(heard.get(0).transactionName()).endsWith("Measures.take");
	}

	@Test
	void noSignalWithoutItem9() {
		Client client = this.api.newClientOf(this.api.newClinician());

		take(client, "PHQ-9", List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)).expect(201);

		assertThat(this.signals.all()).noneMatch((h) -> client.id().equals(h.signal().clientId()));
	}

	@ParameterizedTest(name = "{0} with {1} answers")
	@CsvSource({ "PHQ-9,8", "PHQ-9,10", "GAD-7,6", "GAD-7,9", "PHQ-2,3", "GAD-2,1", "PCL-5,19" })
	void theWrongNumberOfAnswersIsRefusedAndNothingStored(String instrument, int count) {
		Client client = this.api.newClientOf(this.api.newClinician());

		List<String> fields = take(client, instrument, Collections.nCopies(count, 1)).expect(400).invalidFields();

		assertThat(fields).containsExactly("answers");
		assertThat(stored(client)).isZero();
	}

	@Test
	void anAnswerOutOfRangeIsNamedByItsPlace() {
		Client client = this.api.newClientOf(this.api.newClinician());
		List<Integer> answers = new ArrayList<>(List.of(0, 1, 2, 4, 0, -1, 0));

		ApiResponse refused = take(client, "GAD-7", answers).expect(400);

		assertThat(refused.invalidFields()).containsExactly("answers[3]", "answers[5]");
		answers.set(3, null);
		answers.set(5, 3);
		assertThat(take(client, "GAD-7", answers).expect(400).invalidFields()).containsExactly("answers[3]");
		assertThat(take(client, "PCL-5", Collections.nCopies(20, 5)).expect(400).invalidFields()).hasSize(20);
		assertThat(stored(client)).isZero();
	}

	@Test
	void missingAnswersAndAnUnknownInstrument() {
		Client client = this.api.newClientOf(this.api.newClinician());

		assertThat(
				this.api.http().post(client.token(), "/api/v1/me/measures/PHQ-9", Map.of()).expect(400).invalidFields())
			.containsExactly("answers");
		this.api.http().post(client.token(), "/api/v1/me/measures/BDI-II", Map.of("answers", List.of(1))).expect(404);
		assertThat(stored(client)).isZero();
	}

	@Test
	void theDifficultyQuestionIsOptionalAndNotScored() {
		Client client = this.api.newClientOf(this.api.newClinician());
		List<Integer> answers = List.of(1, 1, 1, 1, 1, 1, 1, 1, 0);

		JsonNode with = this.api.http()
			.post(client.token(), "/api/v1/me/measures/PHQ-9", Map.of("answers", answers, "difficulty", 3))
			.expect(201)
			.json();
		JsonNode without = take(client, "PHQ-9", answers).expect(201).json();

		assertThat(with.get("total").intValue()).isEqualTo(8).isEqualTo(without.get("total").intValue());
		assertThat(this.api.http()
			.post(client.token(), "/api/v1/me/measures/PHQ-9", Map.of("answers", answers, "difficulty", 4))
			.expect(400)
			.invalidFields()).containsExactly("difficulty");
	}

	@Test
	void screenersAndThePcl5() {
		Client client = this.api.newClientOf(this.api.newClinician());

		JsonNode phq2 = take(client, "PHQ-2", List.of(2, 1)).expect(201).json();
		JsonNode gad2 = take(client, "GAD-2", List.of(1, 1)).expect(201).json();
		List<Integer> pcl = new ArrayList<>(Collections.nCopies(20, 0));
		pcl.set(0, 4);
		pcl.set(5, 3);
		pcl.set(7, 4);
		pcl.set(8, 4);
		pcl.set(14, 4);
		pcl.set(19, 4);
		pcl.set(18, 4);
		pcl.set(17, 4);
		JsonNode pcl5 = take(client, "PCL-5", pcl).expect(201).json();

		assertThat(phq2.get("severity").stringValue()).isEqualTo("positive screen");
		assertThat(gad2.get("severity").stringValue()).isEqualTo("negative screen");
		assertThat(pcl5.get("total").intValue()).isEqualTo(31);
		assertThat(pcl5.get("cutOffZone").stringValue()).isEqualTo("IN");
		assertThat(pcl5.get("clusters").get("B").intValue()).isEqualTo(4);
		assertThat(pcl5.get("clusters").get("C").intValue()).isEqualTo(3);
		assertThat(pcl5.get("clusters").get("D").intValue()).isEqualTo(8);
		assertThat(pcl5.get("clusters").get("E").intValue()).isEqualTo(16);
		JsonNode all = this.api.http()
			.get(client.token(), "/api/v1/clients/" + client.id() + "/measures")
			.expect(200)
			.json();
		assertThat(all).hasSize(3);
		assertThat(this.api.http()
			.get(client.token(), "/api/v1/clients/" + client.id() + "/measures?instrument=GAD-2")
			.expect(200)
			.json()).hasSize(1);
	}

	@Test
	void onlyTheClientAndTheirCliniciansReadTheSeries() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		take(client, "GAD-7", List.of(3, 3, 3, 3, 3, 3, 3)).expect(201);
		Client other = this.api.newClientOf(clinician);
		Clinician stranger = this.api.newClinician();
		String path = "/api/v1/clients/" + client.id() + "/measures?instrument=GAD-7";

		assertThat(this.api.http().get(client.token(), path).expect(200).json().get(0).get("severity").stringValue())
			.isEqualTo("severe");
		this.api.http().get(other.token(), path).expect(404);
		this.api.http().get(stranger.token(), path).expect(404);
		this.api.http()
			.post(clinician.token(), "/api/v1/me/measures/GAD-7", Map.of("answers", List.of(0, 0, 0, 0, 0, 0, 0)))
			.expect(403);
	}

	@Test
	void aScheduleIsDueUntilAnsweredAndCanBeStopped() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String schedules = "/api/v1/clients/" + client.id() + "/measure-schedules";

		JsonNode schedule = this.api.http()
			.post(clinician.token(), schedules,
					Map.of("instrument", "PHQ-9", "every", "WEEKLY", "startDate", client.today()))
			.expect(201)
			.json();
		assertThat(schedule.get("due").booleanValue()).isTrue();
		assertThat(schedule.get("nextDue").stringValue()).isEqualTo(client.today().toString());
		take(client, "PHQ-9", Collections.nCopies(9, 0)).expect(201);
		JsonNode after = this.api.http().get(client.token(), schedules).expect(200).json();
		assertThat(after.get(0).get("due").booleanValue()).isFalse();
		assertThat(after.get(0).get("nextDue").stringValue()).isEqualTo(client.today().plusWeeks(1).toString());

		this.api.http()
			.send("DELETE", "/api/v1/measure-schedules/" + schedule.get("id").stringValue(), client.token(), null,
					Map.of())
			.expect(403);
		this.api.http()
			.send("DELETE", "/api/v1/measure-schedules/" + schedule.get("id").stringValue(), clinician.token(), null,
					Map.of())
			.expect(204);
		assertThat(this.api.http().get(clinician.token(), schedules).expect(200).json()).isEmpty();
	}

	@Test
	void beforeEachSessionIsDueInTheWindowBeforeTheNextSessionUntilAnswered() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician, "Pacific/Auckland");
		String schedules = "/api/v1/clients/" + client.id() + "/measure-schedules";
		LocalDate today = client.today();

		JsonNode schedule = this.api.http()
			.post(clinician.token(), schedules,
					Map.of("instrument", "GAD-7", "every", "BEFORE_SESSION", "startDate", today))
			.expect(201)
			.json();
		assertThat(schedule.get("every").stringValue()).isEqualTo("BEFORE_SESSION");
		assertThat(schedule.get("due").booleanValue()).isFalse();
		assertThat(schedule.get("nextDue").isNull()).isTrue();

		addSession(clinician, client, today.plusDays(2));
		JsonNode due = this.api.http().get(client.token(), schedules).expect(200).json().get(0);
		assertThat(due.get("due").booleanValue()).isTrue();
		assertThat(due.get("nextDue").stringValue()).isEqualTo(today.toString());

		take(client, "GAD-7", Collections.nCopies(7, 1)).expect(201);
		JsonNode answered = this.api.http().get(client.token(), schedules).expect(200).json().get(0);
		assertThat(answered.get("due").booleanValue()).isFalse();
		assertThat(answered.get("nextDue").isNull()).isTrue();

		addSession(clinician, client, today.plusDays(9));
		JsonNode next = this.api.http().get(clinician.token(), schedules).expect(200).json().get(0);
		assertThat(next.get("due").booleanValue()).isFalse();
		assertThat(next.get("nextDue").stringValue()).isEqualTo(today.plusDays(6).toString());
	}

	@Test
	void beforeEachSessionIsNotDueForASessionThatIsStillMoreThanThreeDaysAway() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String schedules = "/api/v1/clients/" + client.id() + "/measure-schedules";
		addSession(clinician, client, client.today().plusDays(4));

		JsonNode schedule = this.api.http()
			.post(clinician.token(), schedules,
					Map.of("instrument", "PHQ-9", "every", "BEFORE_SESSION", "startDate", client.today()))
			.expect(201)
			.json();

		assertThat(schedule.get("due").booleanValue()).isFalse();
		assertThat(schedule.get("nextDue").stringValue()).isEqualTo(client.today().plusDays(1).toString());
		assertThat(this.jdbc.sql("select every from measure_schedule where client_id = :id")
			.param("id", client.id())
			.query(String.class)
			.single()).isEqualTo("BEFORE_SESSION");
	}

	@Test
	void aScheduleNeedsAKnownInstrumentARhythmAndANearStart() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("instrument", "BDI");
		body.put("startDate", client.today().minusDays(60));

		List<String> fields = this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + client.id() + "/measure-schedules", body)
			.expect(400)
			.invalidFields();

		assertThat(fields).containsExactly("instrument", "every", "startDate");
	}

	private void addSession(Clinician clinician, Client client, LocalDate day) {
		this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + client.id() + "/sessions", Map.of("date", day))
			.expect(201);
	}

	private ApiResponse take(Client client, String instrument, List<Integer> answers) {
		return this.api.http().post(client.token(), "/api/v1/me/measures/" + instrument, Map.of("answers", answers));
	}

	private int stored(Client client) {
		return this.jdbc.sql("select count(*) from measure_response where client_id = :id")
			.param("id", client.id())
			.query(Integer.class)
			.single();
	}

}
