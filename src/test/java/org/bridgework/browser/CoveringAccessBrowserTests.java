package org.bridgework.browser;

import java.util.EnumSet;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.bridgework.caseload.Clients;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.testing.TestPeople;
import org.bridgework.testing.TestPeople.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a phone: an admin finds a client by the email they sign in with, is told a reason is
 * needed, checks what the cover will mean and gives it; the covering clinician finds the
 * client under "Clients you are covering" and is told the limits; the client's own
 * clinician sees who covers, why and when they looked, and ends it; the client reads the
 * covering clinician's look in plain words. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoveringAccessBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = TestPeople.PASSWORD;

	private static final String REASON = "Dr Osei is on leave until Monday.";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	private String adminEmail;

	private Member own;

	private Member cover;

	private Member client;

	@BeforeEach
	void aClientTheirClinicianAColleagueAndAnAdmin() {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		this.own = people.clinicianNamed("Dr Osei");
		this.cover = people.clinicianNamed("Dr Varga " + TestPeople.unique("x").substring(2, 10));
		this.client = people.clientNamed(this.own.user(), "Noor Haddad", "Europe/London");
		this.adminEmail = TestPeople.unique("admin") + "@example.org";
		IssuedInvitation invitation = this.accounts.invite(null, this.adminEmail, "Alex Admin",
				EnumSet.of(Role.ADMIN, Role.CLINICIAN));
		String url = invitation.inviteUrl();
		this.accounts.acceptInvitation(url.substring(url.lastIndexOf('/') + 1), PASSWORD, null);
	}

	@Test
	void anAdminGivesCover_theCoveringClinicianCares_theOwnClinicianSeesAndEndsIt() {
		String coverName = this.cover.user().displayName();
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.adminEmail, PASSWORD, "/clients");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Covering access")).first().click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Covering access");
			assertAccessible(page);

			page.getByLabel("The email they sign in with, exactly").fill(this.client.email());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find by email")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Arrange cover for Noor Haddad")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Covering access to Noor Haddad");
			assertAccessible(page);

			page.getByLabel("Covering clinician").selectOption(new SelectOption().setLabel(coverName));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check before giving access")).click();
			assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Nothing was given yet");
			assertThat(page.locator("#reason-error")).hasText("Please fill this in.");
			assertAccessible(page);

			page.getByLabel("Why is cover needed?").fill(REASON);
			page.getByLabel("For how long").selectOption(new SelectOption().setLabel("8 hours"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check before giving access")).click();
			assertThat(page.locator(".covering-confirm")).containsText(coverName + " will see everything");
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give covering access")).click();

			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Covering access is given");
			assertThat(page.locator(".cover-list")).containsText(coverName + " covers Noor Haddad");
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.cover.email(), PASSWORD, "/clients");
			assertThat(page.locator(".covering-mine")).containsText("Noor Haddad");
			assertAccessible(page);
			page.locator(".covering-mine")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Noor Haddad"))
				.click();
			assertThat(page.locator(".covering-yours")).containsText("You are covering for Noor Haddad's clinician");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download"))).hasCount(0);
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.own.email(), PASSWORD, "/clients");
			assertThat(page.locator("#covering-your-clients"))
				.containsText(coverName + " has covering access to Noor Haddad");
			assertAccessible(page);
			page.navigate(url("/clients/" + this.client.clientId()));
			assertThat(page.locator("#covering-access")).containsText("Reason: " + REASON);
			assertThat(page.locator("#covering-access")).containsText("Looked at the record:");
			assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End this cover now")).click();
			assertThat(page.locator("#covering-access")).containsText("Covering access is ended.");
			assertThat(page.locator("#covering-access")).containsText("Earlier covering access");
			assertAccessible(page);
		}
		try (BrowserContext phone = phone()) {
			Page page = phone.newPage();
			signIn(page, this.client.email(), PASSWORD, "/today");
			page.navigate(url("/my-data/access"));
			assertThat(page.locator(".access-lines")).containsText(coverName + " (covering for your clinician)");
			assertAccessible(page);
		}
	}

}
