package org.bridgework.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.goals.Goals;
import org.bridgework.homework.Adherence;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.homework.Timeline;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.TestAuthenticator;
import org.bridgework.measures.MeasureResponse;
import org.bridgework.measures.Measures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.testing.TestPeople.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

	@Autowired
	Measures measures;

	@Autowired
	PracticeIdeas ideas;

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
	void demoClinician_shouldSignInWithACodeFromTheTwoStepKeyInTheReadme() throws Exception {
		MvcResult password = this.mvc
			.perform(post("/login").param("email", DemoPeople.CLINICIAN_EMAIL)
				.param("password", DemoPeople.PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login/code"))
			.andReturn();
		Cookie step = password.getResponse().getCookie("BRIDGEWORK_SIGN_IN_STEP");

		this.mvc
			.perform(post("/login/code")
				.param("code", TestAuthenticator.codeAt(DemoPeople.CLINICIAN_TWO_STEP_KEY, Instant.now()))
				.cookie(step)
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(cookie().exists("BRIDGEWORK_SESSION"));
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

	@Test
	void demoClients_shouldAnswerAWeeklyPhq9AndGad7_fallingForRobin_flatForJordan() {
		CurrentUser clinician = signIn(DemoPeople.CLINICIAN_EMAIL);
		for (ClientProfile client : this.clients.caseload(clinician)) {
			for (String instrument : List.of("PHQ-9", "GAD-7")) {
				List<MeasureResponse> series = this.measures.series(clinician, client.id(), instrument);
				assertThat(series).as("%s's %s", client.displayName(), instrument).hasSize(DemoData.WEEKS_OF_HISTORY);
				for (int week = 1; week < series.size(); week++) {
					assertThat(Duration.between(series.get(week - 1).takenAt(), series.get(week).takenAt()))
						.as("%s's %s, a week apart", client.displayName(), instrument)
						.isEqualTo(Duration.ofDays(7));
				}
				assertThat(series.get(series.size() - 1).takenAt()).isBefore(Instant.now().minus(Duration.ofDays(6)));
				assertThat(series).noneMatch(MeasureResponse::item9Positive);
				List<Integer> totals = series.stream().map(MeasureResponse::total).toList();
				if (client.displayName().equals("Robin Okafor")) {
					assertThat(totals).as("Robin's %s improves", instrument)
						.isSortedAccordingTo(Comparator.reverseOrder());
					assertThat(totals.get(0) - totals.get(totals.size() - 1)).isGreaterThanOrEqualTo(5);
				}
				if (client.displayName().equals("Jordan Lee")) {
					assertThat(Collections.max(totals) - Collections.min(totals))
						.as("Jordan's %s stays flat", instrument)
						.isLessThanOrEqualTo(2);
				}
			}
			assertThat(this.jdbc.sql("""
					select instrument || ' ' || every from measure_schedule
					where client_id = :client and stopped_at is null order by instrument""")
				.param("client", client.id())
				.query(String.class)
				.list()).containsExactly("GAD-7 WEEKLY", "PHQ-9 WEEKLY");
		}
	}

	@Test
	void demoClients_shouldFindTheirQuestionnairesDueOnToday() throws Exception {
		CurrentUser robin = signIn("robin@demo.bridgework.test");

		this.mvc.perform(get("/today").with(signedIn(robin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/measures/PHQ-9\"")))
			.andExpect(content().string(containsString("href=\"/measures/GAD-7\"")));
	}

	@Test
	void demo_shouldHoldJordansAcknowledgedAlert_andNoOpenOne() throws Exception {
		CurrentUser clinician = signIn(DemoPeople.CLINICIAN_EMAIL);
		UUID jordan = clientNamed(clinician, "Jordan Lee");

		assertThat(this.jdbc.sql("select count(*) from alert where status = 'OPEN'").query(Integer.class).single())
			.isZero();
		assertThat(this.jdbc.sql("""
				select kind || ' ' || status from alert
				where client_id = :client and acknowledged_by = :clinician and acknowledgement_note is not null
				  and created_at < now() - interval '14 days' and acknowledged_at > created_at""")
			.param("client", jordan)
			.param("clinician", clinician.id())
			.query(String.class)
			.list()).containsExactly("HELP_NOW ACKNOWLEDGED");
		this.mvc.perform(get("/alerts").with(signedIn(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Acknowledged by Alex Rivera")))
			.andExpect(content().string(containsString("(Europe/London)")))
			.andExpect(content().string(containsString("Phoned Jordan first thing")))
			.andExpect(content().string(containsString("(no open alerts)")));
	}

	@Test
	void robin_shouldHaveAStayingWellPlan_andSam_anIdeaOfTheirOwn() throws Exception {
		CurrentUser clinician = signIn(DemoPeople.CLINICIAN_EMAIL);

		this.mvc
			.perform(get("/clients/" + clientNamed(clinician, "Robin Okafor") + "/staying-well")
				.with(signedIn(clinician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lying awake going over work emails")))
			.andExpect(content().string(containsString("One minute of breathing after I brush my teeth")))
			.andExpect(content().string(containsString("My sister Ada")));
		assertThat(this.ideas.forClient(clinician, clientNamed(clinician, "Sam Castillo"))).singleElement()
			.satisfies((idea) -> {
				assertThat(idea.title()).isEqualTo("Say good morning to the barista");
				assertThat(idea.isOpen()).isTrue();
			});
	}

	private UUID clientNamed(CurrentUser clinician, String name) {
		return this.clients.caseload(clinician)
			.stream()
			.filter((client) -> client.displayName().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
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
