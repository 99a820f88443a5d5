package org.bridgework.browser;

import java.time.LocalDate;
import java.time.LocalTime;
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
 * A client sets up their reminders on a phone: Today's "remind me later", the settings
 * page (no mail server here, and it says so), a practice's own time, a calendar link made
 * and shown once; their clinician reads the reminder log. Every page is checked with
 * axe-core at 390x844.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemindersBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-reminder-password";

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
		this.clinicianEmail = "reminders-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Nudge",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "reminders-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Nudge", this.clientEmail, ZONE);
		this.clientId = added.id();
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
		this.assignments.assign(clinician, added.id(),
				new AssignmentPlan("mindful-breathing", "One minute of breathing", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(8, 0), null, 1,
						LocalDate.now(ZoneId.of(ZONE)).minusDays(3), null, List.of()));
	}

	@Test
	void aClientSetsUpRemindersOnAPhone_andTheClinicianSeesTheLog() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			assertThat(page.locator(".reminders-today")).containsText("Remind me later about One minute of breathing");
			page.locator(".reminders-today")
				.getByRole(AriaRole.BUTTON,
						new com.microsoft.playwright.Locator.GetByRoleOptions().setName("In 30 minutes"))
				.click();
			assertThat(page.locator("main")).containsText("We'll remind you again at");
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminder settings")).click();
			assertThat(page.locator("h1")).hasText("Reminders");
			assertThat(page.locator("main")).containsText("cannot send email yet");
			assertAccessible(page);
			page.getByLabel("At", new Page.GetByLabelOptions().setExact(true)).fill("07:30");
			page.locator(".reminder-practice")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
				.click();
			assertThat(page.locator("[role=status]").first()).hasText("Saved. Your next reminders follow it.");
			assertThat(page.getByLabel("At", new Page.GetByLabelOptions().setExact(true))).hasValue("07:30");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar link")).click();
			assertThat(page.getByLabel("Calendar link"))
				.hasValue(java.util.regex.Pattern.compile("/calendar/.+\\.ics$"));
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add to my calendar")))
				.hasAttribute("href", java.util.regex.Pattern.compile("^webcal://"));
			assertAccessible(page);
			org.assertj.core.api.Assertions
				.assertThat((Boolean) page
					.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
				.isTrue();
		}

		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/clients/" + this.clientId));
			assertThat(page.locator(".reminders-clinician").first()).containsText("Reminder at 07:30");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reminders sent")).first().click();
			assertThat(page.locator("h1")).hasText("Reminders sent");
			assertAccessible(page);
		}
	}

	@Test
	void notificationsOnThisPhone_areOfferedWhereTheBrowserCanShowThem_andKindlyExplainedWhereNot() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/me/reminders"));
			// The button appears once the service worker is registered and active.
			assertThat(page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Turn on notifications on this phone")))
				.isVisible();
			assertThat(page.locator("[data-push-unsupported]")).isHidden();
			Object scope = page.evaluate("() => navigator.serviceWorker.getRegistration('/js/')"
					+ ".then((registration) => registration && registration.active ? registration.scope : null)");
			org.assertj.core.api.Assertions.assertThat(scope).isEqualTo(url("/js/"));
			assertAccessible(page);
		}

		try (BrowserContext phone = phone()) {
			// A browser without push (an iPhone's Safari outside the Home Screen, say).
			phone.addInitScript("delete window.PushManager;");
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.navigate(url("/me/reminders"));
			assertThat(page.locator("[data-push-unsupported]"))
				.hasText(java.util.regex.Pattern.compile("Email and the calendar link still work"));
			assertThat(page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Turn on notifications on this phone")))
				.isHidden();
			assertAccessible(page);
		}
	}

	@Test
	void aClinicianTurnsOnTheDailyDigest_inTheirSettings() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			page.navigate(url("/account/settings"));
			assertThat(page.locator("#digest-emails")).containsText("no client's name and nothing clinical");
			page.locator("input[name=dailyDigest]").check();
			page.locator("#digest-send-at").fill("07:15");
			page.locator("#digest-emails")
				.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save"))
				.click();
			assertThat(page.locator("#digest-emails [role=status]")).hasText("Saved. Your next emails follow it.");
			assertThat(page.locator("input[name=dailyDigest]")).isChecked();
			assertThat(page.locator("#digest-send-at")).hasValue("07:15");
			assertAccessible(page);
		}
	}

}
