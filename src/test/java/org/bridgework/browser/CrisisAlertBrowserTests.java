package org.bridgework.browser;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * On a phone, a client presses "I need help now" and sees the crisis resources at once;
 * their clinician sees "Alerts (1)" in the header, sets their own time zone, finds the
 * alert on the caseload page raised at their local time, and acknowledges it. Every page
 * on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrisisAlertBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-crisis-alert-password";

	/**
	 * The clinician's own time zone, far from the server's and with half-hour minutes.
	 */
	private static final String KOLKATA = "Asia/Kolkata";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	private String clinicianEmail;

	private String clientEmail;

	private String clientName;

	@BeforeEach
	void aClinicianWithAClient() {
		this.clinicianEmail = "alert-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Alert",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "alert-client-" + UUID.randomUUID() + "@example.test";
		this.clientName = "Kai " + UUID.randomUUID().toString().substring(0, 8);
		NewClient added = this.clients.add(clinician, this.clientName, this.clientEmail, "Europe/London");
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
	}

	@Test
	void clientAsksForHelp_seesTheResourcesAtOnce_andTheClinicianAcknowledgesTheAlert() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Need help now?")).click();
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tell my clinician I need help"))
				.click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your clinician has been told");
			assertThat(page.locator(".crisis-resources")).containsText("Samaritans");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Call 988"))).isVisible();
			noSidewaysScrolling(page);
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			assertThat(alertsInHeader(page, "1 open alert")).isVisible();
			assertThat(page.locator(".nav-alerts .nav-count")).hasText("(1)");
			assertThat(page.locator("#alerts")).containsText("Needs your attention");
			assertThat(page.locator("#alerts")).containsText(this.clientName);
			assertThat(page.locator("#alerts")).containsText("Pressed \"I need help now\".");
			noSidewaysScrolling(page);
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
			assertThat(page).hasURL(url("/account/settings"));
			assertAccessible(page);
			page.getByLabel("Your time zone").selectOption(KOLKATA);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save time zone")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Saved. Times are now shown in " + KOLKATA + ".");
			assertThat(alertsInHeader(page, "1 open alert")).isVisible();
			noSidewaysScrolling(page);
			assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clients").setExact(true)).click();
			Locator raised = page.locator("#alerts time.alert-raised");
			String raisedLocally = inKolkata(Instant.parse(raised.getAttribute("datetime")));
			assertThat(raised).hasText(Pattern.compile("^Raised (just now|\\d+ minutes? ago), on "));
			assertThat(raised).containsText(raisedLocally + " (" + KOLKATA + ")");
			assertThat(page.locator("#alerts")).containsText("Times are shown in " + KOLKATA + ".");
			noSidewaysScrolling(page);
			assertAccessible(page);

			page.getByLabel("Note (optional)").fill("Phoned, they are with a friend");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Acknowledge (" + this.clientName + ")"))
				.click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The alert is acknowledged");
			assertThat(page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Acknowledge (" + this.clientName + ")")))
				.hasCount(0);
			assertThat(alertsInHeader(page, "no open alerts")).isVisible();
			assertThat(page.locator(".nav-alerts .nav-count")).hasText("(0)");
			assertAccessible(page);
			alertsInHeader(page, "no open alerts").click();
			assertThat(page.locator("main")).containsText("Acknowledged by Dr Alert");
			assertThat(page.locator("main")).containsText(raisedLocally + " (" + KOLKATA + ")");
			noSidewaysScrolling(page);
			assertAccessible(page);
		}
	}

	/** The header's Alerts link, by the name a screen reader gives it. */
	private static Locator alertsInHeader(Page page, String count) {
		return page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Alerts (" + count + ")").setExact(true));
	}

	private static String inKolkata(Instant at) {
		ZonedDateTime local = at.atZone(ZoneId.of(KOLKATA));
		boolean thisYear = local.getYear() == Instant.now().atZone(ZoneId.of(KOLKATA)).getYear();
		return DateTimeFormatter.ofPattern(thisYear ? "EEE d MMM, HH:mm" : "EEE d MMM yyyy, HH:mm", Locale.UK)
			.format(local);
	}

	private static void noSidewaysScrolling(Page page) {
		org.assertj.core.api.Assertions
			.assertThat((Boolean) page
				.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.isTrue();
	}

}
