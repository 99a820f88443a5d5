package org.bridgework.ladders;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.SkipRequest;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.testing.TestPeople.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Ladders on the pages, without JavaScript: the clinician writes one with a plain form,
 * the client is told warmly when the next (or a smaller) step is suggested, and a step
 * change is accepted and kept in the history on the clinician's pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LadderPagesIntegrationTests {

	static final String LONDON = "Europe/London";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	@Autowired
	Ladders ladders;

	CurrentUser clinician;

	TestPeople.Client client;

	UUID breathing;

	LocalDate today;

	@BeforeEach
	void aClientWithBreathingEveryDay() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		this.client = people.clientOf(this.clinician, "Sam Ladder", LONDON);
		this.today = LocalDate.now(ZoneId.of(LONDON));
		this.breathing = this.assignments.assign(this.clinician, this.client.id(),
				new AssignmentPlan("mindful-breathing", "Breathing that grows", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(8, 0), null, 1,
						this.today.minusDays(20), null, List.of()));
	}

	@Test
	void theClinicianWritesALadderWithThePlainFormAndSeesItOnTheClientPage() throws Exception {
		String empty = page(get("/clients/" + this.client.id()), this.clinician);
		String form = page(get(ladderPath()), this.clinician);

		MvcResult saved = send(post(ladderPath()).param("steps[0].label", "1 minute")
			.param("steps[0].target", "1")
			.param("steps[1].label", "3 minutes")
			.param("steps[1].target", "3")
			.param("steps[3].label", "5 minutes")
			.param("targetUnit", "minutes")
			.param("moveOn.kind", "DONE_DAYS")
			.param("moveOn.days", "3")
			.param("moveOn.daysOfLast", "3"), this.clinician);
		String clientPage = page(get("/clients/" + this.client.id()), this.clinician);

		assertThat(empty).contains("No ladder yet.", "Make this a ladder", "href=\"" + ladderPath() + "\"");
		assertThat(form).contains("<label for=\"step-0\">Step 1</label>",
				"<legend>When to suggest the next step</legend>", "<label for=\"kind-days\">");
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(ladderPath() + "?saved");
		assertThat(clientPage).contains("Step 1 of 3: 1 minute", "No step change suggested yet.",
				"Step changes wait for you.", "No step changes yet.");
		assertThat(this.ladders.find(this.clinician, this.breathing).orElseThrow().ladder().steps())
			.extracting(LadderStep::label)
			.containsExactly("1 minute", "3 minutes", "5 minutes");
	}

	@Test
	void aRefusedLadderComesBackAsTypedWithEachProblemNextToItsField() throws Exception {
		MvcResult refused = send(post(ladderPath()).param("steps[0].label", "Only one step")
			.param("moveOn.kind", "DONE_DAYS")
			.param("moveOn.days", "three")
			.param("moveOn.daysOfLast", "2")
			.param("stepBack.hardSkips", "0"), this.clinician);
		String body = text(refused);

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(body)
			.contains("A ladder needs at least two steps.", "Please enter a whole number, like 3.",
					"Please choose a number from 1 to 60.", "value=\"Only one step\"", "value=\"three\"")
			.contains(
					"id=\"days\" name=\"moveOn.days\" value=\"three\" aria-invalid=\"true\" aria-describedby=\"days-error\"")
			.contains("id=\"days-error\"")
			.contains("id=\"hardSkips\" name=\"stepBack.hardSkips\" value=\"0\" aria-invalid=\"true\"");
		assertThat(this.ladders.find(this.clinician, this.breathing)).isEmpty();
	}

	@Test
	void addingStepRowsKeepsWhatWasTypedAndSavesNothing() throws Exception {
		String page = text(send(post(ladderPath()).param("steps[0].label", "1 minute")
			.param("steps[1].label", "3 minutes")
			.param("moreSteps", "yes"), this.clinician));

		assertThat(page).contains("value=\"1 minute\"", "value=\"3 minutes\"", "id=\"step-6\"");
		assertThat(this.ladders.find(this.clinician, this.breathing)).isEmpty();
	}

	@Test
	void whenTheCriterionIsMetTheClientIsToldWarmlyAndTheClinicianAcceptsTheStepUp() throws Exception {
		this.ladders.save(this.clinician, this.breathing, minutes(false, StepBack.NEVER));
		for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
			record(this.today.minusDays(daysAgo));
		}

		String today = page(get("/today"), this.client.user());
		String practicePage = page(get("/practice/" + this.breathing), this.client.user());
		String clientPage = page(get("/clients/" + this.client.id()), this.clinician);
		MvcResult accepted = send(post(ladderPath() + "/step-changes").param("from", "1").param("to", "2"),
				this.clinician);
		String ladderPage = page(get(ladderPath() + "?stepped"), this.clinician);

		assertThat(today).contains("You've reached the next step", "the next step is: 3 minutes",
				"Your clinician will talk this through with you");
		assertThat(practicePage).contains("Your step now: 1 minute", "You've reached the next step")
			.doesNotContain("Move to the next step");
		assertThat(clientPage).contains("Suggest stepping up to step 2: 3 minutes",
				"Practised on 3 of the last 3 planned days.", "Step up to step 2");
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(ladderPath() + "?stepped");
		assertThat(ladderPage).contains("The step is changed and kept in the history.", "Step 2 of 3: 3 minutes",
				"From step 1 (1 minute) to step 2 (3 minutes)", "Dr Rivera (clinician)", "<th scope=\"col\">Why</th>",
				"aria-current=\"step\"");
		assertThat(page(get("/today"), this.client.user())).doesNotContain("reached the next step");
	}

	@Test
	void aClientAcceptsTheNextStepThemselvesOnlyWhenAllowed() throws Exception {
		this.ladders.save(this.clinician, this.breathing, minutes(false, StepBack.NEVER));
		for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
			record(this.today.minusDays(daysAgo));
		}

		MvcResult refused = send(post(ladderPath() + "/step-changes").param("from", "1").param("to", "2"),
				this.client.user());
		int stepAfterRefusal = this.ladders.find(this.clinician, this.breathing).orElseThrow().ladder().currentStep();
		this.ladders.save(this.clinician, this.breathing, minutes(true, StepBack.NEVER));
		String practicePage = page(get("/practice/" + this.breathing), this.client.user());
		MvcResult accepted = send(post(ladderPath() + "/step-changes").param("from", "1").param("to", "2"),
				this.client.user());

		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(text(refused)).doesNotContain("3 minutes", "Breathing that grows");
		assertThat(stepAfterRefusal).isEqualTo(1);
		assertThat(practicePage).contains("Move to the next step");
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/practice/" + this.breathing);
		assertThat(page(get("/practice/" + this.breathing), this.client.user())).contains("Your step now: 3 minutes");
		assertThat(page(get("/clients/" + this.client.id()), this.clinician)).contains("Sam Ladder (client)");
	}

	@Test
	void skipsThatFeltTooHardSuggestASmallerStepKindly() throws Exception {
		this.ladders.save(this.clinician, this.breathing, minutes(false, new StepBack(null, null, null, 2)));
		this.ladders.change(this.clinician, this.breathing, new StepChangeRequest(1, 3, "Ready for more"));
		skip(SkipReason.TOO_HARD);
		skip(SkipReason.OVERWHELMED);

		String practicePage = page(get("/practice/" + this.breathing), this.client.user());
		String clientPage = page(get("/clients/" + this.client.id()), this.clinician);

		assertThat(practicePage)
			.contains("A smaller step may help for now", "a smaller step for a while: 3 minutes",
					"it felt too hard or overwhelming")
			.doesNotContainIgnoringCase("fail");
		assertThat(clientPage).contains("Suggest a smaller step, step 2: 3 minutes", "Step back to step 2",
				"Ready for more");
	}

	@Test
	void choosingAnotherStepNeedsAReasonShownNextToTheField() throws Exception {
		this.ladders.save(this.clinician, this.breathing, minutes(false, StepBack.NEVER));

		MvcResult refused = send(post(ladderPath() + "/step-changes").param("from", "1").param("to", "3"),
				this.clinician);

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(text(refused)).contains("Please add a few words on why, for the step history.")
			.contains("aria-invalid=\"true\" aria-describedby=\"choose-note-error\"")
			.containsPattern("<option value=\"3\"\\s+selected=\"selected\">");
		assertThat(this.ladders.find(this.clinician, this.breathing).orElseThrow().ladder().currentStep()).isEqualTo(1);
	}

	static LadderRequest minutes(boolean clientMayStep, StepBack stepBack) {
		return new LadderRequest(
				List.of(new LadderRequest.Step("1 minute", 1), new LadderRequest.Step("3 minutes", 3),
						new LadderRequest.Step("5 minutes", 5)),
				"minutes", clientMayStep, new LadderRequest.Rule("DONE_DAYS", 3, null, 3, null, null, null), stepBack);
	}

	private void record(LocalDate day) {
		this.practice.record(this.client.user(), this.breathing, UUID.randomUUID().toString(), new EntryRequest(day,
				Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), 60, 4, 3, 6, null, false, false));
	}

	private void skip(SkipReason reason) {
		this.practice.skip(this.client.user(), this.breathing, UUID.randomUUID().toString(),
				new SkipRequest(this.today, reason, null));
	}

	private String ladderPath() {
		return "/assignments/" + this.breathing + "/ladder";
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		MvcResult result = send(request, user);
		assertThat(result.getResponse().getStatus()).as(text(result)).isEqualTo(200);
		return text(result);
	}

	private MvcResult send(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(signedIn(user)).with(csrf())).andReturn();
	}

	private static String text(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

}
