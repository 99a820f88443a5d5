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
 * A client writes a check-in from Today on a phone; their clinician, also on a phone,
 * opens the session digest from the client page and reads it there. Every page on the way
 * is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-session-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	@BeforeEach
	void aClientWithDailyBreathing() {
		this.clinicianEmail = "sessions-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Rhythm",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "sessions-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Rhythm", this.clientEmail, ZONE);
		this.clientId = added.id();
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
		this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1,
						LocalDate.now(ZoneId.of(ZONE)).minusDays(3), null, List.of()));
	}

	@Test
	void aClientChecksInOnAPhone_andTheClinicianReadsItInTheDigest() {
		String words = "This is harder than I thought " + UUID.randomUUID();
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			assertAccessible(page);
			page.getByLabel("Write a short check-in for your clinician").fill(words);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send check-in")).click();
			assertThat(page.locator("#check-in-saved"))
				.hasText("Thanks for checking in. Your clinician will read it before your next session.");
			assertAccessible(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#sessions")).containsText(words);
			assertAccessible(page);
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Prepare for the session: open the digest"))
				.click();
			assertThat(page.locator("h1")).hasText("Session digest: Robin Rhythm");
			assertThat(page.locator("main")).containsText(words);
			assertThat(page.locator("main")).containsText("No earlier session is recorded");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print this page")))
				.isVisible();
			// Nothing wider than the phone: no sideways scrolling.
			org.assertj.core.api.Assertions
				.assertThat((Boolean) page
					.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.isTrue();
			assertAccessible(page);
		}
	}

}
