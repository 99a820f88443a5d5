package org.bridgework.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.audit.AuditTrail;
import org.bridgework.caseload.Clients;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.Accounts;
import org.bridgework.testing.TestPeople;
import org.bridgework.testing.TestPeople.Member;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail and the access history through the pages: sign-ins on the form are
 * recorded, a clinician's look at a client page writes one row per thing looked at (not
 * one per question asked of CareTeam), and the client reads who it was on their own page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// The API tests' properties, so they all share one Spring context and database.
		properties = { "bridgework.admin.email=admin@bridgework.test",
				"bridgework.admin.password=first admin password 2026" })
class AuditedPagesIntegrationTests {

	private static final String PASSWORD = TestPeople.PASSWORD;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	AuditTrail trail;

	private TestPeople people;

	@BeforeEach
	void people() {
		this.people = new TestPeople(this.accounts, this.clients);
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void signingInOnTheForm_isRecorded_andAnUnknownEmailIsNotKeptInClear() {
		Member clinician = this.people.clinicianNamed("Dr Audit");
		String unknown = "nobody-" + UUID.randomUUID() + "@example.test";

		new Visitor(this.port).signIn(clinician.email(), "not the password");
		new Visitor(this.port).signIn(unknown, PASSWORD);
		new Visitor(this.port).signIn(clinician.email(), PASSWORD);

		assertThat(this.jdbc.sql("""
				select outcome, method, path from audit_event
				where actor_id = :account and action = 'sign-in' order by seq""")
			.param("account", clinician.user().id())
			.query((rs, row) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.list()).as("a clinician's sign-in succeeds once two-step sign-in is set up")
			.containsExactly("FAILED POST /login", "SUCCEEDED POST /login/two-step/done");
		assertThat(this.jdbc.sql("select count(*) from audit_event where pseudonym = :hash and actor_id is null")
			.param("hash", this.trail.pseudonym(unknown))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aClinicianOpeningAClientPage_writesOneRowPerThingLookedAt_andTheClientReadsItInPlainWords() {
		Member clinician = this.people.clinicianNamed("Dr Lee");
		Member client = clientOf(clinician, "Pacific/Auckland");
		Visitor lee = signedIn(clinician);
		Visitor robin = signedIn(client);
		robin.get("/today");

		assertThat(lee.get("/clients/" + client.clientId()).status()).isEqualTo(200);

		List<Map<String, Object>> rows = this.jdbc.sql("""
				select action, object_id, cast(status as int) as status from audit_event
				where actor_id = :clinician and method = 'GET' and path = :path""")
			.param("clinician", clinician.user().id())
			.param("path", "/clients/" + client.clientId())
			.query()
			.listOfRows();
		System.out.println("Audit rows written by one clinician client-page view: " + rows.size() + " "
				+ rows.stream().map((row) -> row.get("action")).toList());
		assertThat(rows).as("one row per thing looked at").doesNotHaveDuplicates().hasSizeLessThan(30);
		assertThat(rows).extracting((row) -> row.get("action")).contains("view-profile", "list-assignments");
		assertThat(rows).extracting((row) -> row.get("status")).containsOnly(200);

		Page others = robin.get("/my-data/access");
		assertThat(others.status()).isEqualTo(200);
		assertThat(others.text()).contains("Who has looked at your record", "Dr Lee", "looked at your details")
			.doesNotContain("You looked", ">You<");
		String today = LocalDate.now(ZoneId.of("Pacific/Auckland"))
			.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.UK));
		assertThat(others.text()).as("the time in the client's own zone").contains(today);
		Page withOwn = robin.get("/my-data/access?mine=true");
		assertThat(withOwn.text()).contains("Dr Lee", ">You<", "your homework for today");
		assertThat(robin.get("/my-data").text()).contains("href=\"/my-data/access\"");
	}

	private Visitor signedIn(Member person) {
		Visitor visitor = new Visitor(this.port);
		assertThat(visitor.signIn(person.email(), PASSWORD).location()).isEqualTo("/");
		return visitor;
	}

	private Member clientOf(Member clinician, String zone) {
		Member client = this.people.clientNamed(clinician.user(), "Robin", zone);
		this.assignments.assign(clinician.user(), client.clientId(),
				new AssignmentPlan("mindful-breathing", "Breathing by the window", null, null,
						Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), LocalTime.of(8, 0), null, 1,
						LocalDate.now(ZoneId.of(zone)).minusDays(3), null, List.of()));
		return client;
	}

}
