package org.bridgework.api;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.caseload.CoveringAccess;
import org.bridgework.identity.TestAuthenticator;
import org.bridgework.testing.MovableClock;
import org.bridgework.testing.MovableClockConfiguration;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;

/**
 * Break-glass end to end (docs/adr/0015), on the real database with a clock the tests
 * move instead of waiting: an admin gives a covering clinician access with a reason; the
 * covering clinician does the care but never exports, erases or arranges cover; access
 * stops when the grant runs out or an admin ends it; the client's own clinician sees the
 * grant and when the covering clinician looked; the client reads those looks in plain
 * words; and every step is in the audit trail.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bridgework.admin.email=" + ApiIntegrationTestBase.ADMIN_EMAIL,
				"bridgework.admin.password=" + ApiIntegrationTestBase.ADMIN_PASSWORD,
				// The tests note expiries themselves, at the time they choose.
				"bridgework.covering-access.expiry-poll=PT1000H" })
@Import(MovableClockConfiguration.class)
class CoveringAccessIntegrationTests {

	private static final String COVER = "/api/v1/covering-access";

	/** How the poller writes down that a grant ran out: no actor, no request. */
	private static final String EXPIRED = "covering-access-expired";

	private static final String REASON = "Dr Amari is on leave this week; Dr Brook covers her clients.";

	@Autowired
	private MovableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CoveringAccess covering;

	private int port;

	private ApiFixtures api;

	/**
	 * Each test starts at the real time, and the people's authenticator apps make their
	 * codes from the app's clock (moving it on a step when they need a fresh code), as
	 * the app checks them against it.
	 */
	@BeforeEach
	void startNow() {
		this.clock.set(Instant.now());
		TestAuthenticator.useClock(this.port, this.clock);
	}

	@LocalServerPort
	void serverPort(int port) {
		this.port = port;
		this.api = new ApiFixtures(new ApiClient(URI.create("http://localhost:" + port)),
				ApiIntegrationTestBase.ADMIN_EMAIL, ApiIntegrationTestBase.ADMIN_PASSWORD);
	}

	@Test
	void theCoveringClinicianDoesTheCare_untilTheGrantRunsOutByTheClock_thenSeesNothing() {
		// The care: the record, the homework, the reminder log, a crisis alert.
		Clinician own = this.api.newClinician("Dr Amari");
		Clinician cover = this.api.newClinician("Dr Brook");
		Client client = this.api.newClientOf(own, "Robin Ashdown", "Europe/London");
		Assignment assignment = this.api.assign(own, client, "mindful-breathing", EVERY_DAY);
		this.api.record(client, assignment, client.today().minusDays(1));
		String profile = "/api/v1/clients/" + client.id();
		this.api.http().get(cover.token(), profile).expect(404);

		JsonNode grant = grant(client, cover, REASON, 1).expect(201).json();

		assertThat(grant.get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(grant.get("reason").stringValue()).isEqualTo(REASON);
		assertThat(this.api.http().get(cover.token(), profile).expect(200).body()).contains("Robin Ashdown");
		assertThat(this.api.http()
			.get(cover.token(), "/api/v1/assignments/" + assignment.id() + "/entries")
			.expect(200)
			.json()
			.size()).isEqualTo(1);

		this.api.http().get(cover.token(), profile + "/reminder-deliveries").expect(200);
		String alertId = this.api.http()
			.post(client.token(), "/api/v1/me/help-requests", null)
			.expect(201)
			.json()
			.get("alertId")
			.stringValue();
		JsonNode acknowledged = this.api.http()
			.post(cover.token(), "/api/v1/alerts/" + alertId + "/acknowledgement", Map.of("note", "Called Robin"))
			.expect(200)
			.json();
		assertThat(acknowledged.get("acknowledgedByName").stringValue()).isEqualTo("Dr Brook");
		this.api.http().post(client.token(), "/api/v1/me/help-requests", null).expect(201);
		assertThat(this.api.http().get(cover.token(), "/api/v1/alerts").expect(200).body())
			.as("the covering clinician's alerts hold the covered client's")
			.contains(alertId, "Robin Ashdown");

		this.clock.advance(Duration.ofMinutes(59));
		this.api.http().get(cover.token(), profile).expect(200);
		this.clock.advance(Duration.ofMinutes(1));

		assertThat(this.api.http().get(cover.token(), "/api/v1/alerts").expect(200).body())
			.as("once the cover has run out")
			.doesNotContain(alertId, "Robin Ashdown");
		for (String path : List.of(profile, "/api/v1/assignments/" + assignment.id() + "/entries")) {
			ApiResponse refused = this.api.http().get(cover.token(), path);
			assertThat(refused.status()).as(path).isEqualTo(404);
			assertThat(refused.body()).as(path).doesNotContain("Robin Ashdown", client.email(), "breath");
		}
		JsonNode listed = this.api.http().get(own.token(), profile + "/covering-access").expect(200).json();
		assertThat(listed.get(0).get("grant").get("status").stringValue()).isEqualTo("EXPIRED");
		UUID grantId = UUID.fromString(grant.get("id").stringValue());
		assertThat(audited(EXPIRED, grantId)).as("noted before the poller ran").isZero();

		this.covering.recordExpiries();
		this.covering.recordExpiries();

		assertThat(audited(EXPIRED, grantId)).as("noted once").isEqualTo(1);
	}

	@Test
	void anAdminEndsAGrantEarly_andTheCoveringClinicianIsRefusedAtOnce() {
		Clinician own = this.api.newClinician();
		Clinician cover = this.api.newClinician();
		Client client = this.api.newClientOf(own);
		String profile = "/api/v1/clients/" + client.id();
		UUID grantId = UUID.fromString(grant(client, cover, REASON, 1).expect(201).json().get("id").stringValue());
		this.api.http().get(cover.token(), profile).expect(200);

		this.api.http().post(cover.token(), COVER + "/" + grantId + "/end", null).expect(404);
		JsonNode ended = this.api.http()
			.post(this.api.adminToken(), COVER + "/" + grantId + "/end", null)
			.expect(200)
			.json();

		assertThat(ended.get("status").stringValue()).isEqualTo("ENDED");
		assertThat(ended.get("endedAt").stringValue()).isNotBlank();
		this.api.http().get(cover.token(), profile).expect(404);
		assertThat(audited("grant-covering-access", grantId)).isEqualTo(1);
		assertThat(audited("end-covering-access", grantId)).isEqualTo(1);
		this.covering.recordExpiries();
		this.clock.advance(Duration.ofMinutes(61));
		this.covering.recordExpiries();
		assertThat(audited(EXPIRED, grantId)).as("an ended grant does not run out too").isZero();
	}

	@Test
	void theClientsOwnClinicianMayEndACover_theCoveringClinicianMayNot() {
		Clinician own = this.api.newClinician();
		Clinician cover = this.api.newClinician();
		Client client = this.api.newClientOf(own);
		UUID grantId = UUID.fromString(grant(client, cover, REASON, 24).expect(201).json().get("id").stringValue());

		this.api.http().post(cover.token(), COVER + "/" + grantId + "/end", null).expect(404);
		this.api.http().post(own.token(), COVER + "/" + grantId + "/end", null).expect(200);

		this.api.http().get(cover.token(), "/api/v1/clients/" + client.id()).expect(404);
		assertThat(this.jdbc.sql("select ended_by from covering_access where id = :id")
			.param("id", grantId)
			.query(UUID.class)
			.single()).isEqualTo(own.id());
	}

	@Test
	void aGrantNeedsAWrittenReason_andNothingIsSavedWithoutOne() {
		Clinician own = this.api.newClinician();
		Clinician cover = this.api.newClinician();
		Client client = this.api.newClientOf(own);

		for (String reason : new String[] { null, "   ", "On leave" }) {
			ApiResponse refused = grant(client, cover, reason, 24);
			assertThat(refused.status()).as("reason %s", reason).isEqualTo(400);
			refused.assertProblemShape();
			assertThat(refused.body()).contains("reason");
		}
		ApiResponse ownAgain = grant(client, own, REASON, 24);
		assertThat(ownAgain.status()).isEqualTo(400);
		assertThat(ownAgain.body()).contains("already on the client's care team");
		ApiResponse tooLong = grant(client, cover, REASON, 169);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("hours");

		assertThat(this.jdbc.sql("select count(*) from covering_access where client_id = :client")
			.param("client", client.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where client_id = :client and action = 'grant-covering-access'")
			.param("client", client.id())
			.query(Integer.class)
			.single()).isZero();
		this.api.http().get(cover.token(), "/api/v1/clients/" + client.id()).expect(404);
	}

	@Test
	void theCoveringClinicianIsRefusedExportErasureAndArrangingCover() {
		Clinician own = this.api.newClinician();
		Clinician cover = this.api.newClinician();
		Clinician third = this.api.newClinician();
		Client client = this.api.newClientOf(own, "Sam Whitley", "Europe/London");
		assertThat(this.api.http().post(client.token(), "/api/v1/me/erasure-request", null).status()).isIn(200, 201);
		UUID grantId = UUID.fromString(grant(client, cover, REASON, 24).expect(201).json().get("id").stringValue());
		String base = "/api/v1/clients/" + client.id();
		this.api.http().get(cover.token(), base).expect(200);

		for (String path : List.of(base + "/export.json", base + "/export.pdf",
				base + "/export.zip?from=" + client.today().minusDays(7) + "&to=" + client.today(),
				base + "/covering-access")) {
			ApiResponse refused = this.api.http().get(cover.token(), path);
			assertThat(refused.status()).as(path).isEqualTo(404);
			assertThat(refused.body()).as(path).doesNotContain("Sam Whitley", client.email());
		}
		ApiResponse erasure = this.api.http().post(cover.token(), base + "/erasure", Map.of("confirm", "Sam Whitley"));
		assertThat(erasure.status()).isEqualTo(404);
		assertThat(this.api.http().get(cover.token(), "/api/v1/erasure-requests").expect(200).body())
			.doesNotContain(client.id().toString());
		ApiResponse arranging = this.api.http()
			.post(cover.token(), COVER,
					Map.of("clientId", client.id(), "clinicianId", third.id(), "reason", REASON, "hours", 4));
		assertThat(arranging.status()).isEqualTo(403);
		this.api.http().post(cover.token(), COVER + "/" + grantId + "/end", null).expect(404);

		this.api.http().get(own.token(), base).expect(200);
		this.api.http().get(third.token(), base).expect(404);
		assertThat(this.jdbc.sql("select erased_at is null from client where id = :id")
			.param("id", client.id())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.jdbc.sql("select count(*) from covering_access where client_id = :client")
			.param("client", client.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theOwnClinicianSeesTheGrantAndWhenTheCoveringClinicianLooked_andTheClientReadsItInPlainWords() {
		Clinician own = this.api.newClinician("Dr Amari");
		Clinician cover = this.api.newClinician("Dr Brook");
		Client client = this.api.newClientOf(own, "Jo Marsh", "Europe/London");
		String base = "/api/v1/clients/" + client.id();
		grant(client, cover, REASON, 24).expect(201);
		// Signed in before the clock moves: the authenticator's code is made from the
		// real time.
		Visitor ownBrowser = new Visitor(this.port);
		ownBrowser.signIn(own.email(), ApiFixtures.PASSWORD);
		this.clock.advance(Duration.ofMinutes(5));
		Instant firstLook = this.clock.instant();
		this.api.http().get(cover.token(), base).expect(200);
		this.clock.advance(Duration.ofHours(3));
		Instant secondLook = this.clock.instant();
		this.api.http().get(cover.token(), base + "/assignments").expect(200);

		JsonNode covers = this.api.http().get(own.token(), base + "/covering-access").expect(200).json();

		assertThat(covers.size()).isEqualTo(1);
		JsonNode grant = covers.get(0).get("grant");
		assertThat(grant.get("clinicianName").stringValue()).isEqualTo("Dr Brook");
		assertThat(grant.get("reason").stringValue()).isEqualTo(REASON);
		assertThat(covers.get(0).get("visits").size()).as("%s; audit: %s", covers, this.jdbc.sql(
				"select occurred_at, actor_relation, action, outcome from audit_event where client_id = :c order by seq")
			.param("c", client.id())
			.query()
			.listOfRows()).isEqualTo(2);
		assertThat(Instant.parse(covers.get(0).get("visits").get(0).stringValue()))
			.isBetween(secondLook.minusSeconds(1), secondLook.plusSeconds(60));
		assertThat(Instant.parse(covers.get(0).get("visits").get(1).stringValue())).isBetween(firstLook.minusSeconds(1),
				firstLook.plusSeconds(60));

		Page clientPage = ownBrowser.get("/clients/" + client.id());
		assertThat(clientPage.status()).isEqualTo(200);
		assertThat(plain(clientPage)).contains("Dr Brook has covering access until", "Reason: " + REASON,
				"Looked at the record:");

		JsonNode history = this.api.http().get(client.token(), "/api/v1/me/access-history").expect(200).json();
		JsonNode covering = null;
		for (JsonNode line : history) {
			if ("COVERING".equals(line.get("role").stringValue())) {
				covering = line;
				break;
			}
		}
		assertThat(covering).as("a line for the covering clinician in %s", history).isNotNull();
		assertThat(covering.get("who").stringValue()).isEqualTo("Dr Brook");
		assertThat(covering.get("what").stringValue()).isEqualTo("looked at your homework");
		Visitor clientBrowser = new Visitor(this.port);
		clientBrowser.signIn(client.email(), ApiFixtures.PASSWORD);
		Page historyPage = clientBrowser.get("/my-data/access");
		assertThat(historyPage.status()).isEqualTo(200);
		assertThat(plain(historyPage)).contains("Dr Brook (covering for your clinician) looked at your homework",
				"Dr Brook (covering for your clinician) looked at your details");
	}

	@Test
	void theCoveredClientIsNotCountedOnTheCoveringClinicianSCaseload() {
		Clinician own = this.api.newClinician();
		Clinician cover = this.api.newClinician();
		Client client = this.api.newClientOf(own);
		grant(client, cover, REASON, 24).expect(201);

		assertThat(this.api.http().get(cover.token(), "/api/v1/clients").expect(200).body())
			.doesNotContain(client.id().toString());
		assertThat(this.api.http().get(cover.token(), "/api/v1/me/caseload-insights").expect(200).body())
			.doesNotContain(client.id().toString());
	}

	private ApiResponse grant(Client client, Clinician clinician, String reason, int hours) {
		Map<String, Object> body = new HashMap<>();
		body.put("clientId", client.id());
		body.put("clinicianId", clinician.id());
		body.put("reason", reason);
		body.put("hours", hours);
		return this.api.http().post(this.api.adminToken(), COVER, body);
	}

	/** The page's words as a reader meets them: no tags, single spaces. */
	private static String plain(Page page) {
		return page.text().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	/** The audit trail's rows of the action on the grant, one per step done. */
	private int audited(String action, UUID grantId) {
		String outcome = action.equals(EXPIRED) ? "SUCCEEDED" : "GRANTED";
		return this.jdbc.sql(
				"select count(*) from audit_event where action = :action and object_id = :grant and outcome = :outcome")
			.param("action", action)
			.param("outcome", outcome)
			.param("grant", grantId)
			.query(Integer.class)
			.single();
	}

}
