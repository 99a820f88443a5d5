package org.bridgework.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breathing guide of Mindful breathing (in for 4 seconds, out for 6), used on a
 * phone: the words follow the breath, the status line speaks only at start and stop, and
 * with reduced motion the circle keeps still.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BreathingPacerBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-client-password";

	/** Longer than one in-breath (4 s), with room for a slow shared machine. */
	private static final LocatorAssertions.HasTextOptions WITHIN_A_BREATH = new LocatorAssertions.HasTextOptions()
		.setTimeout(8_000);

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	private String email;

	private UUID assignment;

	@BeforeEach
	void clinicianAssignsMindfulBreathing() {
		CurrentUser clinician = newClinician();
		this.email = "pacer-" + UUID.randomUUID() + "@example.test";
		NewClient client = this.clients.add(clinician, "Pacer Client", this.email, ZONE);
		this.accounts.acceptInvitation(tokenOf(client.inviteUrl()), PASSWORD, null);
		this.assignment = this.assignments.assign(clinician, client.id(),
				new AssignmentPlan("mindful-breathing", "Mindful breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), null, null, null,
						LocalDate.now(ZoneId.of(ZONE)).minusDays(1), null, List.of()));
	}

	@Test
	void breathingGuide_leadsInAndOutAndSpeaksOnlyAtStartAndStop() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page);
			page.navigate(url("/practice/" + this.assignment));

			Locator guide = page.locator("[data-pacer]");
			Locator cue = guide.locator("[data-pacer-cue]");
			Locator status = guide.getByRole(AriaRole.STATUS);
			Locator start = guide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start"));
			Locator stop = guide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Stop"));
			assertThat(guide).isVisible();
			assertThat(guide.getByRole(AriaRole.HEADING)).hasText("Breathing guide");
			assertThat(stop).isDisabled();
			assertAccessible(page);
			countChanges(page, "[data-pacer-status]");

			start.click();
			assertThat(cue).hasText("Breathe in");
			assertThat(status).hasText("Breathing guide started: in for 4, out for 6.");
			assertThat(start).isDisabled();
			assertThat(stop).isFocused();
			// The seconds reached the stylesheet despite the CSP: the circle grows over 4
			// s.
			assertThat(page.locator("[data-pacer-circle]")).hasCSS("transition-duration", "4s");
			int changesAtStart = changes(page);

			assertThat(cue).hasText("Breathe out", WITHIN_A_BREATH);
			assertThat(page.locator("[data-pacer-circle]")).hasCSS("transition-duration", "6s");
			assertThat(changes(page)).as("the status line is quiet between breaths").isEqualTo(changesAtStart);
			assertAccessible(page);

			stop.click();
			assertThat(status).hasText("Breathing guide stopped.");
			assertThat(cue).hasText("Press Start when you're ready.");
			assertThat(start).isFocused();
			assertThat(stop).isDisabled();
			assertAccessible(page);
		}
	}

	@Test
	void withReducedMotion_theCircleKeepsStillAndTheWordsStillLead() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
			signIn(page);
			page.navigate(url("/practice/" + this.assignment));
			Locator circle = page.locator("[data-pacer-circle]");
			String stillTransform = String.valueOf(circle.evaluate("(c) => getComputedStyle(c).transform"));

			page.locator("[data-pacer-start]").click();
			assertThat(page.locator("[data-pacer-cue]")).hasText("Breathe in");
			assertThat(circle).hasCSS("transition-duration", "0s");
			assertThat(circle).hasCSS("transform", stillTransform);
			assertThat(page.locator("[data-pacer-cue]")).hasText("Breathe out", WITHIN_A_BREATH);
			assertThat(circle).hasCSS("transform", stillTransform);
			assertAccessible(page);
		}
	}

	/** Counts every change to the element from now on, in {@code window.pacerChanges}. */
	private static void countChanges(Page page, String selector) {
		page.evaluate(
				"""
						(selector) => {
							window.pacerChanges = 0;
							new MutationObserver((records) => { window.pacerChanges += records.length; })
								.observe(document.querySelector(selector), { childList: true, characterData: true, subtree: true });
						}""",
				selector);
	}

	private static int changes(Page page) {
		return ((Number) page.evaluate("() => window.pacerChanges")).intValue();
	}

	private void signIn(Page page) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(this.email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page).hasURL(url("/today"));
	}

	private CurrentUser newClinician() {
		IssuedInvitation invitation = this.accounts.invite(null, "clinician-" + UUID.randomUUID() + "@example.test",
				"Clinician", EnumSet.of(Role.CLINICIAN));
		return this.accounts.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null)).orElseThrow();
	}

	private static String tokenOf(String inviteUrl) {
		return inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
	}

}
