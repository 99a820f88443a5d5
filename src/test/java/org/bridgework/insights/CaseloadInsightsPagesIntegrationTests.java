package org.bridgework.insights;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
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
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.testing.TestPeople.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The clinician's page of homework across their caseload: a sentence per practice, a
 * chart with its table, what got in the way, small numbers said to be small, and a kind
 * word when there is nothing yet. Only for clinicians.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseloadInsightsPagesIntegrationTests {

	static final String LONDON = "Europe/London";

	static final Set<String> EVERY_DAY = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

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

	TestPeople people;

	CurrentUser clinician;

	LocalDate today;

	@BeforeEach
	void aClinician() {
		this.people = new TestPeople(this.accounts, this.clients);
		this.clinician = this.people.clinician();
		this.today = LocalDate.now(ZoneId.of(LONDON));
	}

	@Test
	void theClinicianReadsEachPracticeInWordsAsAChartAndATableWithWhatGotInTheWay() throws Exception {
		TestPeople.Client robin = this.people.clientOf(this.clinician, "Robin Across", LONDON);
		TestPeople.Client sam = this.people.clientOf(this.clinician, "Sam Across", LONDON);
		UUID robinBreathing = assign(robin, "mindful-breathing", EVERY_DAY, this.today.minusDays(9));
		UUID samBreathing = assign(sam, "mindful-breathing", EVERY_DAY, this.today.minusDays(9));
		for (int back = 0; back < 8; back++) {
			record(robin, robinBreathing, this.today.minusDays(back), back == 3);
		}
		record(sam, samBreathing, this.today, false);
		skip(robin, robinBreathing, this.today.minusDays(9), SkipReason.NO_TIME, "Robin's late shift");
		skip(sam, samBreathing, this.today.minusDays(1), SkipReason.NO_TIME, null);
		skip(sam, samBreathing, this.today.minusDays(2), SkipReason.FORGOT, null);
		UUID gratitude = assign(sam, "gratitude-journal", EVERY_DAY, this.today.minusDays(2));
		record(sam, gratitude, this.today, false);

		String page = page("/insights", this.clinician);

		assertThat(page).contains("<h1>Homework across your caseload</h1>", "Each client's weeks are in their own",
				"Mindful breathing was done 9 of 20 planned times (45%) across 2 clients.",
				"Gratitude journal was done 1 of 3 planned times (33%) across 1 client. "
						+ "Only 3 planned \u2014 too few to read much into.");
		assertThat(page).contains("id=\"caseload-practice-chart\"", "role=\"img\"",
				"for the 2 practices planned most in the last 8 weeks; the number above each bar is how many were "
						+ "planned. Mindful breathing: 9 of 20 done, 3 skipped; Gratitude journal: 1 of 3 done, 0 skipped.");
		assertThat(page).contains("<caption>Homework by practice across your caseload (last 8 weeks)</caption>",
				"<th scope=\"col\">Done of planned</th>", "<th scope=\"row\"><span>Mindful breathing</span>",
				"<td>9 of 20 (45%)</td>", "<span class=\"caseload-reasons\">Didn't have time: 2, Forgot: 1</span>");
		assertThat(page).contains("\u201cDidn't have time\u201d came up most (2 of 3 skips).",
				"<caption>What got in the way across your caseload (last 8 weeks)</caption>", "<td>67%</td>");
		assertThat(page).doesNotContain("Robin's late shift", "Kept to myself", "Robin Across")
			.doesNotContainIgnoringCase("fail")
			.doesNotContainIgnoringCase("streak");
	}

	@Test
	void withNothingYetThePageSaysSoKindlyWithoutAChart() throws Exception {
		String page = page("/insights", this.clinician);

		assertThat(page).contains("Nothing to show yet.", "Once your clients have homework")
			.doesNotContain("caseload-practice-chart", "<table");
	}

	@Test
	void theWeeksCanBeChosenAndNonsenseFallsBackToEight() throws Exception {
		assertThat(page("/insights?weeks=4", this.clinician)).contains("in the last 4 weeks",
				"<option value=\"4\" selected=\"selected\">4 weeks</option>");
		assertThat(page("/insights?weeks=lots", this.clinician))
			.contains("<option value=\"8\" selected=\"selected\">8 weeks</option>");
	}

	@Test
	void theCaseloadPageAndTheHeaderLeadThere() throws Exception {
		this.people.clientOf(this.clinician, "Robin Linked", LONDON);

		String caseload = page("/clients", this.clinician);

		assertThat(caseload).contains("<a href=\"/insights\">Insights</a>",
				"<a class=\"button button-secondary\" href=\"/insights\">How homework is going across your clients</a>");
	}

	@Test
	void clientsAndAdminsWhoAreNotCliniciansAreRefused() throws Exception {
		TestPeople.Client client = this.people.clientOf(this.clinician, "Robin Refused", LONDON);
		IssuedInvitation invitation = this.accounts.invite(null, TestPeople.unique("admin") + "@example.org",
				"Ada Admin", EnumSet.of(Role.ADMIN));
		CurrentUser admin = this.accounts.findUser(this.accounts.acceptInvitation(
				invitation.inviteUrl().substring(invitation.inviteUrl().lastIndexOf('/') + 1), TestPeople.PASSWORD,
				null))
			.orElseThrow();

		for (CurrentUser person : List.of(client.user(), admin)) {
			assertThat(status("/insights", person)).isEqualTo(403);
			assertThat(status("/api/v1/me/caseload-insights", person)).isEqualTo(403);
		}
	}

	private UUID assign(TestPeople.Client client, String template, Set<String> days, LocalDate start) {
		return this.assignments.assign(this.clinician, client.id(), new AssignmentPlan(template, "Practice " + template,
				null, null, days, LocalTime.of(8, 0), null, 1, start, null, List.of()));
	}

	private void record(TestPeople.Client client, UUID assignment, LocalDate day, boolean kept) {
		Map<String, Object> answers = switch (this.assignments.get(this.clinician, assignment).templateKey()) {
			case "gratitude-journal" -> Map.of("goodThing1", "Coffee with a friend");
			default -> Map.of("mindWandering", "a-few-times", "breathNotes", "Slow");
		};
		this.practice.record(client.user(), assignment, UUID.randomUUID().toString(),
				new EntryRequest(day, answers, 60, 4, 3, 6, kept ? "Kept to myself" : null, kept, false, null));
	}

	private void skip(TestPeople.Client client, UUID assignment, LocalDate day, SkipReason reason, String note) {
		this.practice.skip(client.user(), assignment, UUID.randomUUID().toString(), new SkipRequest(day, reason, note));
	}

	private String page(String path, CurrentUser user) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(signedIn(user))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
	}

	private int status(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(signedIn(user))).andReturn().getResponse().getStatus();
	}

}
