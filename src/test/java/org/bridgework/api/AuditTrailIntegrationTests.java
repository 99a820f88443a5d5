package org.bridgework.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.audit.AuditEvent;
import org.bridgework.audit.AuditTrail;
import org.bridgework.testing.AuditTampering;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail as a security reviewer would try it: the application's database role
 * cannot change or remove a row, a row changed behind its back is found at exactly that
 * row, two writers at once keep one chain, and every sign-in, refusal and request is
 * there with who, what, which client, when, from where and the request's id, never with a
 * typed email.
 */
class AuditTrailIntegrationTests extends ApiIntegrationTestBase {

	@Autowired
	private AuditTrail trail;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	@FlywayDataSource
	private DataSource ownerDataSource;

	@Test
	void theApplicationsRole_mayAddAuditRowsButNotChangeRemoveOrTruncateThem() {
		this.trail.record(AuditEvent.refused(UUID.randomUUID(), UUID.randomUUID(), "test-row", null));
		long newest = newestSeq();

		assertThat(this.jdbc.sql("select current_user").query(String.class).single()).isEqualTo("bridgework_app");
		for (String statement : List.of("update audit_event set path = '/elsewhere' where seq = " + newest,
				"delete from audit_event where seq = " + newest, "truncate audit_event",
				"update audit_key set secret = 'x'", "create table not_ours (id int)")) {
			assertThatThrownBy(() -> this.jdbc.sql(statement).update()).as(statement)
				.hasStackTraceContaining("permission denied");
		}
		assertThat(this.jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
			.query(Integer.class)
			.single()).as("tables the application's role owns").isZero();
		assertThat(newestSeq()).isEqualTo(newest);
	}

	@Test
	void evenTheOwner_isStoppedFromChangingARowUnlessTheyTurnTheGuardOff() {
		this.trail.record(AuditEvent.refused(UUID.randomUUID(), null, "test-row", null));

		assertThatThrownBy(
				() -> owner().sql("update audit_event set path = '/elsewhere' where seq = " + newestSeq()).update())
			.hasStackTraceContaining("append-only");
	}

	@Test
	void aRowChangedThroughTheOwnersConnection_isFoundAtExactlyThatRow() {
		for (int i = 0; i < 3; i++) {
			this.trail.record(AuditEvent.refused(UUID.randomUUID(), UUID.randomUUID(), "test-row-" + i, null));
		}
		long middle = newestSeq() - 1;
		assertThat(verification().get("intact").booleanValue()).isTrue();

		String original = AuditTampering.actionOf(this.ownerDataSource, middle);
		AuditTampering.changeAction(this.ownerDataSource, middle, "view-nothing");
		try {
			JsonNode broken = verification();

			assertThat(broken.get("intact").booleanValue()).isFalse();
			assertThat(broken.get("firstBrokenRow").longValue()).isEqualTo(middle);
			assertThat(broken.get("rows").longValue()).isGreaterThan(middle);
		}
		finally {
			AuditTampering.changeAction(this.ownerDataSource, middle, original);
		}
		assertThat(verification().get("intact").booleanValue()).isTrue();
		assertThat(verification().get("firstBrokenRow").isNull()).isTrue();
	}

	@Test
	void twoWritersAtOnce_keepOneUnbrokenChain() throws Exception {
		String marker = "test-writer-" + UUID.randomUUID();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int writer = 0; writer < 2; writer++) {
				done.add(writers.submit(() -> {
					start.await();
					for (int i = 0; i < 40; i++) {
						this.trail.record(AuditEvent.refused(null, null, marker, null));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> writer : done) {
				writer.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			writers.shutdownNow();
		}

		assertThat(this.jdbc.sql("select count(*) from audit_event where action = :marker")
			.param("marker", marker)
			.query(Integer.class)
			.single()).isEqualTo(80);
		assertThat(this.jdbc.sql("select count(*) = max(seq) from audit_event").query(Boolean.class).single())
			.as("seq runs from 1 without a gap")
			.isTrue();
		assertThat(this.trail.verify().intact()).isTrue();
	}

	@Test
	void everyRequest_hasAnId_aSaneOneFromTheCallerIsKept_andItsAuditRowsCarryIt() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String id = "trace-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<byte[]> kept = this.api.http()
			.download(client.token(), "/api/v1/me/today", Map.of("X-Request-Id", id, "X-Forwarded-For", "203.0.113.7"));
		HttpResponse<byte[]> replaced = this.api.http()
			.download(client.token(), "/api/v1/me/today", Map.of("X-Request-Id", "not sane: " + "x".repeat(80)));

		assertThat(kept.headers().firstValue("X-Request-Id")).hasValue(id);
		assertThat(replaced.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
		Map<String, Object> row = this.jdbc.sql("""
				select actor_id, actor_relation, client_id, action, outcome, cast(status as int) as status, method,
				       path, remote_address
				from audit_event where request_id = :id""").param("id", id).query().singleRow();
		assertThat(row).containsEntry("actor_id", client.userId())
			.containsEntry("actor_relation", "SELF")
			.containsEntry("client_id", client.id())
			.containsEntry("action", "view-today")
			.containsEntry("outcome", "GRANTED")
			.containsEntry("status", 200)
			.containsEntry("method", "GET")
			.containsEntry("path", "/api/v1/me/today");
		assertThat(row.get("remote_address")).as("X-Forwarded-For is not trusted unless configured")
			.isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	@Test
	void signIns_areRecorded_andAnUnknownEmailOnlyAsAKeyedHash() {
		Clinician clinician = this.api.newClinician();
		String unknown = ApiFixtures.uniqueEmail("nobody");

		this.api.http()
			.post(null, "/api/v1/auth/token", Map.of("email", clinician.email(), "password", "not the password"))
			.expect(401);
		this.api.http().post(null, "/api/v1/auth/token", Map.of("email", unknown, "password", "anything")).expect(401);

		List<Map<String, Object>> ofClinician = this.jdbc.sql("""
				select action, outcome, path from audit_event
				where actor_id = :clinician and action like 'sign-in%' order by seq""")
			.param("clinician", clinician.id())
			.query()
			.listOfRows();
		assertThat(ofClinician).extracting((row) -> row.get("outcome"))
			.as("the fixture's own sign-ins (setting up two-step sign-in, then signing in), then the wrong password")
			.containsExactly("SUCCEEDED", "SUCCEEDED", "FAILED");
		assertThat(ofClinician).extracting((row) -> row.get("path"))
			.containsExactly("/login/two-step/done", "/api/v1/auth/token", "/api/v1/auth/token");
		Map<String, Object> attempt = this.jdbc
			.sql("select actor_id, outcome, cast(status as int) as status from audit_event where pseudonym = :hash")
			.param("hash", this.trail.pseudonym(unknown.toUpperCase(java.util.Locale.ROOT)))
			.query()
			.singleRow();
		assertThat(attempt).containsEntry("actor_id", null)
			.containsEntry("outcome", "FAILED")
			.containsEntry("status", 401);
		assertThat(this.jdbc.sql("select count(*) from audit_event a where cast(row_to_json(a) as text) like :email")
			.param("email", "%" + unknown.substring(0, unknown.indexOf('@')) + "%")
			.query(Integer.class)
			.single()).as("rows holding the typed email").isZero();
	}

	@Test
	void refusals_areRecorded_withWhoAskedAndForWhichClient() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		Clinician stranger = this.api.newClinician();

		this.api.http().get(stranger.token(), "/api/v1/clients/" + client.id()).expect(404);
		this.api.http().get(client.token(), "/api/v1/clients").expect(403);
		String request = "anonymous-" + UUID.randomUUID();
		assertThat(this.api.http().download(null, "/api/v1/me/today", Map.of("X-Request-Id", request)).statusCode())
			.isEqualTo(401);

		assertThat(this.jdbc.sql("""
				select actor_id, client_id, action, outcome, cast(status as int) as status from audit_event
				where actor_id = :stranger and action <> 'sign-in'""")
			.param("stranger", stranger.id())
			.query()
			.listOfRows())
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("client_id", client.id())
				.containsEntry("action", "view-profile")
				.containsEntry("outcome", "REFUSED")
				.containsEntry("status", 404));
		assertThat(this.jdbc.sql("""
				select action, cast(status as int) as status from audit_event
				where actor_id = :client and outcome = 'REFUSED'""")
			.param("client", client.userId())
			.query()
			.listOfRows()).singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("action", "forbidden").containsEntry("status", 403));
		assertThat(this.jdbc.sql("select actor_id, action, path from audit_event where request_id = :request")
			.param("request", request)
			.query()
			.singleRow()).containsEntry("actor_id", null)
			.containsEntry("action", "unauthenticated")
			.containsEntry("path", "/api/v1/me/today");
	}

	@Test
	void theEventsOfAClient_areListedForAdminsOnly_newestFirst_andTheirReadingIsRecordedToo() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		this.api.http().get(clinician.token(), "/api/v1/clients/" + client.id()).expect(200);
		this.api.http().get(clinician.token(), "/api/v1/clients/" + client.id() + "/assignments").expect(200);
		String path = "/api/v1/audit/events?clientId=" + client.id();

		JsonNode first = this.api.http().get(this.api.adminToken(), path + "&size=1").expect(200).json();
		JsonNode all = this.api.http().get(this.api.adminToken(), path).expect(200).json();

		assertThat(first.get("hasMore").booleanValue()).isTrue();
		assertThat(first.get("events").get(0).get("action").stringValue()).isEqualTo("list-assignments");
		assertThat(all.get("events").values().stream().map((event) -> event.get("action").stringValue()))
			.startsWith("view-audit-events", "list-assignments", "view-profile");
		this.api.http().get(clinician.token(), path).expect(403);
		this.api.http().get(client.token(), "/api/v1/audit/verification").expect(403);
		this.api.http().get(this.api.adminToken(), path + "&size=0").expect(400);
	}

	private JsonNode verification() {
		return this.api.http().get(this.api.adminToken(), "/api/v1/audit/verification").expect(200).json();
	}

	private long newestSeq() {
		return this.jdbc.sql("select max(seq) from audit_event").query(Long.class).single();
	}

	private JdbcClient owner() {
		return JdbcClient.create(this.ownerDataSource);
	}

}
