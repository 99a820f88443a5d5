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
import org.bridgework.ladders.LadderRequest;
import org.bridgework.ladders.Ladders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A plan written together, on phones: the client suggests practising by the window after
 * work, the clinician takes it into the plan, both see the change in the plan's history,
 * and the clinician then takes the step up the practice's ladder suggests. Every page is
 * checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanTogetherBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "America/New_York";

	private static final String PASSWORD = "a-long-client-password";

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

	private String clientEmail;

	private CurrentUser clinician;

	private CurrentUser client;

	private UUID clientId;

	private UUID assignment;

	@BeforeEach
	void breathingAfterBrushingTeeth() {
		this.clinicianEmail = "plan-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Plan",
				EnumSet.of(Role.CLINICIAN));
		this.clinician = this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		CurrentUser clinician = this.clinician;
		this.clientEmail = "plan-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Jordan Plan", this.clientEmail, ZONE);
		this.clientId = added.id();
		this.client = this.accounts
			.findUser(this.accounts
				.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD, null))
			.orElseThrow();
		this.assignment = this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), java.time.LocalTime.of(8, 0),
						"After I brush my teeth", 1, LocalDate.now(ZoneId.of(ZONE)).minusDays(10), null, List.of()));
	}

	/**
	 * The breathing grows 1 → 3 → 5 minutes once practised on 3 of the last 3 planned
	 * days, and the client practised on each of the last three.
	 */
	private void aLadderReadyToStepUp() {
		this.ladders.save(this.clinician, this.assignment,
				new LadderRequest(
						List.of(new LadderRequest.Step("1 minute", 1), new LadderRequest.Step("3 minutes", 3),
								new LadderRequest.Step("5 minutes", 5)),
						"minutes", false, new LadderRequest.Rule("DONE_DAYS", 3, null, 3, null, null, null), null));
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
			this.practice.record(this.client, this.assignment, UUID.randomUUID().toString(),
					new EntryRequest(today.minusDays(daysAgo),
							Map.of("mindWandering", "a-few-times", "breathNotes", "Easier"), 60, 4, 3, 6, null, false,
							false));
		}
	}

	@Test
	void theClientSuggestsTheClinicianTakesItInAndThenStepsUpTheLadder() {
		aLadderReadyToStepUp();
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
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
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
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

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the client")).click();
			assertThat(page.locator("#ladder-" + this.assignment))
				.containsText("Suggest stepping up to step 2: 3 minutes");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step up to step 2")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("The step is changed and kept in the history.");
			assertThat(page.locator("main")).containsText("Step 2 of 3: 3 minutes");
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/practice/" + this.assignment));
			assertThat(page.locator(".practice-facts")).containsText("By the window");
			assertThat(page.locator(".practice-facts")).containsText("When I get home from work");
		}
	}

	@Test
	void theClientSuggestsAPracticeOfTheirOwn_andTheClinicianPlansItAsHomework() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suggest a practice of your own"))
				.click();
			assertAccessible(page);
			page.getByLabel("What would you like to practise?").fill("Singing in the car on the way home");
			page.getByLabel("Why it matters to you (optional)").fill("It lifts my mood");
			page.getByLabel("When, or after what? (optional)").fill("When I leave work");
			page.getByLabel("For how long, in minutes? (optional)").fill("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to my clinician")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your idea is with your clinician");
			assertThat(page.locator("main")).containsText("With your clinician");
			assertAccessible(page);
		}
		try (BrowserContext desk = phone()) {
			Page page = desk.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator("#practice-ideas")).containsText("Why: It lifts my mood");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions()
						.setName(java.util.regex.Pattern.compile("^Plan it as homework\\W+Singing in the car")))
				.click();
			assertThat(page.locator(".idea-banner")).containsText("Planning Jordan Plan's own idea");
			page.locator("a[href*='template=mindful-daily-activity']").click();
			assertThat(page.getByLabel("Title")).hasValue("Singing in the car on the way home");
			page.getByLabel("Monday", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Thursday", new Page.GetByLabelOptions().setExact(true)).check();
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
			assertThat(page.locator("main")).containsText("The homework is assigned");
			assertThat(page.locator("#practice-ideas")).containsText("Planned as homework");
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/practice-ideas"));
			assertThat(page.locator("main")).containsText("Planned as homework");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName(java.util.regex.Pattern.compile("^Open the practice\\W+Singing"))).click();
			assertThat(page.locator("main")).containsText("It lifts my mood");
			assertAccessible(page);
		}
	}

}
