package org.bridgework.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The session rhythm's pages on the real database: the clinician records sessions and
 * writes a summary, the client checks in from Today and sees the summary there, and the
 * digest shows the figures since the last session without anything private.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPagesIntegrationTests {

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
	private Practice practice;

	@Autowired
	private CheckIns checkIns;

	@Autowired
	private SessionCalendar calendar;

	private CurrentUser clinician;

	private UUID clientId;

	private CurrentUser client;

	private UUID assignmentId;

	private LocalDate today;

	@BeforeEach
	void clinicianAssignsDailyBreathing() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		TestPeople.Client added = people.clientOf(this.clinician, "Sam", ZONE);
		this.clientId = added.id();
		this.client = added.user();
		this.today = LocalDate.now(ZoneId.of(ZONE));
		this.assignmentId = this.assignments.assign(this.clinician, this.clientId,
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(8, 0), null, 1,
						this.today.minusDays(20), null, List.of()));
	}

	@Test
	void digest_showsFiguresSinceTheLastSession_andOnlyTheDayOfAPrivateEntry() throws Exception {
		this.calendar.add(this.clinician, this.clientId, this.today.minusDays(5));
		entry(6, 1, "BEFORE-THE-SESSION", false, true);
		entry(4, 4, "Talk about the mornings", false, true);
		entry(3, 2, "PRIVATE-WORDS", true, true);
		this.practice.skip(this.client, this.assignmentId, UUID.randomUUID().toString(),
				new SkipRequest(this.today.minusDays(2), SkipReason.TOO_HARD, "The room was loud"));
		this.checkIns.write(this.client, "This is harder than I thought", null);

		String page = page(this.clinician, get("/clients/" + this.clientId + "/digest"));

		assertThat(page).contains("Session digest: Sam", "2 of 6 planned practices done", "4 of 5 (1 entry)",
				"Felt too hard: 1", "The room was loud", "Talk about the mornings", "This is harder than I thought",
				"Private entries", "Before: 3 of 10 on average. After: 6 of 10 on average.",
				"Up by 3 on average, over 1 entry.", "Print this page");
		assertThat(page).contains("What your client proposed", "Nothing new in this time.");
		assertThat(page).doesNotContain("PRIVATE-WORDS", "BEFORE-THE-SESSION", "style=");
		assertThat(page.split("<h1", -1)).hasSize(2);
	}

	@Test
	void clientPage_hasTheSessionSection_withLatestCheckInsAndTheWayToTheDigest() throws Exception {
		this.calendar.add(this.clinician, this.clientId, this.today.plusDays(3));
		this.checkIns.write(this.client, "Mornings are hard", null);

		String page = page(this.clinician, get("/clients/" + this.clientId));

		assertThat(page).contains("Sessions", "Next appointment", "Mornings are hard",
				"/clients/" + this.clientId + "/digest", "/clients/" + this.clientId + "/sessions");
	}

	@Test
	void sessionsPage_addsADate_andARefusedOneIsShownNextToTheField() throws Exception {
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/sessions")).param("date",
					this.today.minusDays(7).toString()))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/sessions?sessionAdded"));
		String refused = this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/sessions")).param("date", "soon"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String page = page(this.clinician, get("/clients/" + this.clientId + "/sessions?sessionAdded"));

		assertThat(refused).contains("aria-invalid=\"true\"", "aria-describedby=\"date-hint date-error\"",
				"id=\"date-error\"", "Please enter a real date");
		assertThat(page).contains("The session date is saved.", "The digest covers");
		assertThat(this.calendar.calendar(this.clinician, this.clientId).lastSession())
			.isEqualTo(this.today.minusDays(7));
	}

	@Test
	void summary_writtenByTheClinician_showsOnTheClientsToday() throws Exception {
		String refused = this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/session-summaries")).param("learned", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc
			.perform(as(this.clinician, post("/clients/" + this.clientId + "/session-summaries"))
				.param("learned", "Noticing early helps")
				.param("homeworkAgreed", "Three breaths after breakfast"))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/sessions?summarySaved"));

		String today = page(this.client, get("/today"));

		assertThat(refused).contains("Please write at least one part of the summary.", "aria-invalid=\"true\"");
		assertThat(today).contains("From your last session", "Noticing early helps", "Three breaths after breakfast",
				"The homework we agreed");
		assertThat(today).doesNotContain("What is still hard");
	}

	@Test
	void checkIn_fromToday_isSaved_onceForADoubleTap_andAnEmptyOneIsExplainedNextToTheField() throws Exception {
		String key = keyOnTheForm(page(this.client, get("/today")));
		for (int tap = 0; tap < 2; tap++) {
			this.mvc
				.perform(as(this.client, post("/check-in")).param("text", "Harder than I thought")
					.param("idempotencyKey", key))
				.andExpect(redirectedUrl("/today?checkedIn#check-in-saved"));
		}
		String refused = this.mvc.perform(as(this.client, post("/check-in")).param("text", "   "))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String today = page(this.client, get("/today?checkedIn"));

		assertThat(refused).contains("Please fill this in.", "aria-invalid=\"true\"",
				"aria-describedby=\"check-in-hint check-in-error\"");
		assertThat(today).contains("Thanks for checking in.", "name=\"text\"", "Send check-in");
		assertThat(this.checkIns.forClient(this.clinician, this.clientId)).extracting(CheckIn::text)
			.containsExactly("Harder than I thought");
	}

	private static String keyOnTheForm(String page) {
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(key.find()).as("an idempotency key on the check-in form").isTrue();
		return key.group(1);
	}

	@Test
	void aSessionDateIsRemovedOnlyWithItsBoxTicked() throws Exception {
		UUID session = this.calendar.add(this.clinician, this.clientId, this.today.minusDays(2));
		String path = "/clients/" + this.clientId + "/sessions/" + session + "/remove";

		this.mvc.perform(as(this.clinician, post(path)))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/sessions?sessionKept"));
		assertThat(this.calendar.calendar(this.clinician, this.clientId).sessions()).hasSize(1);
		assertThat(page(this.clinician, get("/clients/" + this.clientId + "/sessions")))
			.contains("name=\"confirm\" value=\"yes\" required id=\"remove-session-" + session + "\"");

		this.mvc.perform(as(this.clinician, post(path)).param("confirm", "yes"))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/sessions?sessionRemoved"));
		assertThat(this.calendar.calendar(this.clinician, this.clientId).sessions()).isEmpty();
		assertThat(page(this.clinician, get("/clients/" + this.clientId + "/sessions?sessionRemoved")))
			.contains("The session date is removed.");
	}

	@Test
	void digest_isOnlyForTheClientsClinicians() throws Exception {
		CurrentUser stranger = new TestPeople(this.accounts, this.clients).clinician();

		this.mvc.perform(get("/clients/" + this.clientId + "/digest").with(TestPeople.signedIn(stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/clients/" + this.clientId + "/digest").with(TestPeople.signedIn(this.client)))
			.andExpect(status().isForbidden());
	}

	private void entry(int daysAgo, int quality, String note, boolean keepPrivate, boolean flag) {
		this.practice.record(this.client, this.assignmentId, UUID.randomUUID().toString(),
				new EntryRequest(this.today.minusDays(daysAgo),
						Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), 60, quality, 3, 6, note,
						keepPrivate, flag, null));
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
