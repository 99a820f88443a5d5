package org.bridgework.browser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
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
import org.bridgework.ladders.LadderRequest;
import org.bridgework.ladders.Ladders;
import org.bridgework.ladders.StepBack;
import org.bridgework.ladders.StepChangeRequest;
import org.bridgework.measures.Measures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone, the clinician's client page draws what gets in the way, mood before and
 * after, a ladder's steps and a questionnaire over its bands (with homework beside it) as
 * charts that fit the screen, each with its table (the ladder's page draws its steps
 * too); the client sees their personal bests on Today. Every page is checked with
 * axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InsightsBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-insights-password";

	private static final int PHONE_WIDTH = 390;

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

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	private UUID breathing;

	@BeforeEach
	void aClientWithSomeWeeksOfBreathing() {
		this.clinicianEmail = "insights-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Picture",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "insights-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Picture", this.clientEmail, ZONE);
		this.clientId = added.id();
		CurrentUser client = this.accounts
			.findUser(this.accounts
				.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD, null))
			.orElseThrow();
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		this.breathing = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1, today.minusDays(50),
						null, List.of()));
		for (int week = 0; week < 4; week++) {
			LocalDate start = monday.minusWeeks(week);
			record(client, start, 3, 5 + week % 2, 60 + week * 30);
			skip(client, start.plusDays(1), (week % 2 == 0) ? SkipReason.NO_TIME : SkipReason.FORGOT,
					"A long day at work, week " + week);
		}
		skip(client, monday.minusWeeks(5), SkipReason.TOO_HARD, null);
		int[] phq9 = { 16, 13, 11, 9, 7 };
		for (int week = 0; week < phq9.length; week++) {
			phq9On(client, today.minusWeeks(4 - week), phq9[week]);
		}
		this.ladders.save(clinician, this.breathing,
				new LadderRequest(
						List.of(new LadderRequest.Step("1 minute", 1), new LadderRequest.Step("3 minutes", 3),
								new LadderRequest.Step("5 minutes", 5)),
						"minutes", false, new LadderRequest.Rule("DONE_DAYS", 3, null, 3, null, null, null),
						StepBack.NEVER));
		this.ladders.change(clinician, this.breathing, new StepChangeRequest(1, 2, "Agreed in session"));
	}

	@Test
	void theClinicianReadsTheChartsAndTheirTablesOnAPhone_andTheClientSeesTheirBests() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));

			Locator way = page.locator("#what-gets-in-the-way");
			assertThat(way.locator("h2")).hasText("What gets in the way");
			assertThat(way.locator(".insights-reading")).containsText("came up most in the last 4 weeks");
			assertFitsOnThePhone(page.locator("#what-gets-in-the-way-chart"));
			assertThat(page.locator("#what-gets-in-the-way-chart rect.bar")).not().hasCount(0);
			assertThat(way.locator("table caption")).hasText("Skips by week, with what got in the way (last 8 weeks)");
			assertThat(way.locator("table tbody tr")).hasCount(8);
			assertThat(way).containsText("A long day at work, week 0");

			Locator mood = page.locator("#insights-" + this.breathing);
			assertFitsOnThePhone(page.locator("#mood-" + this.breathing));
			assertThat(mood.locator("table caption")).hasText("Average mood (0 to 10) before and after, by week");
			assertThat(mood.locator("table tbody tr")).hasCount(4);
			assertFitsOnThePhone(page.locator("#ladder-chart-" + this.breathing));
			assertThat(page.locator("#ladder-chart-" + this.breathing + " path.step-line")).hasCount(1);

			Locator measures = page.locator("#measures-over-time");
			assertFitsOnThePhone(page.locator("#measure-chart-PHQ-9"));
			assertThat(page.locator("#measure-chart-PHQ-9 rect.band")).hasCount(5);
			assertThat(page.locator("#measure-chart-PHQ-9 .marker")).hasCount(5);
			assertThat(measures.locator("table").first().locator("tbody tr")).hasCount(5);
			assertThat(measures).containsText("Quite a lot (moderately severe)");
			assertThat(measures.locator(".outcome-reading")).containsText("the next PHQ-9 was lower");
			assertThat(measures.locator(".outcome-reading")).containsText("may well be chance");
			assertThat(page.locator("#ladder-" + this.breathing + " table")).containsText("Agreed in session");

			assertNoSidewaysScrolling(page);
			assertAccessible(page);

			page.navigate(url("/assignments/" + this.breathing + "/ladder"));
			assertFitsOnThePhone(page.locator("#ladder-chart-" + this.breathing));
			assertThat(page.locator(".ladder-table")).containsText("Agreed in session");
			assertNoSidewaysScrolling(page);
			assertAccessible(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			Locator wins = page.locator("section.wins");
			assertThat(wins).containsText("Your personal bests");
			assertThat(wins).containsText("Most days in one week: one day");
			assertThat(wins).containsText("Longest practice: 2 min 30 s");
			assertNoSidewaysScrolling(page);
			assertAccessible(page);
		}
	}

	private static void assertFitsOnThePhone(Locator chart) {
		assertThat(chart).isVisible();
		BoundingBox box = chart.boundingBox();
		org.assertj.core.api.Assertions.assertThat(box.width).isGreaterThan(200).isLessThanOrEqualTo(PHONE_WIDTH);
		org.assertj.core.api.Assertions.assertThat(box.x).isGreaterThanOrEqualTo(0);
		org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(PHONE_WIDTH);
		org.assertj.core.api.Assertions.assertThat(box.height).isGreaterThan(100);
	}

	private static void assertNoSidewaysScrolling(Page page) {
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page
				.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.isTrue();
	}

	private void record(CurrentUser client, LocalDate day, int before, int after, int seconds) {
		this.practice.record(client, this.breathing, UUID.randomUUID().toString(),
				new EntryRequest(day, Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), seconds, 4, before,
						after, null, false, false, null));
	}

	/** A PHQ-9 of that total (item 9 at 0), answered at noon on the client's day. */
	private void phq9On(CurrentUser client, LocalDate day, int total) {
		List<Integer> answers = new java.util.ArrayList<>();
		int left = total;
		for (int item = 0; item < 9; item++) {
			int answer = (item == 8) ? 0 : Math.min(3, left);
			answers.add(answer);
			left -= answer;
		}
		UUID id = this.measures.take(client, "PHQ-9", answers, null).id();
		this.jdbc.sql("update measure_response set taken_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(day.atTime(12, 0).atZone(ZoneId.of(ZONE)).toInstant()))
			.param("id", id)
			.update();
	}

	private void skip(CurrentUser client, LocalDate day, SkipReason reason, String note) {
		this.practice.skip(client, this.breathing, UUID.randomUUID().toString(), new SkipRequest(day, reason, note));
	}

}
