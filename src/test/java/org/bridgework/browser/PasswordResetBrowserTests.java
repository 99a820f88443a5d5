package org.bridgework.browser;

import java.util.EnumSet;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.testing.SignInTestContext;
import org.bridgework.testing.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client who forgot their password gets back in on a phone: "Forgot your password?" on
 * the sign-in page, the link from the email (read from a real SMTP server), a new
 * password (a common one refused kindly first), and they are signed in. Every page on the
 * way is checked with axe-core and fits the 390-pixel screen.
 */
@SignInTestContext
class PasswordResetBrowserTests extends BrowserTestSupport {

	private static final String OLD_PASSWORD = "a-long-forgotten-password";

	private static final String NEW_PASSWORD = "lemon tea on the balcony";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	GreenMail mail;

	private String clientEmail;

	@BeforeEach
	void aClientWhoSignedUp() {
		IssuedInvitation invitation = this.accounts.invite(null,
				"reset-clinician-" + UUID.randomUUID() + "@example.test", "Dr Reset", EnumSet.of(Role.CLINICIAN));
		CurrentUser clinician = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), OLD_PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "reset-client-" + UUID.randomUUID() + "@example.test";
		NewClient client = this.clients.add(clinician, "Robin Reset", this.clientEmail, "Europe/London");
		this.accounts.acceptInvitation(client.inviteUrl().substring(client.inviteUrl().lastIndexOf('/') + 1),
				OLD_PASSWORD, null);
	}

	@Test
	void forgotPassword_emailLink_newPassword_signedIn_onAPhone() {
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			page.navigate(url("/login"));
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();

			assertThat(page).hasURL(url("/password-reset"));
			assertFitsAndIsAccessible(page);
			page.getByLabel("Email").fill(this.clientEmail);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a link")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("a link to choose a new password is on its way");
			assertFitsAndIsAccessible(page);

			String text = TestMail.text(new TestMail(this.mail).to(this.clientEmail));
			String link = text.substring(text.indexOf(SignInTestContext.BASE_URL) + SignInTestContext.BASE_URL.length())
				.split("\\s")[0];
			page.navigate(url(link));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Choose a new password")))
				.isVisible();
			assertFitsAndIsAccessible(page);

			choose(page, "lovelovelove");
			assertThat(page.locator("#password-error")).containsText("one of the most common ones");
			assertFitsAndIsAccessible(page);
			choose(page, NEW_PASSWORD);

			assertThat(page).hasURL(url("/account/devices?passwordReset"));
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your new password is set and you're signed in");
			assertThat(page.locator("main")).containsText("This device");
			assertFitsAndIsAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Today")).click();
			assertThat(page).hasURL(url("/today"));
		}
	}

	private static void choose(Page page, String password) {
		page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByLabel("New password again").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my new password")).click();
	}

}
