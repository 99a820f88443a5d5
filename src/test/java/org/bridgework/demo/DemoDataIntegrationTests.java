package org.bridgework.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.goals.Goals;
import org.bridgework.homework.Adherence;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Timeline;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "bridgework.demo.enabled=true")
@AutoConfigureMockMvc
class DemoDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	AdherenceReport adherence;

	@Autowired
	Timeline timeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Autowired
	Goals goals;

	@Test
	void demo_shouldGiveTheClinicianThreeClientsWithWeeksOfEntriesAndSkips() {
		CurrentUser clinician = signIn(DemoPeople.CLINICIAN_EMAIL);
		List<ClientProfile> caseload = this.clients.caseload(clinician);
		assertThat(caseload).extracting(ClientProfile::displayName)
			.containsExactlyInAnyOrder("Robin Okafor", "Jordan Lee", "Sam Castillo");
		for (ClientProfile client : caseload) {
			Adherence lastMonth = this.adherence.lastDays(clinician, client.id(), 28);
			assertThat(lastMonth.completed()).isGreaterThan(10);
			assertThat(lastMonth.skipped()).isPositive();
			assertThat(lastMonth.rate()).isBetween(0.3, 1.0);
			assertThat(this.timeline.lastDays(clinician, client.id(), 28)).anyMatch(Timeline.TimelineItem::isSkip);
		}
	}

	@Test
	void demoClients_shouldHaveGoalsTiedToValues_thatTheirHomeworkServes() {
		CurrentUser clinician = signIn(DemoPeople.CLINICIAN_EMAIL);
		for (ClientProfile client : this.clients.caseload(clinician)) {
			assertThat(this.goals.forClient(clinician, client.id())).isNotEmpty()
				.allMatch((goal) -> goal.value() != null);
		}
	}

	@Test
	void demoClients_shouldSignInWithTheDocumentedPassword() {
		for (DemoPeople.DemoClient client : DemoPeople.CLIENTS) {
			assertThat(signIn(client.email()).displayName()).isEqualTo(client.name());
		}
	}

	@Test
	void demo_shouldNotBeSeededTwice() throws Exception {
		int before = entries();
		this.demoData.run(null);
		assertThat(entries()).isEqualTo(before);
		assertThat(this.accounts.isSetUp()).as("demo people are nobody's admin: first-run setup stays open").isFalse();
	}

	@Test
	void signInPage_shouldLetDemoPeopleInAndStillOfferFirstRunSetup() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"password\"")))
			.andExpect(content().string(containsString("href=\"/setup\"")));
	}

	@Test
	void demo_shouldHaveNoEntriesAfterTheClientsToday() {
		int future = this.jdbc.sql("select count(*) from entry where occurred_on > :tomorrow")
			.param("tomorrow", LocalDate.now().plusDays(1))
			.query(Integer.class)
			.single();
		assertThat(future).isZero();
	}

	private int entries() {
		return this.jdbc.sql("select count(*) from entry").query(Integer.class).single();
	}

	/** Signs in with the password the README gives, as a person would. */
	private CurrentUser signIn(String email) {
		var result = this.authentication
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, DemoPeople.PASSWORD));
		assertThat(result.isAuthenticated()).isTrue();
		UUID id = this.jdbc.sql("select id from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(UUID.class)
			.single();
		return this.accounts.findUser(id).orElseThrow();
	}

}
