package org.bridgework.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.Practice;
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
 * On a phone: a clinician writes a staying-well plan with a coping strategy linked to the
 * breathing the client practised, and plans a booster tune-up for today; the client finds
 * the tune-up on Today and opens their plan from there, with what their practice showed.
 * Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StayingWellBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-staying-well-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	private LocalDate today;

	@BeforeEach
	void aClientWhoPractisedBreathing() {
		this.clinicianEmail = "staying-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Well",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "staying-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Well", this.clientEmail, ZONE);
		this.clientId = added.id();
		String token = added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1);
		CurrentUser client = this.accounts.findUser(this.accounts.acceptInvitation(token, PASSWORD, null))
			.orElseThrow();
		this.today = LocalDate.now(ZoneId.of(ZONE));
		UUID breathing = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1,
						this.today.minusDays(10), this.today.minusDays(1), List.of()));
		this.practice.record(client, breathing, UUID.randomUUID().toString(), new EntryRequest(this.today.minusDays(2),
				Map.of("mindWandering", "a-few-times", "breathNotes", "Slower"), 60, 4, 3, 7, null, false, false));
	}

	@Test
	void aClinicianWritesThePlanAndPlansATuneUpAndTheClientOpensItFromToday() {
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#staying-well")).containsText("No staying-well plan yet.");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write the staying-well plan")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Staying-well plan with Robin Well");
			assertAccessible(page);
			exact(page, "Warning sign 1").fill("Sleeping badly for a few nights");
			exact(page, "Trigger 1").fill("Deadlines at work");
			exact(page, "Coping strategy 1").fill("One minute of breathing by the window");
			page.getByLabel("Homework that showed it (strategy 1)")
				.selectOption(new SelectOption().setLabel("Breathing by the window"));
			exact(page, "Name (person 1)").fill("My sister Alex");
			exact(page, "How to reach them (person 1)").fill("07700 900123");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the plan")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The plan is saved.");
			assertThat(exact(page, "Warning sign 1")).hasValue("Sleeping badly for a few nights");
			assertAccessible(page);

			page.getByLabel("Practice", new Page.GetByLabelOptions().setExact(true))
				.selectOption(new SelectOption().setLabel("Breathing by the window"));
			page.getByLabel("First tune-up on").fill(this.today.toString());
			page.getByLabel("How many tune-ups").fill("1");
			page.getByLabel("A short note for the client (optional)").fill("A short refresh of what helps");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the tune-ups")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The tune-ups are planned.");
			assertThat(page.locator("#boosters")).containsText("Tune-up: Breathing by the window");
			assertAccessible(page);
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			assertThat(page.locator("main")).containsText("Tune-up: Breathing by the window");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open your staying-well plan")).click();
			assertThat(page).hasURL(url("/staying-well"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Your staying-well plan");
			assertThat(page.locator("main")).containsText("Sleeping badly for a few nights");
			assertThat(page.locator("main")).containsText("Your practice \"Breathing by the window\": done once.");
			assertThat(page.locator("main")).containsText("Mood on average 3 before and 7 after");
			assertThat(page.locator("main")).containsText("My sister Alex");
			assertThat(page.locator("main")).containsText("A short refresh of what helps");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print this plan")))
				.isVisible();
			assertAccessible(page);
		}
	}

	private static com.microsoft.playwright.Locator exact(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

}
