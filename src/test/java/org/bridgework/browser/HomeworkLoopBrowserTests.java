package org.bridgework.browser;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The whole loop on phones, as its people do it: a clinician adds a client and assigns
 * breathing practice; the client accepts the invitation, finds the practice on Today and
 * records it; the clinician sees it come back with adherence. Every page on the way is
 * checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridgework.admin.email=lead@clinic.test",
				"bridgework.admin.password=" + HomeworkLoopBrowserTests.PASSWORD,
				"bridgework.data-dir=${java.io.tmpdir}/bridgework-browser/${random.uuid}" })
class HomeworkLoopBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "a-long-clinic-password";

	@Test
	void clinicianAssigns_clientPractisesOnAPhone_clinicianSeesItComeBack() {
		String note = "Calmer after, noticed my shoulders drop " + UUID.randomUUID();
		try (BrowserContext clinicianPhone = phone(); BrowserContext clientPhone = phone()) {
			Page clinician = clinicianPhone.newPage();
			signIn(clinician, "lead@clinic.test", PASSWORD);
			String inviteUrl = addClient(clinician, "Robin Example");
			String clientPage = assignBreathing(clinician);

			Page client = clientPhone.newPage();
			acceptInvitation(client, inviteUrl, "robin@example.test");
			recordTodaysPractice(client, note);

			clinician.navigate(clientPage);
			assertThat(clinician.locator("main")).containsText("One minute of breathing");
			assertThat(clinician.locator("main")).containsText(note);
			assertThat(clinician.locator("main")).containsText("1 of 1 planned practices done");
			assertAccessible(clinician);
		}
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		assertAccessible(page);
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		secondStep(page, email);
	}

	private String addClient(Page clinician, String name) {
		assertThat(clinician).hasURL(url("/clients"));
		assertAccessible(clinician);
		clinician.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a client")).first().click();
		clinician.getByLabel("Name").fill(name);
		clinician.getByLabel("Time zone").selectOption("Europe/London");
		assertAccessible(clinician);
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add and get invitation link"))
			.click();
		Locator link = clinician.locator("#inviteUrl");
		assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/invite/.+"));
		assertAccessible(clinician);
		return link.inputValue();
	}

	private String assignBreathing(Page clinician) {
		clinician.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign homework")).first().click();
		assertAccessible(clinician);
		clinician.locator("a[href*='template=mindful-breathing']").click();
		clinician.getByLabel("Title").fill("One minute of breathing");
		clinician.getByLabel("Goal it serves").fill("Notice worry before it snowballs");
		for (String day : new String[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
				"Sunday" }) {
			clinician.getByLabel(day, new Page.GetByLabelOptions().setExact(true)).check();
		}
		clinician.getByLabel("Anchor cue (optional)").fill("After I brush my teeth");
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add another barrier")).click();
		assertThat(clinician.locator("#barrier-3")).isFocused();
		clinician.locator("#barrier-3").fill("Guests staying over");
		clinician.locator("#plan-3").fill("Breathe for one minute in the bathroom");
		assertAccessible(clinician);
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
		assertThat(clinician.locator("main")).containsText("The homework is assigned");
		assertThat(clinician.locator("main")).containsText("Guests staying over");
		assertAccessible(clinician);
		return clinician.url().replaceAll("\\?.*$", "");
	}

	private void acceptInvitation(Page client, String inviteUrl, String email) {
		client.navigate(inviteUrl);
		assertThat(client.locator("h1")).isVisible();
		assertAccessible(client);
		client.getByLabel("Your email").fill(email);
		client.getByLabel("Choose a password").fill("my-own-long-password");
		client.getByLabel("Password again").fill("my-own-long-password");
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password")).click();
		signIn(client, email, "my-own-long-password");
	}

	private void recordTodaysPractice(Page client, String note) {
		assertThat(client).hasURL(url("/today"));
		assertThat(client.locator("main")).containsText("One minute of breathing");
		assertThat(client.locator("main")).containsText("After I brush my teeth");
		assertAccessible(client);
		client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Start")))
			.first()
			.click();
		assertThat(client.locator("main")).containsText("Notice worry before it snowballs");
		assertAccessible(client);
		client.getByLabel("What did you notice about your breath?").fill("Slower by the end");
		client.getByLabel("A few times").check();
		client.getByLabel("Anything you'd like to add?").fill(note);
		client.getByLabel("Talk about this in session").check();
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(client.locator("main")).containsText("Saved. Nice work taking time for this.");
		assertThat(client.locator("main")).containsText("Done");
		assertAccessible(client);
	}

}
