package org.bridgework.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
import org.bridgework.ladders.LadderRequest;
import org.bridgework.ladders.Ladders;
import org.bridgework.ladders.StepBack;
import org.bridgework.ladders.StepChangeRequest;
import org.bridgework.measures.Measures;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.testing.TestPeople.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The insights on the pages: what gets in the way and mood before and after on the
 * clinician's client page, each chart with its table; a ladder's steps drawn next to its
 * table of step changes; personal bests on the client's Today page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InsightsPagesIntegrationTests {

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

	@Autowired
	Measures measures;

	@Autowired
	JdbcClient jdbc;

	CurrentUser clinician;

	TestPeople.Client client;

	UUID breathing;

	LocalDate today;

	LocalDate monday;

	@BeforeEach
	void aClientWithBreathingEveryDay() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.clinician = people.clinician();
		this.client = people.clientOf(this.clinician, "Robin Insight", LONDON);
		this.today = LocalDate.now(ZoneId.of(LONDON));
		this.monday = this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		this.breathing = this.assignments.assign(this.clinician, this.client.id(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(8, 0), null, 1,
						this.today.minusDays(40), null, List.of()));
	}

	@Test
	void theClinicianSeesWhatGetsInTheWayAsAChartATableAReadingAndTheClientsOwnWords() throws Exception {
		skip(this.monday, SkipReason.NO_TIME, "Late shift <again>");
		skip(this.monday.minusDays(1), SkipReason.NO_TIME, null);
		skip(this.monday.minusWeeks(2), SkipReason.OVERWHELMED, "Big week");

		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page).contains("<h2 id=\"way-heading\">What gets in the way</h2>",
				"\u201cDidn't have time\u201d came up most in the last 4 weeks (2 times).");
		assertThat(page).contains(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"what-gets-in-the-way-chart\"",
				"role=\"img\"", "Skips with what got in the way, for each of the last 8 weeks.");
		assertThat(page).contains("<caption>Skips by week, with what got in the way (last 8 weeks)</caption>",
				"<th scope=\"col\">What got in the way</th>", "Didn't have time: 1", "Felt overwhelmed: 1",
				"Nothing noted");
		assertThat(page).contains("In their own words", "Late shift <again>", "Big week");
		assertThat(page.indexOf("Late shift")).isLessThan(page.indexOf("Big week"));
		assertThat(page).doesNotContainIgnoringCase("fail").doesNotContainIgnoringCase("streak");
	}

	@Test
	void withNothingSkippedThePageSaysSoWithoutAnEmptyChart() throws Exception {
		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page)
			.contains("What gets in the way", "Nothing was noted as getting in the way in the last 4 weeks.")
			.doesNotContain("what-gets-in-the-way-chart", "In their own words");
	}

	@Test
	void practiceWeekByWeekShowsWhatWasDoneHowItWentAndTheDaysPractisedWithATable() throws Exception {
		record(this.monday, 3, 6, false);
		record(this.monday, 3, 6, false);

		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page).contains("<h2 id=\"weeks-heading\">Practice week by week</h2>", "id=\"practice-done-chart\"",
				"id=\"practice-quality-chart\"", "id=\"practice-calendar-chart\"",
				"<caption>Practice by week (last 12 weeks)</caption>", "<td>4.0</td>");
		assertThat(page).contains("with the number of entries written in it. One day with practice in all.");
	}

	@Test
	void moodBeforeAndAfterIsChartedPerPracticeWithATableAndLeavesPrivateEntriesOut() throws Exception {
		record(this.monday, 3, 6, false);
		record(this.monday.minusWeeks(1), 2, 4, false);
		record(this.monday, 0, 10, true);

		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page).contains("<h4>Mood before and after</h4>",
				"Over 2 entries in the last 8 weeks, mood went from 2.5 before to 5.0 after on average (a change of +2.5).",
				"id=\"mood-" + this.breathing + "\"",
				"Average mood before and after Breathing by the window, for each of the last 8 weeks: 2.5 before and 5.0 after overall.",
				"<caption>Average mood (0 to 10) before and after, by week</caption>", "<td>+3.0</td>", "<td>+2.0</td>",
				"Entries the client keeps private are not counted.");
		assertThat(page).doesNotContain("<td>+10.0</td>", "<td>1.5</td>");
	}

	@Test
	void aLaddersStepsAreDrawnOverTimeNextToItsTableOfStepChanges() throws Exception {
		this.ladders.save(this.clinician, this.breathing,
				new LadderRequest(
						List.of(new LadderRequest.Step("1 minute", 1), new LadderRequest.Step("3 minutes", 3),
								new LadderRequest.Step("5 minutes", 5)),
						"minutes", false, new LadderRequest.Rule("DONE_DAYS", 3, null, 3, null, null, null),
						StepBack.NEVER));
		String before = page("/clients/" + this.client.id(), this.clinician);
		this.ladders.change(this.clinician, this.breathing, new StepChangeRequest(1, 2, "Ready for more"));

		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(before).doesNotContain("Steps over time");
		assertThat(page).contains("<h4>Steps over time</h4>", "id=\"ladder-chart-" + this.breathing + "\"",
				"class=\"step-line\"", "The ladder over time: step 1 from ", "; step 2 from ", "Now on step 2 of 3.",
				"The table of step changes above says the same in words.");
		// The chart comes right after the ladder's own table.
		assertThat(page.indexOf("Step changes, oldest first")).isLessThan(page.indexOf("Steps over time"));
		String ladderPage = page("/assignments/" + this.breathing + "/ladder", this.clinician);
		assertThat(ladderPage).contains("<h3>Steps over time</h3>", "id=\"ladder-chart-" + this.breathing + "\"",
				"Now on step 2 of 3.");
		assertThat(ladderPage.indexOf("Step changes, oldest first")).isLessThan(ladderPage.indexOf("Steps over time"));
	}

	@Test
	void questionnairesAreDrawnOverTheirBandsOnThePracticeWeeksWithTablesAndHomeworkBesideThem() throws Exception {
		int[] totals = { 17, 14, 12, 12, 8 };
		for (int week = 0; week < totals.length; week++) {
			LocalDate day = this.today.minusDays(35 - 7L * week);
			phq9On(day, totals[week]);
			for (int d = 0; week < 4 && d < ((week == 2) ? 1 : 6); d++) {
				record(day.plusDays(d), 4, 5, false);
			}
		}

		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page).contains("<h2 id=\"measures-time-heading\">Questionnaires over time</h2>",
				"id=\"measure-chart-PHQ-9\"", "class=\"band\"",
				"PHQ-9 totals over the last 12 weeks, drawn over its bands: 17 on ",
				"<caption>PHQ-9 results (last 12 weeks)</caption>", "Quite a lot (moderately severe)",
				"Some signs (mild)");
		assertThat(page).contains("<h4>Homework beside the PHQ-9</h4>",
				"In 3 of 3 stretches with at least half the planned homework done, the next PHQ-9 was lower; "
						+ "in 0 of 1 with less done, it was lower.",
				"<caption>Homework done between two PHQ-9 results</caption>", "<td>6 of 7 (86%)</td>",
				"<td>17 \u2192 14</td>", "<td>lower by 3</td>", "<td>no change</td>");
		// On the page below the practice it is read beside.
		assertThat(page.indexOf("Practice week by week")).isLessThan(page.indexOf("Questionnaires over time"));
		assertThat(page).doesNotContainIgnoringCase("fail").doesNotContain("because");
	}

	@Test
	void withoutQuestionnairesThePageSaysHowToStartAndDrawsNoChart() throws Exception {
		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page).contains("Questionnaires over time", "No questionnaire answered in these weeks yet.")
			.doesNotContain("measure-chart-");
	}

	@Test
	void aSingleResultIsDrawnAndTheComparisonWaitsForASecond() throws Exception {
		phq9On(this.today, 6);

		String page = page("/clients/" + this.client.id(), this.clinician);

		assertThat(page)
			.contains("id=\"measure-chart-PHQ-9\"",
					"There is one PHQ-9 result so far: a comparison starts once there are two.")
			.doesNotContain("<caption>Homework done between two PHQ-9 results</caption>");
	}

	@Test
	void theClientSeesTheirPersonalBestsOnTodayKindly() throws Exception {
		record(this.monday.minusWeeks(1), 3, 6, false);
		record(this.monday.minusWeeks(1).plusDays(1), 3, 6, false);
		this.practice.record(this.client.user(), this.breathing, UUID.randomUUID().toString(),
				new EntryRequest(this.monday.minusWeeks(1).plusDays(2),
						Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), 250, 4, 3, 6, null, false, false,
						null));

		String page = page("/today", this.client.user());

		assertThat(page).contains("Your personal bests",
				"Your fullest week: 3 practices and 6 minutes in all, in the week of ",
				"<strong>Breathing by the window</strong>", "Most days in one week: 3 days",
				"Longest practice: 4 min 10 s");
		assertThat(page).doesNotContainIgnoringCase("streak").doesNotContainIgnoringCase("missed");
	}

	private void record(LocalDate day, int before, int after, boolean keepPrivate) {
		this.practice.record(this.client.user(), this.breathing, UUID.randomUUID().toString(),
				new EntryRequest(day, Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), 60, 4, before,
						after, null, keepPrivate, false, null));
	}

	/** A PHQ-9 of that total answered at noon on the client's day (item 9 at 0). */
	private void phq9On(LocalDate day, int total) {
		List<Integer> answers = new java.util.ArrayList<>();
		int left = total;
		for (int item = 0; item < 9; item++) {
			int answer = (item == 8) ? 0 : Math.min(3, left);
			answers.add(answer);
			left -= answer;
		}
		UUID id = this.measures.take(this.client.user(), "PHQ-9", answers, null).id();
		this.jdbc.sql("update measure_response set taken_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of(LONDON)).toInstant()))
			.param("id", id)
			.update();
	}

	private void skip(LocalDate day, SkipReason reason, String note) {
		this.practice.skip(this.client.user(), this.breathing, UUID.randomUUID().toString(),
				new SkipRequest(day, reason, note));
	}

	private String page(String path, CurrentUser user) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(signedIn(user))).andReturn();
		String text = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
		assertThat(result.getResponse().getStatus()).as(text).isEqualTo(200);
		return text;
	}

}
