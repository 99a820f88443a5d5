package org.bridgework.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone, a clinician opens homework across their caseload from the header: the chart
 * fits the screen, the table and what got in the way are there, nothing scrolls sideways,
 * and axe-core finds nothing serious; with no homework yet the page says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseloadInsightsBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-caseload-password";

	private static final int PHONE_WIDTH = 390;

	private static final Set<String> EVERY_DAY = Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	private String clinicianEmail;

	private String newcomerEmail;

	@BeforeEach
	void aCaseloadWithThreePractices() {
		this.clinicianEmail = "caseload-clinician-" + UUID.randomUUID() + "@example.test";
		CurrentUser clinician = clinician(this.clinicianEmail);
		this.newcomerEmail = "caseload-newcomer-" + UUID.randomUUID() + "@example.test";
		clinician(this.newcomerEmail);
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		for (String name : List.of("Robin Across", "Sam Across")) {
			NewClient added = this.clients.add(clinician, name,
					"caseload-client-" + UUID.randomUUID() + "@example.test", ZONE);
			CurrentUser client = this.accounts
				.findUser(this.accounts.acceptInvitation(
						added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD, null))
				.orElseThrow();
			UUID breathing = assign(clinician, added.id(), "mindful-breathing", today.minusDays(20));
			UUID thoughts = assign(clinician, added.id(), "thought-record", today.minusDays(6));
			assign(clinician, added.id(), "gratitude-journal", today.minusDays(1));
			for (int back = 0; back < 20; back += 2) {
				this.practice.record(client, breathing, UUID.randomUUID().toString(),
						new EntryRequest(today.minusDays(back),
								Map.of("mindWandering", "a-few-times", "breathNotes", "Slow"), 60, 4, 3, 6, null, false,
								false, null));
			}
			skip(client, breathing, today.minusDays(1), SkipReason.NO_TIME);
			skip(client, breathing, today.minusDays(3), SkipReason.FORGOT);
			skip(client, thoughts, today.minusDays(2), SkipReason.TOO_HARD);
		}
	}

	@Test
	void theClinicianReadsHowEachPracticeGoesOnAPhone_andANewcomerIsToldKindlyThereIsNothingYet() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.getByRole(AriaRole.NAVIGATION)
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Insights"))
				.click();
			assertThat(page).hasURL(url("/insights"));

			assertThat(page.locator("h1")).hasText("Homework across your caseload");
			assertThat(page.locator(".caseload-readings li").first())
				.hasText("Mindful breathing was done 20 of 42 planned times (48%) across 2 clients.");
			Locator chart = page.locator("#caseload-practice-chart");
			assertThat(chart).isVisible();
			BoundingBox box = chart.boundingBox();
			org.assertj.core.api.Assertions.assertThat(box.width).isGreaterThan(200);
			org.assertj.core.api.Assertions.assertThat(box.x + box.width).isLessThanOrEqualTo(PHONE_WIDTH);
			assertThat(page.locator("#caseload-practice-chart rect.bar")).not().hasCount(0);
			Locator table = page.locator("#by-practice table");
			assertThat(table.locator("caption")).hasText("Homework by practice across your caseload (last 8 weeks)");
			assertThat(table.locator("tbody tr")).hasCount(3);
			assertThat(table.locator("tbody th[scope=row]").first()).containsText("Mindful breathing");
			assertThat(page.locator("#caseload-what-gets-in-the-way .insights-reading"))
				.hasText("\u201cForgot\u201d, \u201cDidn't have time\u201d and \u201cFelt too hard\u201d came up most "
						+ "(2 times each, of 6 skips).");
			assertNoSidewaysScrolling(page);
			assertAccessible(page);

			page.getByLabel("Weeks to look back").selectOption("4");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			assertThat(page).hasURL(url("/insights?weeks=4"));
			assertThat(table.locator("caption")).hasText("Homework by practice across your caseload (last 4 weeks)");
			assertNoSidewaysScrolling(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.newcomerEmail, PASSWORD, "/clients");
			page.navigate(url("/insights"));
			assertThat(page.locator(".empty-state")).containsText("Nothing to show yet.");
			assertThat(page.locator("#caseload-practice-chart")).hasCount(0);
			assertNoSidewaysScrolling(page);
			assertAccessible(page);
		}
	}

	private CurrentUser clinician(String email) {
		IssuedInvitation invitation = this.accounts.invite(null, email, "Dr Across", EnumSet.of(Role.CLINICIAN));
		return this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null)).orElseThrow();
	}

	private UUID assign(CurrentUser clinician, UUID clientId, String template, LocalDate start) {
		return this.assignments.assign(clinician, clientId, new AssignmentPlan(template, "Practice " + template, null,
				null, EVERY_DAY, null, null, 1, start, null, List.of()));
	}

	private void skip(CurrentUser client, UUID assignment, LocalDate day, SkipReason reason) {
		this.practice.skip(client, assignment, UUID.randomUUID().toString(), new SkipRequest(day, reason, null));
	}

	private static void assertNoSidewaysScrolling(Page page) {
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page
				.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.isTrue();
	}

}
