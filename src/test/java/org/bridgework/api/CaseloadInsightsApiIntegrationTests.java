package org.bridgework.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * Homework across a clinician's caseload, by template, through the API: counts follow the
 * adherence rules in each client's own time zone, what got in the way is counted per
 * skipped occurrence, and another clinician's clients never count.
 */
class CaseloadInsightsApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void countsEveryTemplateAcrossTheClinicianOwnClientsOnlyInEachClientsWeeks() {
		Clinician clinician = this.api.newClinician();
		Client robin = this.api.newClientOf(clinician, "Europe/London");
		Client sam = this.api.newClientOf(clinician, "Pacific/Auckland");
		Clinician other = this.api.newClinician();
		Client jordan = this.api.newClientOf(other, "America/Los_Angeles");

		// Robin: 14 planned days of breathing, 3 done (one twice, one kept private), 2
		// skipped; a skip on a day practised counts for nothing, and of two skips on one
		// day the one recorded last says what got in the way.
		Assignment robinBreathing = this.api.assign(clinician, robin,
				assignmentBody("mindful-breathing", EVERY_DAY, robin.today().minusDays(13), null));
		this.api.record(robin, robinBreathing, robin.today().minusDays(1));
		this.api.record(robin, robinBreathing, robin.today().minusDays(2));
		this.api.record(robin, robinBreathing, robin.today().minusDays(2));
		Map<String, Object> kept = entryBody(robin.today().minusDays(3), validAnswers("mindful-breathing"));
		kept.put("private", true);
		kept.put("note", "Only mine");
		this.api.record(robin, robinBreathing, kept);
		skip(robin, robinBreathing, robin.today().minusDays(1), "DOUBTS", "Did it after all");
		skip(robin, robinBreathing, robin.today().minusDays(4), "FORGOT", null);
		skip(robin, robinBreathing, robin.today().minusDays(5), "NO_TIME", null);
		skip(robin, robinBreathing, robin.today().minusDays(5), "FORGOT", "Thought about it again");
		// Sam, a day ahead of London: 7 planned days of breathing, 2 done, 1 skipped; and
		// 2
		// planned days of the mood log with nothing recorded.
		Assignment samBreathing = this.api.assign(clinician, sam,
				assignmentBody("mindful-breathing", EVERY_DAY, sam.today().minusDays(6), null));
		this.api.record(sam, samBreathing, sam.today());
		this.api.record(sam, samBreathing, sam.today().minusDays(1));
		skip(sam, samBreathing, sam.today().minusDays(2), "TOO_HARD", "Too much at work");
		this.api.assign(clinician, sam, assignmentBody("mood-log", EVERY_DAY, sam.today().minusDays(1), null));
		// Jordan is another clinician's client.
		Assignment jordanBreathing = this.api.assign(other, jordan,
				assignmentBody("mindful-breathing", EVERY_DAY, jordan.today().minusDays(20), null));
		this.api.record(jordan, jordanBreathing, jordan.today());
		skip(jordan, jordanBreathing, jordan.today().minusDays(1), "OVERWHELMED", "Jordan's own words");

		JsonNode mine = insights(clinician, "");
		JsonNode theirs = insights(other, "");

		assertThat(mine.get("weeks").intValue()).isEqualTo(8);
		assertThat(mine.get("from").stringValue())
			.isEqualTo(earlier(monday(robin.today()), monday(sam.today())).minusWeeks(7).toString());
		JsonNode templates = mine.get("templates");
		assertThat(templates.size()).isEqualTo(2);
		JsonNode breathing = templates.get(0);
		assertThat(breathing.get("templateKey").stringValue()).isEqualTo("mindful-breathing");
		assertThat(breathing.get("name").stringValue()).isEqualTo("Mindful breathing");
		assertThat(breathing.get("clients").intValue()).isEqualTo(2);
		assertThat(breathing.get("expected").intValue()).isEqualTo(21);
		assertThat(breathing.get("completed").intValue()).isEqualTo(5);
		assertThat(breathing.get("skipped").intValue()).isEqualTo(3);
		assertThat(breathing.get("rate").doubleValue()).isCloseTo(5.0 / 21, within(1e-9));
		assertThat(reasons(breathing.get("reasons"))).containsExactly("FORGOT:2", "TOO_HARD:1");
		JsonNode moodLog = templates.get(1);
		assertThat(moodLog.get("templateKey").stringValue()).isEqualTo("mood-log");
		assertThat(moodLog.get("clients").intValue()).isEqualTo(1);
		assertThat(moodLog.get("expected").intValue()).isEqualTo(2);
		assertThat(moodLog.get("completed").intValue()).isZero();
		assertThat(moodLog.get("rate").doubleValue()).isZero();
		assertThat(moodLog.get("reasons").size()).isZero();
		JsonNode skipReasons = mine.get("skipReasons");
		assertThat(reasons(skipReasons)).containsExactly("FORGOT:2", "TOO_HARD:1");
		assertThat(skipReasons.get(0).get("share").doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(mine.toString()).doesNotContain("Only mine", "Thought about it again", "Too much at work",
				"OVERWHELMED", "Jordan", robin.id().toString(), robinBreathing.id().toString());

		assertThat(theirs.get("templates").size()).isEqualTo(1);
		assertThat(theirs.get("templates").get(0).get("clients").intValue()).isEqualTo(1);
		assertThat(theirs.get("templates").get(0).get("expected").intValue()).isEqualTo(21);
		assertThat(theirs.get("templates").get(0).get("completed").intValue()).isEqualTo(1);
		assertThat(reasons(theirs.get("skipReasons"))).containsExactly("OVERWHELMED:1");
		assertThat(theirs.toString()).doesNotContain("FORGOT", "TOO_HARD", "mood-log");
	}

	@Test
	void aClinicianOwnTemplateGoesByItsNameAndNothingPlannedHasNoRate() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String own = this.api.http()
			.post(clinician.token(), "/api/v1/templates/mindful-breathing/copies", Map.of("name", "Walk and breathe"))
			.expect(201)
			.json()
			.get("key")
			.stringValue();
		// Planned for tomorrow only: in the weeks, with nothing planned up to today.
		this.api.assign(clinician, client,
				assignmentBody(own, List.of(client.today().plusDays(1).getDayOfWeek().name().substring(0, 3)),
						client.today().minusDays(3), null));

		JsonNode line = insights(clinician, "?weeks=1").get("templates").get(0);

		assertThat(line.get("templateKey").stringValue()).isEqualTo(own);
		assertThat(line.get("name").stringValue()).isEqualTo("Walk and breathe");
		assertThat(line.get("clients").intValue()).isEqualTo(1);
		assertThat(line.get("expected").intValue()).isZero();
		assertThat(line.get("rate").isNull()).isTrue();
	}

	@Test
	void withoutClientsThereIsNothingYetAndTheWeeksAreKeptSensible() {
		Clinician clinician = this.api.newClinician();

		JsonNode none = insights(clinician, "");
		JsonNode many = insights(clinician, "?weeks=500");
		ApiResponse nonsense = this.api.http().get(clinician.token(), "/api/v1/me/caseload-insights?weeks=lots");

		assertThat(none.get("templates").size()).isZero();
		assertThat(none.get("skipReasons").size()).isZero();
		assertThat(many.get("weeks").intValue()).isEqualTo(26);
		assertThat(nonsense.status()).isEqualTo(400);
		nonsense.assertProblemShape();
	}

	@Test
	void clientsAreRefused() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		ApiResponse refused = this.api.http().get(client.token(), "/api/v1/me/caseload-insights");

		assertThat(refused.status()).isEqualTo(403);
		refused.assertProblemShape();
	}

	private JsonNode insights(Clinician clinician, String query) {
		return this.api.http().get(clinician.token(), "/api/v1/me/caseload-insights" + query).expect(200).json();
	}

	private void skip(Client client, Assignment assignment, LocalDate day, String reason, String note) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("occurredOn", day, "reason", reason));
		if (note != null) {
			body.put("note", note);
		}
		this.api.postSkip(client, assignment, body).expect(201);
	}

	private static List<String> reasons(JsonNode reasons) {
		return reasons.values()
			.stream()
			.map((reason) -> reason.get("reason").stringValue() + ":" + reason.get("count").intValue())
			.toList();
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private static LocalDate earlier(LocalDate one, LocalDate other) {
		return one.isBefore(other) ? one : other;
	}

}
