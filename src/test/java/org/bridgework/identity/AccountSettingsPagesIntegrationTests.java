package org.bridgework.identity;

import java.time.ZoneId;

import org.bridgework.caseload.Clients;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.testing.TestPeople.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Your settings": a clinician chooses the time zone their times are shown in, from the
 * new-client form's list, or the installation's default (here, with no
 * bridgework.default-timezone, the JVM's); a zone we do not know is refused with a clear
 * word and nothing is saved; clients have no settings page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountSettingsPagesIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Clients clients;

	@Autowired
	private JdbcClient jdbc;

	private CurrentUser clinician;

	@BeforeEach
	void aClinician() {
		this.clinician = new TestPeople(this.accounts, this.clients).clinician();
	}

	@Test
	void settings_offerTheInstallationDefaultAndTheNewClientFormsZones_andAreLinkedFromTheHeader() throws Exception {
		String page = page("/account/settings");

		assertThat(page).contains("Your settings", "<label for=\"timezone\">Your time zone</label>",
				"<option value=\"\" selected=\"selected\">Bridgework&#39;s default ("
						+ ZoneId.systemDefault().getId().replace('_', ' ') + ")</option>",
				"<option value=\"Europe/London\">Europe/London</option>",
				"<option value=\"America/Argentina/Buenos_Aires\">America/Argentina/Buenos Aires</option>",
				"<option value=\"Europe/Oslo\">Europe/Oslo</option>");
		assertThat(page("/clients")).contains("href=\"/account/settings\"");
	}

	@Test
	void savingAZone_keepsItAndSaysSo() throws Exception {
		this.mvc.perform(
				post("/account/settings").param("timezone", "Asia/Kolkata").with(signedIn(this.clinician)).with(csrf()))
			.andExpect(redirectedUrl("/account/settings?saved"));

		assertThat(stored()).isEqualTo("Asia/Kolkata");
		assertThat(page("/account/settings?saved")).contains("Saved. Times are now shown in Asia/Kolkata.",
				"<option value=\"Asia/Kolkata\" selected=\"selected\">Asia/Kolkata</option>");
	}

	@Test
	void theDefaultChoice_goesBackToTheInstallationDefault() throws Exception {
		save("Asia/Kolkata");

		this.mvc.perform(post("/account/settings").param("timezone", "").with(signedIn(this.clinician)).with(csrf()))
			.andExpect(redirectedUrl("/account/settings?saved"));

		assertThat(stored()).isNull();
		assertThat(page("/account/settings?saved"))
			.contains("Saved. Times are now shown in " + ZoneId.systemDefault().getId() + ".");
	}

	@Test
	void aZoneWeDoNotKnow_isRefusedWithAClearWord_andNothingIsSaved() throws Exception {
		save("Asia/Kolkata");

		for (String bad : new String[] { "Mars/Olympus_Mons", "+05:30", "GMT", "Asia/Kolkata'><script>" }) {
			String page = this.mvc
				.perform(post("/account/settings").param("timezone", bad).with(signedIn(this.clinician)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(page).as("refusing %s", bad)
				.contains("Some answers need another look", "id=\"timezone-error\"",
						"Please choose a time zone such as Europe/London or America/New_York.", "aria-invalid=\"true\"",
						"aria-describedby=\"timezone-hint timezone-error\"")
				.doesNotContain("Saved.", "<script>");
			assertThat(stored()).as("after refusing %s", bad).isEqualTo("Asia/Kolkata");
		}
	}

	@Test
	void aClient_hasNoSettingsPage_andNoLinkToOne() throws Exception {
		CurrentUser client = new TestPeople(this.accounts, this.clients)
			.clientOf(this.clinician, "Robin", "Europe/Paris")
			.user();

		this.mvc.perform(get("/account/settings").with(signedIn(client))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/settings").param("timezone", "Asia/Kolkata").with(signedIn(client)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select timezone from account where id = :id")
			.param("id", client.id())
			.query(String.class)
			.optional()).isEmpty();
		assertThat(
				this.mvc.perform(get("/today").with(signedIn(client))).andReturn().getResponse().getContentAsString())
			.doesNotContain("/account/settings");
	}

	private void save(String zone) throws Exception {
		this.mvc.perform(post("/account/settings").param("timezone", zone).with(signedIn(this.clinician)).with(csrf()))
			.andExpect(redirectedUrl("/account/settings?saved"));
	}

	private String stored() {
		return this.jdbc.sql("select timezone from account where id = :id")
			.param("id", this.clinician.id())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(signedIn(this.clinician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
