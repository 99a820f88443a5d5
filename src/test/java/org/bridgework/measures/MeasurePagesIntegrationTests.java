package org.bridgework.measures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The measures' pages on the real database: a scheduled questionnaire on Today, the form
 * with its published words, a refused form that keeps every answer, the result (crisis
 * resources first after item 9), the client's own history, and the clinician's section.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeasurePagesIntegrationTests {

	private static final String ZONE = "Pacific/Auckland";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private Measures measures;

	@Autowired
	private JdbcClient jdbc;

	private CurrentUser clinician;

	private UUID clientId;

	private CurrentUser client;

	private LocalDate today;

	@BeforeEach
	void aClientInAuckland() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		TestPeople.Client added = people.clientOf(this.clinician, "Sam", ZONE);
		this.clientId = added.id();
		this.client = added.user();
		this.today = LocalDate.now(ZoneId.of(ZONE));
	}

	@Test
	void aScheduledPhq9ShowsOnTodayUntilTakenInTheClientsTimeZone() throws Exception {
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/measure-schedules"))
				.param("instrument", "PHQ-9")
				.param("every", "WEEKLY")
				.param("startDate", this.today.toString()))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?scheduled#measures"));

		assertThat(page(this.client, get("/today"))).contains("A questionnaire for you", "href=\"/measures/PHQ-9\"");
		this.measures.take(this.client, "PHQ-9", List.of(0, 0, 1, 0, 0, 0, 0, 0, 0), null);
		assertThat(page(this.client, get("/today"))).doesNotContain("A questionnaire for you")
			.contains("href=\"/measures\"");
	}

	@Test
	void aScheduleThatStartsTomorrowIsNotDueYet() throws Exception {
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/measure-schedules"))
				.param("instrument", "GAD-7")
				.param("every", "MONTHLY")
				.param("startDate", this.today.plusDays(1).toString()))
			.andExpect(status().is3xxRedirection());

		assertThat(page(this.client, get("/today"))).doesNotContain("A questionnaire for you");
		assertThat(page(this.clinician, get("/clients/" + this.clientId))).contains("GAD-7", "Every month", "Stop");
	}

	@Test
	void theScheduleFormOffersBeforeEachSessionInPlainWords() throws Exception {
		String form = page(this.clinician, get("/clients/" + this.clientId + "/measure-schedules/new"));

		assertThat(form).contains("When to ask", "Every week", "id=\"every-BEFORE_SESSION\"",
				"value=\"BEFORE_SESSION\"", "Before each session", "follows the session dates you add in Sessions",
				"from 3 days before each session until the session day", "aria-describedby=\"every-hint\"",
				"First day");
	}

	@Test
	void beforeEachSessionSaysWhenThereIsNoNextSessionAndAsksOnceOneIsNear() throws Exception {
		String sessions = "href=\"/clients/" + this.clientId + "/sessions\"";
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/measure-schedules"))
				.param("instrument", "PHQ-9")
				.param("every", "BEFORE_SESSION")
				.param("startDate", this.today.toString()))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?scheduled#measures"));

		assertThat(page(this.clinician, get("/clients/" + this.clientId))).contains(
				"PHQ-9 (how your mood has been), Before each session", "no next session date yet", sessions,
				"add one in Sessions");
		assertThat(page(this.client, get("/today"))).doesNotContain("A questionnaire for you");

		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/sessions")).param("date",
					this.today.plusDays(1).toString()))
			.andExpect(status().is3xxRedirection());

		assertThat(page(this.client, get("/today"))).contains("A questionnaire for you", "href=\"/measures/PHQ-9\"");
		assertThat(page(this.clinician, get("/clients/" + this.clientId))).contains("due now, before the session on")
			.doesNotContain("no next session date yet");
		this.measures.take(this.client, "PHQ-9", List.of(0, 0, 1, 0, 0, 0, 0, 0, 0), null);
		assertThat(page(this.client, get("/today"))).doesNotContain("A questionnaire for you");
		assertThat(page(this.clinician, get("/clients/" + this.clientId))).contains("no next session date yet",
				"add one in Sessions");
	}

	@Test
	void theFormHasOneFieldsetPerItemWithThePublishedWordsAndItsSource() throws Exception {
		String form = page(this.client, get("/measures/PHQ-9"));

		assertThat(form.split("<fieldset", -1)).hasSize(11);
		assertThat(form).contains(
				"Over the last 2 weeks, how often have you been bothered by any of the following problems?",
				"Little interest or pleasure in doing things",
				"Thoughts that you would be better off dead or of hurting yourself in some way",
				"More than half the days", "Nearly every day", "If you checked off any problems, how difficult",
				"Extremely difficult", "Kroenke", "free to use", "name=\"answers[8]\"");
		assertThat(page(this.client, get("/measures/PCL-5"))).contains("Quite a bit", "Weathers", "Public domain",
				"Trouble falling or staying asleep?");
	}

	@Test
	void aRefusedFormKeepsEveryAnswerAndSaysWhichAreMissing() throws Exception {
		String refused = this.mvc
			.perform(as(this.client, post("/measures/GAD-7")).param("answers[0]", "2")
				.param("answers[1]", "1")
				.param("answers[3]", "3"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refused)
			.contains("A few answers are missing", "id=\"answers-2-error\"", "id=\"answers-4-error\"",
					"Please choose an answer for question 3.", "aria-invalid=\"true\"")
			.doesNotContain("id=\"answers-0-error\"", "id=\"answers-3-error\"");
		assertThat(refused).containsPattern("id=\"answers-0-2\"[^>]*checked")
			.containsPattern("id=\"answers-3-3\"[^>]*checked");
		assertThat(stored()).isZero();
	}

	@Test
	void item9AboveZeroShowsCrisisResourcesFirstAndSaysTheClinicianWillBeTold() throws Exception {
		String location = this.mvc
			.perform(as(this.client, post("/measures/PHQ-9")).params(answers(0, 0, 0, 0, 0, 0, 0, 0, 2)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String result = page(this.client, get(location));

		assertThat(result).contains("You don&#39;t have to carry this alone", "Your clinician will be told",
				"href=\"/help\"", "href=\"tel:");
		assertThat(result.indexOf("crisis-now")).isLessThan(result.indexOf("Your total: 2 of 27"));
	}

	@Test
	void aCalmResultWithoutItem9HasNoCrisisBlock() throws Exception {
		String location = this.mvc
			.perform(as(this.client, post("/measures/PHQ-9")).params(answers(1, 1, 1, 1, 1, 1, 1, 1, 0)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String result = page(this.client, get(location));

		assertThat(result).contains("Your total: 8 of 27", "In plain words: Some signs (mild)")
			.doesNotContain("crisis-now");
	}

	@Test
	void theClientsHistoryAndTheClinicianSectionShowDatesTotalsAndPlainBands() throws Exception {
		this.measures.take(this.client, "PHQ-9", List.of(3, 3, 3, 3, 3, 3, 0, 0, 0), null);
		this.measures.take(this.client, "GAD-7", List.of(1, 1, 1, 1, 1, 1, 1), null);
		this.measures.take(this.client, "PHQ-9", List.of(1, 1, 1, 0, 0, 0, 0, 0, 1), null);

		String history = page(this.client, get("/measures"));
		String clientPage = page(this.clinician, get("/clients/" + this.clientId));

		assertThat(history)
			.contains("Your questionnaires", "<caption>PHQ-9 (how your mood has been)</caption>",
					"Quite a lot (moderately severe)", "Few or no signs right now", "Some signs (mild)",
					"<th scope=\"col\">Date</th>")
			.doesNotContain("style=");
		assertThat(clientPage).contains("Questionnaires", "Latest results", "4: Few or no signs right now",
				"Item 9 above 0", "7: Some signs (mild)", "Schedule a questionnaire");
	}

	@Test
	void aClinicianStopsAScheduleOnlyAfterConfirming() throws Exception {
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/measure-schedules"))
				.param("instrument", "PHQ-2")
				.param("every", "FORTNIGHTLY")
				.param("startDate", this.today.toString()))
			.andExpect(status().is3xxRedirection());
		UUID schedule = this.jdbc.sql("select id from measure_schedule where client_id = :id")
			.param("id", this.clientId)
			.query(UUID.class)
			.single();

		String confirm = page(this.clinician, get("/measure-schedules/" + schedule + "/stop"));
		this.mvc.perform(as(this.clinician, post("/measure-schedules/" + schedule + "/stop")))
			.andExpect(redirectedUrl("/measure-schedules/" + schedule + "/stop"));
		assertThat(page(this.client, get("/today"))).contains("href=\"/measures/PHQ-2\"");
		this.mvc.perform(as(this.clinician, post("/measure-schedules/" + schedule + "/stop")).param("confirm", "yes"))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?stopped#measures"));

		assertThat(confirm).contains("Stop this schedule?", "Yes, stop the schedule", "Keep it");
		assertThat(page(this.client, get("/today"))).doesNotContain("href=\"/measures/PHQ-2\"");
	}

	@Test
	void aScheduleFormWithBadInputSaysWhatIsWrongNextToEachField() throws Exception {
		String refused = this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/measure-schedules"))
				.param("instrument", "PHQ-9")
				.param("startDate", "someday"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refused).contains("id=\"every-error\"", "id=\"startDate-error\"", "Please choose when to ask.")
			.doesNotContain("id=\"instrument-error\"");
	}

	@Test
	void answersGivenEarlier_keepTheirMoment_andAMomentStillToCome_isRefused() {
		Instant lastWeek = Instant.now().minus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

		MeasureResponse earlier = this.measures.takeEarlier(this.client, "GAD-7", List.of(1, 1, 1, 1, 1, 1, 1), null,
				lastWeek);

		assertThat(this.measures.get(this.clinician, earlier.id()).takenAt()).isEqualTo(lastWeek);
		assertThatThrownBy(() -> this.measures.takeEarlier(this.client, "GAD-7", List.of(1, 1, 1, 1, 1, 1, 1), null,
				Instant.now().plus(Duration.ofHours(1))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("takenAt"));
		assertThat(stored()).isEqualTo(1);
	}

	private static org.springframework.util.MultiValueMap<String, String> answers(int... values) {
		org.springframework.util.MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		for (int i = 0; i < values.length; i++) {
			form.add("answers[" + i + "]", String.valueOf(values[i]));
		}
		return form;
	}

	private int stored() {
		return this.jdbc.sql("select count(*) from measure_response where client_id = :id")
			.param("id", this.clientId)
			.query(Integer.class)
			.single();
	}

	private String page(CurrentUser user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(TestPeople.signedIn(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(TestPeople.signedIn(user)).with(csrf());
	}

}
