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
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A plan written together, on phones: the client suggests practising by the window after
 * work, the clinician takes it into the plan, and both see the change in the plan's
 * history. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTogetherBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "America/New_York";

	private static final String PASSWORD = "a-long-client-password";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	private UUID assignment;

	@BeforeEach
	void breathingAfterBrushingTeeth() {
		this.clinicianEmail = "plan-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Plan",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "plan-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Jordan Plan", this.clientEmail, ZONE);
		this.clientId = added.id();
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
		this.assignment = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), java.time.LocalTime.of(8, 0),
						"After I brush my teeth", 1, LocalDate.now(ZoneId.of(ZONE)).minusDays(1), null, List.of()));
	}

	@Test
	void theClientSuggestsAndTheClinicianTakesItIn() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, "/today");
			page.navigate(url("/practice/" + this.assignment));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suggest a change to your plan")).click();
			assertAccessible(page);
			page.getByLabel("After what").fill("When I get home from work");
			page.getByLabel("Where").fill("By the window");
			page.getByLabel("Time of day").fill("18:30");
			page.getByLabel("Anything you'd like to say about it (optional)").fill("Mornings are rushed");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to my clinician")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your suggestion is with your clinician");
			assertThat(page.locator("main")).containsText("With your clinician");
			assertAccessible(page);
		}
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("main")).containsText("New suggestions from your client: 1");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The plan and its history")).click();
			assertThat(page.locator("main")).containsText("In their words: Mornings are rushed");
			assertThat(page.locator(".change-list").first()).containsText("After what:");
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take it into the plan")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Done: the suggestion is part of the plan now.");
			assertThat(page.locator("#history-title + ol"))
				.containsText("suggested by the client, taken in by Dr Plan");
			assertThat(page.locator("#history-title + ol")).containsText("By the window");
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, "/today");
			page.navigate(url("/practice/" + this.assignment));
			assertThat(page.locator(".practice-facts")).containsText("By the window");
			assertThat(page.locator(".practice-facts")).containsText("When I get home from work");
		}
	}

	private void signIn(Page page, String email, String landing) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url(landing));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
