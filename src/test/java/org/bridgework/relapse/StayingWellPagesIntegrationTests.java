package org.bridgework.relapse;

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
 * The staying-well plan on the pages, without JavaScript: kind empty states, the
 * clinician writes the plan with a plain form (rows added and removed by the server), a
 * refused form stores nothing and says why next to each field, every save is kept, the
 * client opens their plan from Today, and booster tune-ups are planned and cancelled
 * (with a tick to confirm) from the same page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StayingWellPagesIntegrationTests {

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
	StayingWellPlans plans;

	@Autowired
	Boosters boosters;

	CurrentUser clinician;

	TestPeople.Client client;

	UUID breathing;

	LocalDate today;

	@BeforeEach
	void aClientWithBreathingTheyPractised() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		this.client = people.clientOf(this.clinician, "Sam Staying", LONDON);
		this.today = LocalDate.now(ZoneId.of(LONDON));
		this.breathing = this.assignments.assign(this.clinician, this.client.id(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(8, 0), "After breakfast",
						1, this.today.minusDays(20), null, List.of()));
		for (int daysAgo = 1; daysAgo <= 2; daysAgo++) {
			this.practice.record(this.client.user(), this.breathing, UUID.randomUUID().toString(),
					new EntryRequest(this.today.minusDays(daysAgo),
							Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), 60, 4, 3, 6, null, false,
							false));
		}
	}

	@Test
	void beforeAPlanIsWrittenEveryoneIsToldKindlyWhatItIsFor() throws Exception {
		String own = page(get("/staying-well"), this.client.user());
		String today = page(get("/today"), this.client.user());
		String clientPage = page(get("/clients/" + this.client.id()), this.clinician);

		assertThat(own).contains("Your plan will be here", "what helps you stay well");
		assertThat(today).contains("Staying well", "Open your staying-well plan", "href=\"/staying-well\"");
		assertThat(clientPage).contains("No staying-well plan yet.", "Write the staying-well plan",
				"href=\"" + planPath() + "\"", "No tune-ups planned.");
	}

	@Test
	void theClinicianWritesThePlanWithThePlainFormAndTheClientOpensIt() throws Exception {
		MvcResult saved = send(post(planPath()).param("warningSigns[0]", "Sleeping badly")
			.param("warningSigns[2]", "Cancelling plans")
			.param("triggers[0]", "Deadlines at work")
			.param("copingStrategies[0].text", "One minute of breathing")
			.param("copingStrategies[0].assignmentId", this.breathing.toString())
			.param("contacts[0].name", "My sister Alex")
			.param("contacts[0].reach", "07700 900123")
			.param("contacts[0].helpsWith", "A walk and a talk")
			.param("note", "Setbacks are part of it."), this.clinician);
		MvcResult own = send(get("/staying-well"), this.client.user());
		String clientPage = page(get("/clients/" + this.client.id()), this.clinician);
		String form = page(get(planPath()), this.clinician);

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(planPath() + "?saved");
		assertThat(text(own)).contains("Sleeping badly", "Cancelling plans", "Deadlines at work",
				"One minute of breathing", "Your practice \"Breathing by the window\": done 2 times.",
				"Mood on average 3 before and 6 after (out of 10).", "My sister Alex", "07700 900123",
				"A walk and a talk", "Setbacks are part of it.", "by Dr ", "data-offline=\"later\"", "data-print");
		assertThat(own.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(clientPage).contains("2 warning signs, 1 triggers, 1 coping strategies, 1 people to contact.",
				"Last changed", "Open the staying-well plan");
		assertThat(form).contains("value=\"Sleeping badly\"", "value=\"Cancelling plans\"",
				"<option value=\"" + this.breathing + "\" selected=\"selected\">Breathing by the window</option>",
				"This is the first version.");
		assertThat(this.plans.get(this.clinician, this.client.id()).current().version()).isEqualTo(1);
	}

	@Test
	void aRefusedPlanComesBackAsTypedWithTheProblemNextToItsFieldAndNothingSaved() throws Exception {
		MvcResult refused = send(post(planPath()).param("warningSigns[0]", "Sleeping badly")
			.param("contacts[0].reach", "07700 900123")
			.param("copingStrategies[0].text", "Breathing")
			.param("copingStrategies[0].assignmentId", UUID.randomUUID().toString()), this.clinician);
		String body = text(refused);

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(body).contains("Nothing was saved yet.", "value=\"Sleeping badly\"", "value=\"07700 900123\"")
			.contains("id=\"contact-name-0\" name=\"contacts[0].name\" value=\"\" aria-invalid=\"true\"")
			.contains("id=\"contact-name-0-error\"", "Please fill this in.")
			.contains("Please choose one of this client's practices.");
		assertThat(this.plans.get(this.clinician, this.client.id()).current()).isNull();
	}

	@Test
	void rowsAreAddedAndRemovedWithoutScriptAndEverySaveIsKept() throws Exception {
		String more = text(
				send(post(planPath()).param("warningSigns[0]", "Sleeping badly").param("more", "yes"), this.clinician));
		send(post(planPath()).param("warningSigns[0]", "Sleeping badly").param("warningSigns[1]", "Skipping meals"),
				this.clinician);
		send(post(planPath()).param("warningSigns[0]", "Sleeping badly")
			.param("remove.warningSigns[0]", "yes")
			.param("warningSigns[1]", "Skipping meals"), this.clinician);
		String page = page(get(planPath()), this.clinician);

		assertThat(more).contains("value=\"Sleeping badly\"", "id=\"sign-5\"", "Nothing is saved until you press");
		assertThat(this.plans.get(this.clinician, this.client.id()).content().warningSigns())
			.containsExactly("Skipping meals");
		assertThat(this.plans.versions(this.clinician, this.client.id())).hasSize(2);
		assertThat(page).contains("Version 2, saved", "Version 1, saved", "(as it stands)", "Sleeping badly", "Remove");
	}

	@Test
	void tuneUpsArePlannedShownOnTodayOnTheirDayAndCancelledOnlyWithATick() throws Exception {
		MvcResult planned = send(
				post("/clients/" + this.client.id() + "/boosters").param("practice", "assignment:" + this.breathing)
					.param("startDate", this.today.toString())
					.param("times", "2")
					.param("everyWeeks", "4")
					.param("note", "A short refresh"),
				this.clinician);
		String today = page(get("/today"), this.client.user());
		String page = page(get(planPath() + "?booster=scheduled"), this.clinician);
		Booster.Seen later = this.boosters.forClient(this.clinician, this.client.id()).get(1);
		String cancelPath = "/clients/" + this.client.id() + "/boosters/" + later.booster().id() + "/cancel";
		MvcResult unticked = send(post(cancelPath), this.clinician);
		int stillThere = (int) this.boosters.forClient(this.clinician, this.client.id())
			.stream()
			.filter(Booster.Seen::isCancellable)
			.count();
		MvcResult cancelled = send(post(cancelPath).param("confirm", "yes"), this.clinician);
		String after = page(get(planPath() + "?booster=cancelled"), this.clinician);

		assertThat(planned.getResponse().getRedirectedUrl()).isEqualTo(planPath() + "?booster=scheduled#boosters");
		assertThat(today).contains("Tune-up: Breathing by the window");
		assertThat(page).contains("The tune-ups are planned.", "Yes, cancel the tune-up on", "A short refresh");
		assertThat(unticked.getResponse().getRedirectedUrl()).isEqualTo(planPath() + "?booster=notCancelled#boosters");
		assertThat(stillThere).isOne();
		assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo(planPath() + "?booster=cancelled#boosters");
		assertThat(after).contains("The tune-up is cancelled.", "No tune-ups coming up.", "Cancelled", "Today");
		assertThat(this.boosters.forClient(this.clinician, this.client.id())).extracting(Booster.Seen::status)
			.containsExactly(Booster.Status.TODAY, Booster.Status.CANCELLED);
	}

	@Test
	void aRefusedBoosterFormSaysWhyNextToTheFieldAndPlansNothing() throws Exception {
		MvcResult refused = send(post("/clients/" + this.client.id() + "/boosters").param("practice", "")
			.param("startDate", this.today.minusDays(1).toString())
			.param("times", "3")
			.param("everyWeeks", ""), this.clinician);
		String body = text(refused);

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(body)
			.contains("Nothing was planned.", "Please choose a practice.",
					"Please choose today or a day still to come.", "Please say how many weeks apart")
			.contains("id=\"booster-start\" name=\"startDate\" value=\"" + this.today.minusDays(1)
					+ "\" aria-invalid=\"true\"");
		assertThat(this.boosters.forClient(this.clinician, this.client.id())).isEmpty();
	}

	private String planPath() {
		return "/clients/" + this.client.id() + "/staying-well";
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
