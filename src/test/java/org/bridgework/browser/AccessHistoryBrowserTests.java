package org.bridgework.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.Accounts;
import org.bridgework.testing.TestPeople;
import org.bridgework.testing.TestPeople.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone: after their clinician opened their page, the client finds "Who has looked
 * at your record" from My data, reads who it was in plain words, and can add their own
 * visits. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessHistoryBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = TestPeople.PASSWORD;

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
	void aClientAndTheirClinician() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		Member clinician = people.clinicianNamed("Dr Nowak");
		this.clinicianEmail = clinician.email();
		Member client = people.clientNamed(clinician.user(), "Maja", "Europe/Warsaw");
		this.clientEmail = client.email();
		this.clientId = client.clientId();
		this.assignments.assign(clinician.user(), this.clientId,
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1,
						LocalDate.now(ZoneId.of("Europe/Warsaw")).minusDays(3), null, List.of()));
	}

	@Test
	void theClientReadsWhoLookedAtTheirRecord_inPlainWords() {
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Maja");
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my record")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See who has looked at your record"))
				.click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Who has looked at your record");
			assertThat(page.locator(".access-lines li").first()).containsText("Dr Nowak looked at your details");
			assertThat(page.locator(".access-lines")).not().containsText("You ");
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show my own visits too")).click();
			assertThat(page.locator(".access-lines li").first()).containsText("You looked at");
			assertAccessible(page);
		}
	}

}
