package org.bridgework.homework.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Barrier;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.SkipRequest;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The clinician's pages end to end on the real database: caseload, adding a client,
 * assigning homework and reviewing what came back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClinicianPagesIntegrationTests {

	/**
	 * Invites the test clinicians; the database allows an invitation without an inviter.
	 */
	private static final CurrentUser SETUP = new CurrentUser(null, "Test setup", Set.of(Role.ADMIN));

	private static final String LONDON = "Europe/London";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private Assignments assignments;

	@Autowired
	private Practice practice;

	@Test
	void caseload_shouldExplainWhatToDoWhenItIsEmpty() throws Exception {
		CurrentUser clinician = newClinician();

		String page = page(get("/clients"), clinician);

		assertThat(page).contains("Add your first client to send them an invitation")
			.contains("href=\"/clients/new\"")
			.contains("Add a client");
	}

	@Test
	void addClientForm_shouldShowTheInvitationLinkAndListTheClientAsInvited() throws Exception {
		CurrentUser clinician = newClinician();
		assertThat(page(get("/clients/new"), clinician))
			.contains("<option value=\"Europe/London\" selected=\"selected\">")
			.contains("<label for=\"timezone\"");

		MvcResult added = this.mvc
			.perform(as(clinician,
					post("/clients/new").param("displayName", "Robin Ash")
						.param("email", "")
						.param("timezone", "Europe/Paris")))
			.andReturn();

		assertThat(added.getResponse().getStatus()).isEqualTo(200);
		String body = text(added);
		assertThat(body)
			.containsPattern("<input type=\"text\" id=\"inviteUrl\" readonly value=\"http://[^\"]+/invite/[^\"]+\"")
			.contains("works once and expires in 7 days")
			.contains("handed over in session")
			.contains("Assign homework")
			.contains("Back to clients");
		UUID clientId = this.clients.caseload(clinician).get(0).id();
		assertThat(body).contains("/clients/" + clientId + "/assignments/new");
		assertThat(page(get("/clients"), clinician)).contains("Robin Ash")
			.contains("/clients/" + clientId)
			.contains("Europe/Paris")
			.contains("Invited, not signed up yet");
	}

	@Test
	void addClientForm_shouldShowProblemsNextToFieldsAndAddNobody() throws Exception {
		CurrentUser clinician = newClinician();

		MvcResult refused = this.mvc
			.perform(as(clinician,
					post("/clients/new").param("displayName", " ")
						.param("email", "not-an-email")
						.param("timezone", "Mars/Olympus")))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(text(refused)).contains("aria-describedby=\"displayName-hint displayName-error\"")
			.contains("id=\"displayName-error\"")
			.contains("Please fill this in.")
			.contains("Please choose a time zone such as Europe/London");
		assertThat(this.clients.caseload(clinician)).isEmpty();
	}

	@Test
	void assignForm_shouldAssignHomeworkThatTheClientPageThenShows() throws Exception {
		CurrentUser clinician = newClinician();
		NewClient client = this.clients.add(clinician, "Kit Morrow", null, LONDON);
		String path = "/clients/" + client.id() + "/assignments/new";
		assertThat(page(get(path), clinician)).contains("Mindful breathing")
			.contains("Thought record")
			.contains(path + "?template=mindful-breathing");
		String form = page(get(path).param("template", "mindful-breathing"), clinician);
		assertThat(form).contains("value=\"Mindful breathing\"")
			.contains("Why it works")
			.contains("name=\"barriers[2].plan\"")
			.contains("value=\"" + today(LONDON) + "\"");

		MvcResult assigned = this.mvc
			.perform(as(clinician,
					post(path).param("templateKey", "mindful-breathing")
						.param("title", "Two minutes by the window")
						.param("goal", "Notice worry before it snowballs")
						.param("purpose", "Practise coming back to the breath")
						.param("daysOfWeek", "MON", "WED")
						.param("timeOfDay", "08:00")
						.param("cue", "After I brush my teeth")
						.param("durationMinutes", "2")
						.param("startDate", today(LONDON).toString())
						.param("endDate", "")
						.param("barriers[0].barrier", "Too sleepy")
						.param("barriers[0].plan", "Do it standing by the window")
						.param("barriers[1].barrier", "")
						.param("barriers[1].plan", "")))
			.andReturn();

		assertThat(assigned.getResponse().getRedirectedUrl()).isEqualTo("/clients/" + client.id() + "?assigned");
		List<Assignment> stored = this.assignments.forClient(clinician, client.id());
		assertThat(stored).singleElement().satisfies((assignment) -> {
			assertThat(assignment.barriers())
				.containsExactly(new Barrier("Too sleepy", "Do it standing by the window"));
			assertThat(assignment.schedule().timeOfDay()).isEqualTo(LocalTime.of(8, 0));
			assertThat(assignment.endDate()).isNull();
		});
		assertThat(page(get(URI.create(assigned.getResponse().getRedirectedUrl())), clinician))
			.contains("The homework is assigned")
			.contains("Two minutes by the window")
			.contains("From the template: Mindful breathing")
			.contains("Mon, Wed at 08:00")
			.contains("After I brush my teeth")
			.contains("Too sleepy")
			.contains("Do it standing by the window")
			.contains("no end date")
			.doesNotContain("No homework yet");
	}

	@Test
	void assignForm_withoutDaysAndWithTheEndBeforeTheStart_shouldShowErrorsAndStoreNothing() throws Exception {
		CurrentUser clinician = newClinician();
		NewClient client = this.clients.add(clinician, "Lee Hart", null, LONDON);

		MvcResult refused = this.mvc
			.perform(as(clinician,
					post("/clients/" + client.id() + "/assignments/new").param("templateKey", "thought-record")
						.param("title", "One thought a day")
						.param("startDate", "2026-03-10")
						.param("endDate", "2026-03-01")
						.param("barriers[2].plan", "Ask for help")))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		String body = text(refused);
		assertThat(body).contains("Please choose at least one day of the week.")
			.contains("id=\"days-error\"")
			.contains("The end date needs to be on or after the start date.")
			.contains("aria-describedby=\"endDate-hint endDate-error\"")
			.contains("aria-invalid=\"true\"")
			// The barrier problem stays next to the row it was typed in.
			.contains("id=\"barrier-2-error\"")
			.contains("value=\"One thought a day\"")
			.contains("value=\"Ask for help\"")
			.contains("Thought record");
		assertThat(this.assignments.forClient(clinician, client.id())).isEmpty();
		assertThat(page(get("/clients/" + client.id()), clinician)).contains("No homework yet");
	}

	@Test
	void assignForm_withUnreadableNumbersDatesAndTimes_shouldShowFieldErrorsAndStoreNothing() throws Exception {
		CurrentUser clinician = newClinician();
		NewClient client = this.clients.add(clinician, "Jo Fenn", null, LONDON);

		MvcResult refused = this.mvc
			.perform(as(clinician,
					post("/clients/" + client.id() + "/assignments/new").param("templateKey", "mood-log")
						.param("title", "Mood check")
						.param("daysOfWeek", "TUE")
						.param("timeOfDay", "half past eight")
						.param("durationMinutes", "ten")
						.param("startDate", "tomorrow")
						.param("endDate", "31/02/2026")))
			.andReturn();

		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(text(refused)).contains("id=\"durationMinutes-error\"")
			.contains("Please enter a whole number of minutes")
			.contains("Please enter a time such as 08:00.")
			.contains("id=\"startDate-error\"")
			.contains("id=\"endDate-error\"")
			.contains("value=\"ten\"")
			.contains("value=\"TUE\" checked=\"checked\"");
		assertThat(this.assignments.forClient(clinician, client.id())).isEmpty();
	}

	@Test
	void anotherCliniciansClient_shouldBeNotFoundWithoutTheirName() throws Exception {
		CurrentUser theirs = newClinician();
		CurrentUser other = newClinician();
		NewClient client = this.clients.add(theirs, "Quinn Oakheart", null, LONDON);

		for (String path : List.of("/clients/" + client.id(), "/clients/" + client.id() + "/assignments/new",
				"/clients/" + client.id() + "/assignments/new?template=mood-log")) {
			MvcResult result = this.mvc.perform(as(other, get(path))).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
			assertThat(text(result)).as(path).doesNotContain("Quinn").doesNotContain("Oakheart");
		}
		MvcResult post = this.mvc
			.perform(as(other,
					post("/clients/" + client.id() + "/assignments/new").param("templateKey", "mood-log")
						.param("title", "Sneaky")
						.param("daysOfWeek", "MON")
						.param("startDate", today(LONDON).toString())))
			.andReturn();
		assertThat(post.getResponse().getStatus()).isEqualTo(404);
		assertThat(text(post)).doesNotContain("Quinn");
		assertThat(this.assignments.forClient(theirs, client.id())).isEmpty();
		assertThat(page(get("/clients"), other)).doesNotContain("Quinn");
	}

	@Test
	void clientPage_shouldShowWhatCameBackButNeverThePrivateEntrysContent() throws Exception {
		CurrentUser clinician = newClinician();
		String zone = "America/New_York";
		NewClient added = this.clients.add(clinician, "Ari Lund", null, zone);
		LocalDate today = today(zone);
		UUID assignmentId = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1, today.minusDays(3),
						null, List.of()));
		CurrentUser client = signUp(added, "ari-" + UUID.randomUUID() + "@example.org");
		this.practice.record(client, assignmentId, UUID.randomUUID().toString(),
				new EntryRequest(today, Map.of("breathNotes", "SECRET breath words", "mindWandering", "many-times"), 60,
						2, 1, 2, "SECRET note about my sister", true, true));
		this.practice.record(client, assignmentId, UUID.randomUUID().toString(),
				new EntryRequest(today, Map.of("bodyNotes", "Shoulders dropped", "mindWandering", "a-few-times"), 75, 4,
						3, 6, "Calmer after", false, true));
		this.practice.skip(client, assignmentId, UUID.randomUUID().toString(),
				new SkipRequest(today.minusDays(1), SkipReason.NO_TIME, "Train was late"));

		String page = page(get("/clients/" + added.id()), clinician);

		assertThat(page).contains("Private entry on")
			.doesNotContain("SECRET")
			.doesNotContain("sister")
			.doesNotContain("Many times");
		assertThat(page).contains("Ari Lund")
			.contains("Calmer after")
			.contains("Flagged for session")
			.contains("What did you notice in your body?")
			.contains("Shoulders dropped")
			.contains("How often did your mind wander?")
			.contains("A few times")
			.contains("4 of 5")
			.contains("1 min 15 s")
			.contains("Didn't have time")
			.contains("Train was late")
			.contains("1 of 4 planned practices done")
			.contains("25%")
			.contains("Breathing by the window");
	}

	@Test
	void clientPage_withNothingPlannedOrRecorded_shouldSaySoKindly() throws Exception {
		CurrentUser clinician = newClinician();
		NewClient client = this.clients.add(clinician, "Sol Varga", null, LONDON);

		String page = page(get("/clients/" + client.id()), clinician);

		assertThat(page).contains("Sol Varga")
			.contains("Nothing was planned for these days, so there's nothing to count yet.")
			.contains("No homework yet")
			.contains("Nothing recorded in the last 28 days yet")
			.contains("/clients/" + client.id() + "/assignments/new");
	}

	private CurrentUser newClinician() {
		IssuedInvitation invitation = this.accounts.invite(SETUP, "clinician-" + UUID.randomUUID() + "@example.org",
				"Dr Test", EnumSet.of(Role.CLINICIAN));
		return this.accounts.findUser(invitation.accountId()).orElseThrow();
	}

	private CurrentUser signUp(NewClient client, String email) {
		String token = client.inviteUrl().substring(client.inviteUrl().lastIndexOf('/') + 1);
		UUID accountId = this.accounts.acceptInvitation(token, "a long enough password", email);
		return this.accounts.findUser(accountId).orElseThrow();
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		MvcResult result = this.mvc.perform(as(user, request)).andReturn();
		assertThat(result.getResponse().getStatus()).as(request.toString()).isEqualTo(200);
		return text(result);
	}

	private static MockHttpServletRequestBuilder as(CurrentUser user, MockHttpServletRequestBuilder request) {
		return request.with(signedIn(user)).with(csrf());
	}

	private static RequestPostProcessor signedIn(CurrentUser user) {
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

	/**
	 * The page as a person reads it: entities such as &#39; turned back into characters.
	 */
	private static String text(MvcResult result) throws Exception {
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private static LocalDate today(String zone) {
		return LocalDate.now(ZoneId.of(zone));
	}

}
