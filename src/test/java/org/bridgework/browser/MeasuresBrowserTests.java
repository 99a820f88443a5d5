package org.bridgework.browser;

import java.util.EnumSet;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On phones (390x844): a clinician schedules a weekly PHQ-9 from the client page, and a
 * GAD-7 before each session that says no session date is recorded yet; the client finds
 * the PHQ-9 on Today, leaves two answers out and gets them marked with the rest kept,
 * answers item 9 above 0 and sees the crisis resources at once, then their own history.
 * Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MeasuresBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-measures-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	@BeforeEach
	void aClinicianAndTheirClient() {
		this.clinicianEmail = "measures-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Measure",
				EnumSet.of(Role.CLINICIAN));
		var clinician = this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "measures-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Alex Answer", this.clientEmail, "America/New_York");
		this.clientId = added.id();
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
	}

	@Test
	void aClientTakesAScheduledPhq9FromTodayOnAPhone() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#measures")).containsText("No questionnaires answered yet.");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule a questionnaire")).click();
			assertAccessible(page);
			page.getByLabel("Questionnaire").selectOption("PHQ-9");
			page.getByLabel("Every week").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the schedule")).click();
			assertThat(page.locator("#measures")).containsText("The schedule is added.");
			assertThat(page.locator("#measures")).containsText("due now");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule a questionnaire")).click();
			page.getByLabel("Questionnaire").selectOption("GAD-7");
			page.getByLabel("Before each session", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the schedule")).click();
			assertThat(page.locator("#measures")).containsText("no next session date yet");
			assertThat(page.locator("#measures")
				.getByRole(AriaRole.LINK,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName("add one in Sessions")))
				.isVisible();
			assertAccessible(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			assertThat(page.locator(".measure-due")).containsText("A questionnaire for you");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer the PHQ-9")).click();
			assertThat(page.locator("h1")).hasText("PHQ-9 (how your mood has been)");
			assertAccessible(page);
			int[] answers = { 1, 2, 0, 1, 0, 1, 0, 0, 1 };
			for (int i = 0; i < answers.length; i++) {
				if (i != 2 && i != 5) {
					page.locator("#answers-" + i + "-" + answers[i]).check();
				}
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
			assertThat(page.locator("#measure-errors")).containsText("A few answers are missing");
			assertThat(page.locator("#answers-2-error")).hasText("Please choose an answer for question 3.");
			assertThat(page.locator("#answers-1-2")).isChecked();
			assertAccessible(page);
			page.locator("#answers-2-0").check();
			page.locator("#answers-5-1").check();
			page.locator("#difficulty-1").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();

			assertThat(page.locator("h1")).hasText("Thank you for your answers");
			assertThat(page.locator(".crisis-now")).containsText("Your clinician will be told");
			assertThat(page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("See all the ways to get help now")))
				.isVisible();
			assertThat(page.locator("main")).containsText("Your total: 6 of 27");
			noSidewaysScrolling(page);
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See all your results")).click();
			assertThat(page.locator("table caption")).hasText("PHQ-9 (how your mood has been)");
			assertThat(page.locator("table")).containsText("Some signs (mild)");
			noSidewaysScrolling(page);
			assertAccessible(page);
			page.navigate(url("/today"));
			assertThat(page.locator(".measure-due")).hasCount(0);
		}
	}

	private static void noSidewaysScrolling(Page page) {
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page
				.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.isTrue();
	}

}
