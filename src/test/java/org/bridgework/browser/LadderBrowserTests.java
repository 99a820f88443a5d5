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
import org.bridgework.ladders.Ladders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone: a clinician makes breathing a ladder of 1, 3 and 5 minutes that moves on
 * after practice on 3 of the last 3 planned days; the client practises, is told warmly
 * that they have reached the next step; the clinician accepts it and the client is on 3
 * minutes. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LadderBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-ladder-password";

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

	private String clinicianEmail;

	private CurrentUser clinician;

	private String clientEmail;

	private UUID clientId;

	private CurrentUser client;

	private UUID breathing;

	private LocalDate today;

	@BeforeEach
	void aClientWithBreathingEveryDay() {
		this.clinicianEmail = "ladder-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Steps",
				EnumSet.of(Role.CLINICIAN));
		this.clinician = this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "ladder-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(this.clinician, "Kim Steps", this.clientEmail, ZONE);
		this.clientId = added.id();
		String token = added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1);
		this.client = this.accounts.findUser(this.accounts.acceptInvitation(token, PASSWORD, null)).orElseThrow();
		this.today = LocalDate.now(ZoneId.of(ZONE));
		this.breathing = this.assignments.assign(this.clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "Breathing that grows", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, 1,
						this.today.minusDays(10), null, List.of()));
	}

	@Test
	void aClinicianSetsALadderTheClientPractisesAndTheStepUpIsAccepted() {
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make this a ladder")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Ladder for Breathing that grows");
			assertAccessible(page);
			step(page, 1, "1 minute", "1");
			step(page, 2, "3 minutes", "3");
			step(page, 3, "5 minutes", "5");
			page.getByLabel("Unit of the targets (optional)").fill("minutes");
			page.getByLabel("After practising on enough planned days").check();
			page.getByLabel("Practised on this many days").fill("3");
			page.getByLabel("Out of the last this many planned days").fill("3");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the ladder")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("The ladder is saved.");
			assertThat(page.locator("main")).containsText("Step 1 of 3: 1 minute");
			assertAccessible(page);
		}

		for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
			this.practice.record(this.client, this.breathing, UUID.randomUUID().toString(),
					new EntryRequest(this.today.minusDays(daysAgo),
							Map.of("mindWandering", "a-few-times", "breathNotes", "Slower each time"), 60, 4, 3, 6,
							null, false, false));
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			assertThat(page.locator("#ladder-" + this.breathing)).containsText("You've reached the next step");
			assertThat(page.locator("#ladder-" + this.breathing)).containsText("the next step is: 3 minutes");
			assertAccessible(page);
			page.navigate(url("/practice/" + this.breathing));
			assertThat(page.locator("#ladder-" + this.breathing)).containsText("Your step now: 1 minute");
			assertAccessible(page);
		}

		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#ladder-" + this.breathing))
				.containsText("Suggest stepping up to step 2: 3 minutes");
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step up to step 2")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("The step is changed and kept in the history.");
			assertThat(page.locator("main")).containsText("Step 2 of 3: 3 minutes");
			assertThat(page.getByRole(AriaRole.TABLE)).containsText("From step 1 (1 minute) to step 2 (3 minutes)");
			assertAccessible(page);
		}

		assertThat(this.ladders.find(this.clinician, this.breathing).orElseThrow().ladder().current().label())
			.isEqualTo("3 minutes");
	}

	private static void step(Page page, int number, String label, String target) {
		page.getByLabel("Step " + number, new Page.GetByLabelOptions().setExact(true)).fill(label);
		page.getByLabel("Target for step " + number + " (optional)").fill(target);
	}

}
