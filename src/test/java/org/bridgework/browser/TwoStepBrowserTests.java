package org.bridgework.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

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
import org.bridgework.identity.TestAuthenticator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two-step sign-in on a phone, every page checked with axe-core: a clinician sets it up
 * at their first sign-in (the key, a code typed back, the recovery codes), signs in again
 * with a code, and once with a recovery code; a client turns it on from their account
 * pages and off again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoStepBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "a-long-two-step-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	private String clinicianEmail;

	private String clientEmail;

	@BeforeEach
	void aClinicianWithAClient() {
		this.clinicianEmail = "two-step-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, "Dr Two Step",
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "two-step-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinician, "Robin Two Step", this.clientEmail, "Europe/London");
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
	}

	@Test
	void clinician_setsUpTwoStepAtTheFirstSignIn_thenSignsInWithACode_andWithARecoveryCode() {
		List<String> recoveryCodes;
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			typePassword(page, this.clinicianEmail, PASSWORD);
			assertThat(page).hasURL(url("/login/two-step"));
			assertThat(page.locator("h1")).hasText("Set up two-step sign-in");
			assertThat(page.getByAltText("QR code for your authenticator app")).isVisible();
			assertThat(page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions()
						.setName("On this phone already? Open Bridgework in your authenticator app")))
				.hasAttribute("href", java.util.regex.Pattern.compile("^otpauth://totp/.*secret=[A-Z2-7]+.*"));
			assertFitsAndIsAccessible(page);

			page.getByLabel("6-digit code").fill("12345");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();
			assertThat(page.locator("#code-error")).containsText("That code didn't work");
			assertThat(page.getByLabel("6-digit code")).hasAttribute("aria-invalid", "true");
			assertFitsAndIsAccessible(page);

			TestAuthenticator.add(this.port, this.clinicianEmail, page.locator("#two-step-key").textContent());
			page.getByLabel("6-digit code").fill(TestAuthenticator.code(this.port, this.clinicianEmail));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();
			assertThat(page.locator("h1")).hasText("Your recovery codes");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Two-step sign-in is on.");
			recoveryCodes = page.locator(".recovery-codes code").allTextContents();
			org.assertj.core.api.Assertions.assertThat(recoveryCodes).hasSize(10);
			assertFitsAndIsAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I've saved them, continue")).click();
			assertThat(page).hasURL(url("/clients"));
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			typePassword(page, this.clinicianEmail, PASSWORD);
			assertThat(page).hasURL(url("/login/code"));
			assertThat(page.locator("h1")).hasText("One more step");
			assertFitsAndIsAccessible(page);
			page.getByLabel("Code from your app").fill("000000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.locator("#code-error")).containsText("That code didn't work");
			assertFitsAndIsAccessible(page);
			page.getByLabel("Code from your app").fill(TestAuthenticator.code(this.port, this.clinicianEmail));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page).hasURL(url("/clients"));
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			typePassword(page, this.clinicianEmail, PASSWORD);
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Can't use your app? Use a recovery code"))
				.click();
			assertThat(page.getByLabel("Recovery code")).hasAttribute("inputmode", "text");
			assertFitsAndIsAccessible(page);
			page.getByLabel("Recovery code").fill(recoveryCodes.get(3));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			assertThat(page).hasURL(url("/account/two-step?recoveryCodeUsed"));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("You're signed in with a recovery code");
			assertThat(page.locator("#recovery-codes-left")).hasText("You have 9 of 10 recovery codes left.");
			assertThat(page.locator("main")).not().containsText("Turn off two-step sign-in");
			assertFitsAndIsAccessible(page);
		}
	}

	@Test
	void client_turnsTwoStepOnFromTheirAccount_andOffAgain() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.clientEmail, PASSWORD, "/today");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Account")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Two-step sign-in")).click();
			assertThat(page.locator("main")).containsText("Two-step sign-in is off");
			assertFitsAndIsAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();

			assertThat(page.locator("h1")).hasText("Set up two-step sign-in");
			assertThat(page.locator("main")).containsText("Then even someone who learns your password can't get in");
			assertFitsAndIsAccessible(page);
			TestAuthenticator.add(this.port, this.clientEmail, page.locator("#two-step-key").textContent());
			page.getByLabel("6-digit code").fill(TestAuthenticator.code(this.port, this.clientEmail));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn on two-step sign-in")).click();
			assertThat(page.locator(".recovery-codes li")).hasCount(10);
			assertFitsAndIsAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I've saved them")).click();

			assertThat(page).hasURL(url("/account/two-step?turnedOn=yes"));
			assertThat(page.locator("#recovery-codes-left")).hasText("You have 10 of 10 recovery codes left.");
			assertFitsAndIsAccessible(page);
			page.getByLabel("Code from your app, or a recovery code").last().fill("123456x");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn off two-step sign-in")).click();
			assertThat(page.locator("#off-code-error")).containsText("That code didn't work");
			assertFitsAndIsAccessible(page);
			page.locator("#off-code").fill(TestAuthenticator.code(this.port, this.clientEmail));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn off two-step sign-in")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Two-step sign-in is off");
		}
	}

	@Test
	void admin_resetsTheTwoStepSignInOfAClinicianWhoLostTheirPhone() {
		String adminEmail = "two-step-admin-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, adminEmail, "Ada Admin",
				EnumSet.of(Role.ADMIN, Role.CLINICIAN));
		this.accounts.acceptInvitation(invitation.token(), PASSWORD, null);
		try (BrowserContext phone = phone()) {
			signIn(phone.newPage(), this.clinicianEmail, PASSWORD, "/clients");
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			typePassword(page, adminEmail, PASSWORD);
			secondStep(page, adminEmail);
			page.waitForURL((address) -> !address.contains("/login"));
			page.navigate(url("/admin/clinicians"));
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Someone lost their phone? Reset their two-step sign-in"))
				.click();
			assertThat(page.locator("h1")).hasText("Two-step sign-in for your team");
			assertFitsAndIsAccessible(page);
			// Every test here adds a Dr Two Step: theirs is the one with their email.
			page.locator("li.card")
				.filter(new Locator.FilterOptions().setHasText(this.clinicianEmail))
				.getByRole(AriaRole.LINK,
						new Locator.GetByRoleOptions().setName("Reset two-step sign-in for Dr Two Step"))
				.click();
			assertThat(page.locator("h1")).hasText("Reset two-step sign-in for Dr Two Step?");
			assertFitsAndIsAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, reset it")).click();

			assertThat(page).hasURL(url("/admin/two-step?reset"));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("They've been signed out everywhere");
			assertFitsAndIsAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			typePassword(page, this.clinicianEmail, PASSWORD);
			assertThat(page).hasURL(url("/login/two-step"));
		}
	}

}
