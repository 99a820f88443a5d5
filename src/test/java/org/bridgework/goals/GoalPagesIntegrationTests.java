package org.bridgework.goals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goals on the pages, on the real database: the clinician writes them with the client,
 * rewords and sets them aside (only with the tick), assigns homework to one, and sees the
 * client page grouped by goal; the client sees their goals on Today and on each practice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GoalPagesIntegrationTests {

	private static final String ZONE = "Europe/London";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private Assignments assignments;

	@Autowired
	private Goals goals;

	private CurrentUser clinician;

	private UUID clientId;

	private CurrentUser client;

	private LocalDate today;

	@BeforeEach
	void aClientInCare() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		TestPeople.Client added = people.clientOf(this.clinician, "Sam", ZONE);
		this.clientId = added.id();
		this.client = added.user();
		this.today = LocalDate.now(ZoneId.of(ZONE));
	}

	@Test
	void goalsPage_withoutGoals_explainsWhatToDo_andTheClientPageToo() throws Exception {
		String goalsPage = page(this.clinician, get("/clients/" + this.clientId + "/goals"));
		String clientPage = page(this.clinician, get("/clients/" + this.clientId));

		assertThat(goalsPage).contains("Goals with Sam", "No goals yet. Ask Sam what they&#39;d like to be different",
				"The goal, in their words", "Connection", "Growth", "Joy", "Contribution", "Or in their own word");
		assertThat(clientPage).contains("No goals yet. Write a few with your client",
				"Write and change goals together");
	}

	@Test
	void clinicianAddsAGoalTiedToAValue_orTheClientsOwnWord() throws Exception {
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/goals"))
				.param("words", "Sleep through more nights")
				.param("value", "Joy"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/goals")).param("words", "Call my sister")
				.param("value", "Joy")
				.param("valueOwn", "Family"))
			.andExpect(status().is3xxRedirection());

		List<Goal> written = this.goals.forClient(this.clinician, this.clientId);
		assertThat(written).extracting(Goal::words).containsExactly("Sleep through more nights", "Call my sister");
		assertThat(written).extracting(Goal::value).containsExactly("Joy", "Family");
		assertThat(page(this.clinician, get("/clients/" + this.clientId + "/goals?added")))
			.contains("The goal is added.", "What matters about it: Joy", "What matters about it: Family", "Move up");
	}

	@Test
	void aGoalWithoutWords_isRefusedNextToTheField_andNothingIsStored() throws Exception {
		String refused = this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/goals")).param("words", " ")
				.param("value", "Joy"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refused).contains("Please fill this in.", "aria-invalid=\"true\"",
				"aria-describedby=\"words-hint words-error\"", "id=\"words-error\"");
		assertThat(this.goals.forClient(this.clinician, this.clientId)).isEmpty();
	}

	@Test
	void rewording_andSettingAside_needTheTick_andRestoringBringsItBack() throws Exception {
		Goal goal = this.goals.add(this.clinician, this.clientId, "Sleep better", null);
		String path = "/clients/" + this.clientId + "/goals/" + goal.id();

		this.mvc
			.perform(as(this.clinician, post(path)).param("words", "Sleep through more nights").param("value", "Joy"))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/goals?saved#goal-" + goal.id()));
		this.mvc.perform(as(this.clinician, post(path + "/archive"))).andExpect(redirectedUrl(path + "?notArchived"));
		assertThat(this.goals.get(this.clinician, goal.id()).archived()).isFalse();
		String goalPage = page(this.clinician, get(path + "?notArchived"));
		this.mvc.perform(as(this.clinician, post(path + "/archive")).param("confirm", "yes"))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/goals?archived"));
		String setAside = page(this.clinician, get("/clients/" + this.clientId + "/goals?archived"));
		assertThat(this.goals.get(this.clinician, goal.id()).archived()).isTrue();
		this.mvc.perform(as(this.clinician, post(path + "/restore")))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/goals?restored#goal-" + goal.id()));

		assertThat(goalPage).contains("To set it aside, tick the box", "Yes, set this goal aside", "What changed",
				"Reworded: Sleep better \u2192 Sleep through more nights", "Value: none \u2192 Joy",
				"Written: Sleep better");
		assertThat(setAside).contains("The goal is set aside.", "Restore");
		Goal restored = this.goals.get(this.clinician, goal.id());
		assertThat(restored.archived()).isFalse();
		assertThat(restored.words()).isEqualTo("Sleep through more nights");
		assertThat(this.goals.history(this.clinician, goal.id())).extracting(GoalRevision::part)
			.contains("added", "words", "value", "archived");
	}

	@Test
	void assignForm_offersTheClientsGoals_andANewOne_andTheClientPageGroupsByGoal() throws Exception {
		Goal sleep = this.goals.add(this.clinician, this.clientId, "Sleep through more nights", "Joy");
		Goal calm = this.goals.add(this.clinician, this.clientId, "Feel calmer at work", "Growth");
		String form = page(this.clinician,
				get("/clients/" + this.clientId + "/assignments/new").param("template", "mindful-breathing"));
		assign("Breathing at bedtime", sleep.id().toString(), "");
		assign("Three good things", "new", "Call my sister once a week");
		assign("Quick mood check", "new", "");

		String clientPage = page(this.clinician, get("/clients/" + this.clientId));

		assertThat(form).contains("Which goal it serves", "Sleep through more nights", "(Joy)",
				"A new goal, written below (or none yet)", "A new goal, in their words");
		List<Goal> all = this.goals.forClient(this.clinician, this.clientId);
		assertThat(all).extracting(Goal::words)
			.containsExactly("Sleep through more nights", "Feel calmer at work", "Call my sister once a week");
		int sleepHeading = clientPage.indexOf("id=\"goal-group-" + sleep.id() + "\"");
		int calmHeading = clientPage.indexOf("id=\"goal-group-" + calm.id() + "\"");
		int untied = clientPage.indexOf("Not tied to a goal yet");
		assertThat(sleepHeading).isPositive();
		assertThat(clientPage.indexOf("Breathing at bedtime")).isBetween(sleepHeading, calmHeading);
		assertThat(clientPage.substring(calmHeading, untied)).contains("No homework serves this goal yet.");
		assertThat(clientPage.indexOf("Quick mood check")).isGreaterThan(untied);
		assertThat(clientPage.indexOf("Three good things")).isBetween(clientPage.indexOf("Call my sister once a week"),
				untied);
	}

	@Test
	void anotherClientsGoal_isRefusedOnTheAssignForm_andNothingIsStored() throws Exception {
		TestPeople.Client other = new TestPeople(this.accounts, this.clients).clientOf(this.clinician, "Alex", ZONE);
		Goal theirs = this.goals.add(this.clinician, other.id(), "Alex's own goal", null);
		this.goals.add(this.clinician, this.clientId, "Sleep through more nights", null);

		String refused = this.mvc.perform(assignRequest("Breathing", theirs.id().toString(), ""))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(refused).contains("That isn&#39;t one of this client&#39;s goals", "id=\"goalId-error\"");
		assertThat(this.assignments.forClient(this.clinician, this.clientId)).isEmpty();
	}

	@Test
	void theClientSeesTheirGoals_onToday_andTheGoalAPracticeServes() throws Exception {
		Goal sleep = this.goals.add(this.clinician, this.clientId, "Sleep through more nights", "Joy");
		UUID assignment = this.assignments.assign(this.clinician, this.clientId,
				new AssignmentPlan("mindful-breathing", "Breathing at bedtime", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(21, 0), null, 1,
						this.today, null, List.of(), sleep.id()));

		String today = page(this.client, get("/today"));
		String practice = page(this.client, get("/practice/" + assignment));

		assertThat(today).contains("What you&#39;re working towards", "Sleep through more nights", "Joy");
		assertThat(practice).contains("This practice serves your goal: Sleep through more nights",
				"What matters to you about it: Joy");
	}

	@Test
	void theClinicianChangesTheGoalAPieceServes_onThePlanPage() throws Exception {
		Goal sleep = this.goals.add(this.clinician, this.clientId, "Sleep through more nights", null);
		Goal calm = this.goals.add(this.clinician, this.clientId, "Feel calmer at work", null);
		UUID assignment = this.assignments.assign(this.clinician, this.clientId, new AssignmentPlan("mindful-breathing",
				"Breathing", null, null, Set.of("MON"), null, null, 1, this.today, null, List.of(), sleep.id()));
		String plan = "/clients/" + this.clientId + "/assignments/" + assignment + "/plan";

		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/assignments/" + assignment + "/goal"))
				.param("goalId", calm.id().toString()))
			.andExpect(redirectedUrl(plan + "?goalChanged"));

		assertThat(this.assignments.get(this.clinician, assignment).goalId()).isEqualTo(calm.id());
		assertThat(page(this.clinician, get(plan + "?goalChanged"))).contains("It now serves the goal you chose.",
				"The goal it serves", "Feel calmer at work");
	}

	private void assign(String title, String goalId, String goal) throws Exception {
		this.mvc.perform(assignRequest(title, goalId, goal))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "?assigned"));
	}

	private MockHttpServletRequestBuilder assignRequest(String title, String goalId, String goal) {
		return as(this.clinician, post("/clients/" + this.clientId + "/assignments/new"))
			.param("templateKey", "mindful-breathing")
			.param("title", title)
			.param("goalId", goalId)
			.param("goal", goal)
			.param("daysOfWeek", "MON", "WED")
			.param("durationMinutes", "1")
			.param("startDate", this.today.toString());
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
