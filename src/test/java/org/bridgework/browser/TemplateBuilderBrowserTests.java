package org.bridgework.browser;

import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A clinician builds a template from scratch on a phone, one question at a time, assigns
 * it, and their client records an entry with it. Every page on the way is checked with
 * axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridgework.admin.email=" + TemplateBuilderBrowserTests.EMAIL,
				"bridgework.admin.password=" + TemplateBuilderBrowserTests.PASSWORD,
				"bridgework.data-dir=${java.io.tmpdir}/bridgework-browser/${random.uuid}" })
class TemplateBuilderBrowserTests extends BrowserTestSupport {

	static final String EMAIL = "builder@clinic.test";

	static final String PASSWORD = "a-long-clinic-password";

	static final String CLIENT_PASSWORD = "my-own-long-password";

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	void clinicianBuildsATemplateOnAPhone_assignsIt_clientRecordsAnEntry() {
		String note = "Slept better " + UUID.randomUUID();
		String clientEmail = "wren-" + UUID.randomUUID() + "@example.test";
		UUID clientId = clientOfTheClinician("Wren Example", clientEmail);
		try (BrowserContext clinicianPhone = phone(); BrowserContext clientPhone = phone()) {
			Page clinician = clinicianPhone.newPage();
			signIn(clinician, EMAIL, PASSWORD);
			String key = buildTemplate(clinician);
			assign(clinician, clientId, key);

			Page client = clientPhone.newPage();
			signIn(client, clientEmail, CLIENT_PASSWORD);
			record(client, note);

			clinician.navigate(url("/clients/" + clientId));
			assertThat(clinician.locator("main")).containsText("A bath");
			assertThat(clinician.locator("main")).containsText(note);
		}
	}

	private String buildTemplate(Page clinician) {
		clinician.navigate(url("/library"));
		assertAccessible(clinician);
		clinician.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Build a template from scratch"))
			.click();
		assertThat(clinician.locator("h1")).hasText("Build a template");
		assertAccessible(clinician);
		clinician.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Evening wind-down");
		clinician.getByLabel("What it is for").fill("To let the day go before sleep.");
		clinician.getByLabel("Steps").fill("Dim the lights.\nDo one calming thing.");

		clinician.getByLabel("Kind of question to add").selectOption("SCALE");
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a question")).click();
		assertThat(clinician.locator("#field-0-max")).hasValue("10");
		assertThat(clinician.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Evening wind-down");
		clinician.locator("#field-0-label").fill("How tense do you feel?");
		clinician.locator("#field-0-max").fill("5");
		clinician.locator("#field-0-minLabel").fill("Loose");
		clinician.locator("#field-0-maxLabel").fill("Very tense");
		assertAccessible(clinician);

		clinician.getByLabel("Kind of question to add").selectOption("CHOICE");
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a question")).click();
		clinician.locator("#field-1-label").fill("What did you do?");
		clinician.locator("#field-1-option-0").fill("Tea");
		clinician.locator("#field-1-option-1").fill("A bath");
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Move up"))).click();
		assertThat(clinician.locator("#field-0-label")).hasValue("What did you do?");
		assertThat(clinician.locator("#field-1-label")).hasValue("How tense do you feel?");
		assertAccessible(clinician);

		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the template")).click();
		assertThat(clinician.locator("main")).containsText("Your template is ready");
		assertAccessible(clinician);
		return clinician.url().replaceAll("^.*/library/", "").replaceAll("/edit.*$", "");
	}

	private void assign(Page clinician, UUID clientId, String key) {
		clinician.navigate(url("/clients/" + clientId + "/assignments/new"));
		assertThat(clinician.locator("main")).containsText("Evening wind-down");
		clinician.locator("a[href*='template=" + key + "']").click();
		clinician.getByLabel("Title").fill("Winding down");
		for (String day : new String[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
				"Sunday" }) {
			clinician.getByLabel(day, new Page.GetByLabelOptions().setExact(true)).check();
		}
		assertAccessible(clinician);
		clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign homework")).click();
		assertThat(clinician.locator("main")).containsText("The homework is assigned");
	}

	private void record(Page client, String note) {
		assertThat(client).hasURL(url("/today"));
		assertThat(client.locator("main")).containsText("Winding down");
		client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Start"))).first().click();
		assertThat(client.locator("main")).containsText("How tense do you feel?");
		assertAccessible(client);
		client.getByLabel("A bath").check();
		client.locator("fieldset:has-text('How tense do you feel?')")
			.getByLabel("2", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
			.check();
		client.getByLabel("Anything you'd like to add?").fill(note);
		client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(client.locator("main")).containsText("Saved. Nice work taking time for this.");
		assertAccessible(client);
	}

	/** The first account is an admin and a clinician: it is the clinician here. */
	private UUID clientOfTheClinician(String name, String email) {
		UUID adminId = this.jdbc.sql("select id from account where lower(email) = lower(:email)")
			.param("email", EMAIL)
			.query(UUID.class)
			.single();
		CurrentUser clinician = this.accounts.findUser(adminId).orElseThrow();
		NewClient client = this.clients.add(clinician, name, email, ZoneId.of("Europe/London").getId());
		String token = client.inviteUrl().substring(client.inviteUrl().lastIndexOf('/') + 1);
		this.accounts.acceptInvitation(token, CLIENT_PASSWORD, null);
		return client.id();
	}

	private void signIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		secondStep(page, email);
	}

}
