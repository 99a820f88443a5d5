package org.bridgework.browser;

import java.util.EnumSet;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
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
 * On a phone, a clinician writes a goal with the client, in the client's words and tied
 * to a value, assigns homework to it and sees the client page grouped by goal; the client
 * sees the goal in their words on Today and on the practice. Every page on the way is
 * checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GoalsBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-goals-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	@BeforeEach
	void aClientInCare() {
		this.clinicianEmail = "goals-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Compass",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "goals-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Compass", this.clientEmail, "Europe/London");
		this.clientId = added.id();
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
	}

	@Test
	void aClinicianWritesAGoalTiedToAValue_assignsHomeworkToIt_andTheClientSeesItInTheirWords() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("main")).containsText("No goals yet. Write a few with your client");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write and change goals together"))
				.click();
			assertThat(page.locator("h1")).hasText("Goals with Robin Compass");
			assertAccessible(page);
			page.getByLabel("The goal, in their words").fill("Sleep through more nights");
			page.getByLabel("Joy", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the goal")).click();
			assertThat(page.locator("main")).containsText("The goal is added.");
			assertThat(page.locator(".goal-list")).containsText("What matters about it: Joy");
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to Robin Compass")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign homework")).first().click();
			page.locator("a[href*='template=mindful-breathing']").click();
			page.getByLabel("Title").fill("Breathing at bedtime");
			page.getByLabel("Sleep through more nights").check();
			for (String day : new String[] { "Monday", "Wednesday", "Friday" }) {
				page.getByLabel(day, new Page.GetByLabelOptions().setExact(true)).check();
			}
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
			assertThat(page.locator("main")).containsText("The homework is assigned");

			Locator group = page.locator("section.goal-group")
				.filter(new Locator.FilterOptions().setHasText("Sleep through more nights"));
			assertThat(group.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3)))
				.containsText("Joy");
			assertThat(group.getByRole(AriaRole.HEADING,
					new Locator.GetByRoleOptions().setLevel(4).setName("Breathing at bedtime")))
				.isVisible();
			org.assertj.core.api.Assertions
				.assertThat((Boolean) page
					.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.isTrue();
			assertAccessible(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			Locator goals = page.locator("section.your-goals");
			assertThat(goals).containsText("What you're working towards");
			assertThat(goals).containsText("Sleep through more nights");
			assertThat(goals).containsText("Joy");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Breathing at bedtime")).first().click();
			assertThat(page.locator("main")).containsText("This practice serves your goal: Sleep through more nights");
			assertThat(page.locator("main")).containsText("What matters to you about it: Joy");
			assertAccessible(page);
		}
	}

}
