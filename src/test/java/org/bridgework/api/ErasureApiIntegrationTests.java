package org.bridgework.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.exports.ExportSection;
import org.bridgework.shared.ErasedClient;
import org.bridgework.testing.ClientDataTables;
import org.bridgework.testing.SampleFiles;
import org.bridgework.testing.TestPushSubscriptions;
import org.bridgework.testing.TestPushSubscriptions.Subscription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * A client with something in every module asks for erasure; their clinician finishes it.
 * Before: the client's JSON export holds something of every table a section exports.
 * After: no table the schema says holds client data has a row of theirs left (found from
 * the catalog, so a new table is checked without touching this test), the client and
 * account are only ids under a pseudonym, nobody can sign in as them, and another client
 * of the same clinician has every row they had. Refusals (wrong name, open alert, a step
 * failing half way) remove nothing.
 */
class ErasureApiIntegrationTests extends ApiIntegrationTestBase {

	/**
	 * Tables whose rows the JSON export holds without their own ids, and why; the test
	 * still finds the part that holds them not empty.
	 */
	static final Map<String, String> EXPORTED_WITHOUT_IDS = Map.of("alert",
			"an alert is exported as its kind and time only", "ladder_step_change",
			"a step change is known by when it was made", "staying_well_plan_version",
			"a plan version is known by its number");

	/** The two rows that stay, without anything that names the person. */
	static final Set<String> KEPT_AS_IDS = Set.of(ClientDataTables.CLIENT, ClientDataTables.ACCOUNT);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@FlywayDataSource
	DataSource owner;

	@Autowired
	List<ExportSection> sections;

	private Clinician clinician;

	private Client client;

	private Client other;

	@BeforeEach
	void twoClientsWithSomethingEverywhere() {
		this.clinician = this.api.newClinician("Dr Erasmus");
		this.client = this.api.newClientOf(this.clinician, "Zoë Łukasz " + UUID.randomUUID(), "Europe/Warsaw");
		this.other = this.api.newClientOf(this.clinician);
		fillEveryModule(this.client);
		fillEveryModule(this.other);
	}

	@Test
	void theExportHoldsEveryTableAndErasureLeavesNoRowOfTheClientAnywhere() {
		this.api.http().post(this.client.token(), "/api/v1/me/erasure-request", null).expect(201);
		ClientDataTables schema = ClientDataTables.read(this.jdbc);
		assertTheExportHoldsEveryTable(schema);
		Map<String, Integer> othersRows = rowsOf(schema, this.other);
		acknowledgeOpenAlerts(this.client);

		JsonNode erased = this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/erasure",
					Map.of("confirm", this.client.displayName().toUpperCase(java.util.Locale.ROOT).replace("Ë", "E")))
			.expect(200)
			.json();

		String pseudonym = ErasedClient.pseudonymOf(this.client.id());
		assertThat(erased.get("displayName").stringValue()).isEqualTo(pseudonym);
		Map<String, Integer> left = rowsOf(schema, this.client);
		left.keySet().removeAll(KEPT_AS_IDS);
		assertThat(left).as("rows of the erased client")
			.allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where account_key = lower(:email)")
			.param("email", this.client.email())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("""
				select c.display_name, c.timezone, c.erased_at is not null as erased, a.display_name as account_name,
				       a.email, a.password_hash
				from client c join account a on a.id = c.account_id where c.id = :client""")
			.param("client", this.client.id())
			.query()
			.singleRow()).containsEntry("display_name", pseudonym)
			.containsEntry("timezone", "UTC")
			.containsEntry("erased", true)
			.containsEntry("account_name", pseudonym)
			.containsEntry("email", null)
			.containsEntry("password_hash", null);
		assertThat(rowsOf(schema, this.other)).as("the other client's rows").isEqualTo(othersRows);
	}

	@Test
	void afterErasureNobodySignsInAsTheClientAndNobodyFindsThem() {
		eraseWithAlertsAcknowledged(this.client);

		assertThat(this.api.http().get(this.client.token(), "/api/v1/me/today").status()).isEqualTo(401);
		assertThat(this.api.http()
			.post(null, "/api/v1/auth/token", Map.of("email", this.client.email(), "password", ApiFixtures.PASSWORD))
			.status()).isEqualTo(401);
		assertThat(this.api.http().get(this.clinician.token(), "/api/v1/clients").expect(200).body())
			.doesNotContain(this.client.id().toString())
			.contains(this.other.id().toString());
		this.api.http().get(this.clinician.token(), "/api/v1/clients/" + this.client.id()).expect(404);
		this.api.http().get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/export.json").expect(404);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/erasure",
					Map.of("confirm", "anything"))
			.expect(404);
		this.api.http()
			.post(this.api.adminToken(), "/api/v1/clients/" + this.client.id() + "/erasure",
					Map.of("confirm", "anything"))
			.expect(404);
	}

	@Test
	void anOpenCrisisAlertAWrongNameOrAStepFailingHalfWayRemoveNothing() {
		this.api.http().post(this.client.token(), "/api/v1/me/erasure-request", null).expect(201);
		ClientDataTables schema = ClientDataTables.read(this.jdbc);
		Map<String, Integer> before = rowsOf(schema, this.client);
		String erasure = "/api/v1/clients/" + this.client.id() + "/erasure";

		JsonNode heldUp = this.api.http()
			.post(this.clinician.token(), erasure, Map.of("confirm", this.client.displayName()))
			.problem(409);
		assertThat(heldUp.get("detail").stringValue()).contains("crisis alert", "acknowledge it first");
		assertThat(this.api.http().get(this.clinician.token(), "/api/v1/erasure-requests").expect(200).body())
			.contains(this.client.id().toString(), "acknowledge it first");
		acknowledgeOpenAlerts(this.client);
		assertThat(this.api.http().post(this.clinician.token(), erasure, Map.of("confirm", "Zoe")).invalidFields())
			.containsExactly("confirm");
		assertThat(this.api.http().post(this.clinician.token(), erasure, null).invalidFields())
			.containsExactly("confirm");
		failingLastStep(() -> assertThat(this.api.http()
			.post(this.clinician.token(), erasure, Map.of("confirm", this.client.displayName()))
			.status()).isEqualTo(500));

		assertThat(rowsOf(schema, this.client)).isEqualTo(before);
		this.api.http().get(this.client.token(), "/api/v1/me/today").expect(200);
	}

	@Test
	void onlyAClientWhoAskedIsErasedAndAnAdminMayFinishItToo() {
		String erasure = "/api/v1/clients/" + this.client.id() + "/erasure";
		acknowledgeOpenAlerts(this.client);
		Map<String, String> confirm = Map.of("confirm", this.client.displayName());

		this.api.http().post(this.clinician.token(), erasure, confirm).problem(409);
		this.api.http().post(this.api.adminToken(), erasure, confirm).expect(404);
		JsonNode asked = this.api.http()
			.post(this.client.token(), "/api/v1/me/erasure-request", null)
			.expect(201)
			.json();
		JsonNode again = this.api.http()
			.post(this.client.token(), "/api/v1/me/erasure-request", null)
			.expect(200)
			.json();
		assertThat(again.get("requestedAt")).isEqualTo(asked.get("requestedAt"));
		this.api.http().send("DELETE", "/api/v1/me/erasure-request", this.client.token(), null, Map.of()).expect(204);
		this.api.http().post(this.clinician.token(), erasure, confirm).problem(409);
		this.api.http().post(this.client.token(), "/api/v1/me/erasure-request", null).expect(201);
		assertThat(this.api.http().get(this.api.adminToken(), "/api/v1/erasure-requests").expect(200).body())
			.contains(this.client.id().toString(), this.client.displayName(), "Dr Erasmus");
		assertThat(this.api.http().get(this.clinician.token(), "/api/v1/erasure-requests").expect(200).body())
			.contains(this.client.id().toString());
		assertThat(this.api.http().get(this.api.newClinician().token(), "/api/v1/erasure-requests").expect(200).body())
			.doesNotContain(this.client.id().toString());

		this.api.http().post(this.api.adminToken(), erasure, confirm).expect(200);

		assertThat(this.api.http().get(this.api.adminToken(), "/api/v1/erasure-requests").expect(200).body())
			.doesNotContain(this.client.id().toString());
		this.api.http().get(this.other.token(), "/api/v1/me/today").expect(200);
	}

	/**
	 * Something of the client's in every module, through the API as people make it; the
	 * client's help request and PHQ-9 answer leave two crisis alerts open.
	 */
	private void fillEveryModule(Client someone) {
		String marker = UUID.randomUUID().toString();
		Map<String, Object> plan = assignmentBody("mindful-breathing", EVERY_DAY, someone.today().minusDays(20), null);
		plan.put("goal", "GOAL-" + marker);
		Assignment breathing = this.api.assign(this.clinician, someone, plan);
		this.api.record(someone, breathing, someone.today().minusDays(1));
		Map<String, Object> privately = entryBody(someone.today().minusDays(2),
				Map.of("mindWandering", "many-times", "breathNotes", "PRIVATE-" + marker));
		privately.put("private", true);
		this.api.record(someone, breathing, privately);
		this.api.skip(someone, breathing, someone.today().minusDays(3), "OVERWHELMED");
		Assignment mirror = this.api.assign(this.clinician, someone, "mirror-talk", EVERY_DAY);
		String voice = this.api.attach(someone, mirror, "voiceNote", "note.wav", "audio/wav", SampleFiles.wav());
		this.api.record(someone, mirror,
				entryBody(someone.today(), Map.of("whatYouSaid", "SAID-" + marker, "voiceNote", voice)));
		this.api.attach(someone, mirror, "voiceNote", "unsent.wav", "audio/wav", SampleFiles.wav());
		this.api.http()
			.upload(this.clinician.token(), "/api/v1/assignments/" + breathing.id() + "/guided-audio", Map.of(),
					"guide.wav", "audio/wav", SampleFiles.wav())
			.expect(200);
		UUID proposal = this.api.http()
			.post(someone.token(), "/api/v1/assignments/" + breathing.id() + "/proposals",
					Map.of("changes", Map.of("place", "By the window"), "note", "PROPOSAL-" + marker))
			.created();
		this.api.http().post(this.clinician.token(), "/api/v1/proposals/" + proposal + "/acceptance", null).expect(200);
		this.api.http()
			.post(someone.token(), "/api/v1/me/practice-ideas", Map.of("title", "IDEA-" + marker),
					Map.of("Idempotency-Key", marker))
			.expect(201);
		this.api.http()
			.send("PUT", "/api/v1/assignments/" + breathing.id() + "/ladder", this.clinician.token(),
					AccessRulesIntegrationTests.ladderBody("STEP-" + marker), Map.of())
			.expect(200);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/assignments/" + breathing.id() + "/ladder/step-changes",
					Map.of("to", 2, "note", "Agreed in session"))
			.expect(201);
		String goals = "/api/v1/clients/" + someone.id() + "/goals";
		UUID goal = UUID.fromString(
				this.api.http().get(this.clinician.token(), goals).expect(200).json().get(0).get("id").stringValue());
		this.api.http()
			.send("PATCH", "/api/v1/goals/" + goal, this.clinician.token(), Map.of("value", "Joy"), Map.of())
			.expect(200);
		this.api.http().post(someone.token(), "/api/v1/me/check-ins", Map.of("text", "CHECK-IN-" + marker)).expect(201);
		this.api.http()
			.send("PUT", "/api/v1/me/reminders", someone.token(),
					Map.of("emailEnabled", true, "quietStart", "22:00", "quietEnd", "07:00"), Map.of())
			.expect(200);
		this.api.http()
			.send("PUT", "/api/v1/me/reminders/assignments/" + breathing.id(), someone.token(),
					Map.of("enabled", true, "reminderTime", "07:30"), Map.of())
			.expect(200);
		this.api.http().post(someone.token(), "/api/v1/me/calendar-feed", null).expect(201);
		Subscription phone = TestPushSubscriptions.fresh();
		this.api.http()
			.post(someone.token(), "/api/v1/me/push-subscriptions",
					Map.of("endpoint", phone.endpoint(), "keys",
							Map.of("p256dh", phone.p256dh(), "auth", phone.auth())))
			.expect(201);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + someone.id() + "/sessions",
					Map.of("date", someone.today().minusDays(7)))
			.expect(201);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + someone.id() + "/session-summaries",
					Map.of("learned", "SUMMARY-" + marker))
			.expect(201);
		this.api.http()
			.send("PUT", "/api/v1/clients/" + someone.id() + "/relapse-prevention-plan", this.clinician.token(),
					AccessRulesIntegrationTests.stayingWellBody("SIGN-" + marker, breathing.id()), Map.of())
			.expect(200);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + someone.id() + "/boosters",
					Map.of("fromAssignmentId", breathing.id(), "startDate", someone.today().plusDays(30)))
			.expect(201);
		this.api.http()
			.post(someone.token(), "/api/v1/me/measures/PHQ-9", Map.of("answers", List.of(1, 1, 1, 1, 0, 0, 0, 0, 1)))
			.expect(201);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + someone.id() + "/measure-schedules",
					Map.of("instrument", "GAD-7", "every", "WEEKLY", "startDate", someone.today()))
			.expect(201);
		this.api.http()
			.post(null, "/api/v1/auth/token", Map.of("email", someone.email(), "password", "not the password"))
			.expect(401);
		this.api.http().post(someone.token(), "/api/v1/me/help-requests", null).expect(201);
		this.api.http()
			.post(this.api.adminToken(), "/api/v1/covering-access",
					Map.of("clientId", someone.id(), "clinicianId", this.api.newClinician().id(), "reason",
							"COVER-" + marker, "hours", 24))
			.expect(201);
	}

	/**
	 * The client's own JSON export has every part a section names for a table, not empty,
	 * and the id of every row of theirs in a table whose rows it lists by id.
	 */
	private void assertTheExportHoldsEveryTable(ClientDataTables schema) {
		String text = this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/export.json")
			.expect(200)
			.body();
		JsonNode record = ApiClient.JSON.readTree(text);
		Map<String, String> exported = new TreeMap<>();
		this.sections.forEach((section) -> exported.putAll(section.exportedTables()));
		exported.forEach((table, part) -> {
			assertThat(schema.rowsOf(table, this.client.id(), this.client.userId())).as("rows of %s", table)
				.isPositive();
			JsonNode content = record.get(part);
			assertThat(content).as("part %s for %s", part, table).isNotNull();
			assertThat(content.isNull() || (content.isArray() && content.isEmpty())).as("part %s for %s", part, table)
				.isFalse();
			if (schema.hasId(table) && !EXPORTED_WITHOUT_IDS.containsKey(table)) {
				assertThat(text).as("ids of %s", table)
					.contains(schema.idsOf(table, this.client.id(), this.client.userId()));
			}
		});
		assertThat(record.get("format").stringValue()).isEqualTo("bridgework-client-record");
		assertThat(record.get("account").get("email").stringValue()).isEqualTo(this.client.email());
		assertThat(text).contains("PRIVATE-", "/api/v1/attachments/", "/api/v1/assignments/")
			.doesNotContain(this.other.id().toString());
	}

	private Map<String, Integer> rowsOf(ClientDataTables schema, Client someone) {
		Map<String, Integer> rows = new TreeMap<>();
		schema.holdingClientData()
			.stream()
			.filter((table) -> !ClientDataCoverageIntegrationTests.NOT_CLIENT_DATA.containsKey(table))
			.forEach((table) -> rows.put(table, schema.rowsOf(table, someone.id(), someone.userId())));
		return rows;
	}

	private void acknowledgeOpenAlerts(Client someone) {
		this.jdbc.sql("select id from alert where client_id = :client and status = 'OPEN'")
			.param("client", someone.id())
			.query(UUID.class)
			.list()
			.forEach((alert) -> this.api.http()
				.post(this.clinician.token(), "/api/v1/alerts/" + alert + "/acknowledgement", Map.of("note", "Called"))
				.expect(200));
	}

	private void eraseWithAlertsAcknowledged(Client someone) {
		this.api.http().post(someone.token(), "/api/v1/me/erasure-request", null).expect(201);
		acknowledgeOpenAlerts(someone);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + someone.id() + "/erasure",
					Map.of("confirm", someone.displayName()))
			.expect(200);
	}

	/**
	 * Runs the call while the last step (the account's) fails for this client, as a
	 * database refusing a write would: a real trigger, removed afterwards.
	 */
	private void failingLastStep(Runnable call) {
		String function = "erasure_test_refuse_" + this.client.userId().toString().replace("-", "");
		// The schema's owner: the application's own role may not make functions or
		// triggers.
		JdbcClient asOwner = JdbcClient.create(this.owner);
		asOwner
			.sql("create function " + function
					+ "() returns trigger language plpgsql as $$ begin raise exception 'refused for the test'; end $$")
			.update();
		asOwner
			.sql("create trigger " + function + " before update on account for each row when (old.id = '"
					+ this.client.userId() + "') execute function " + function + "()")
			.update();
		try {
			call.run();
		}
		finally {
			asOwner.sql("drop trigger " + function + " on account").update();
			asOwner.sql("drop function " + function + "()").update();
		}
	}

}
