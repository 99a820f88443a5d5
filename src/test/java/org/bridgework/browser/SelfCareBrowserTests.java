package org.bridgework.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
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
 * A client on a phone records a practice that left them lower than before: they are
 * offered a short self-care step at once, and the crisis resources are one tap away.
 * Every page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfCareBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Australia/Sydney";

	private static final String PASSWORD = "a-long-self-care-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	private String clientEmail;

	@BeforeEach
	void aClientWithDailyBreathing() {
		IssuedInvitation invitation = this.accounts.invite(null,
				"care-clinician-" + UUID.randomUUID() + "@example.test", "Dr Care", EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "care-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Jo Care", this.clientEmail, ZONE);
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
		this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1,
						LocalDate.now(ZoneId.of(ZONE)).minusDays(3), null, List.of()));
	}

	@Test
	void aHardPracticeOffersSelfCareAndCrisisResourcesOneTapAway() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Start")))
				.first()
				.click();
			page.getByLabel("What did you notice about your breath?").fill("Tight and fast");
			page.getByLabel("A few times").check();
			page.getByLabel("Before you started").selectOption(new SelectOption().setValue("6"));
			page.getByLabel("Afterwards").selectOption(new SelectOption().setValue("3"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

			assertThat(
					page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Take a moment for yourself")))
				.isVisible();
			assertThat(page.locator(".self-care")).containsText("Name five things you can see.");
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See crisis resources now")).click();
			assertThat(page.locator("h1")).hasText("Need help now?");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 988"))).isVisible();
			org.assertj.core.api.Assertions
				.assertThat((Boolean) page
					.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.isTrue();
			assertAccessible(page);
		}
	}

	@Test
	void theHelpPageIsOneTapFromTheSignInPageWithoutAnAccount() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(url("/login"));
			assertThat(page.locator("footer")).containsText("not for emergencies");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Need help now?")).click();
			assertThat(page.locator("h1")).hasText("Need help now?");
			assertThat(page.locator(".crisis-resources")).containsText("Samaritans");
			assertAccessible(page);
		}
	}

}
