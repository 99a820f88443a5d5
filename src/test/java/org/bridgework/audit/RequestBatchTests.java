package org.bridgework.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBatchTests {

	private static final UUID ACTOR = UUID.randomUUID();

	private static final UUID CLIENT = UUID.randomUUID();

	private static final Instant NOW = Instant.parse("2026-12-07T14:05:00Z");

	@Test
	void finish_keepsTheSameEventOnceAndEveryDifferentOne() {
		RequestBatch batch = batch("/clients/" + CLIENT);
		batch.add(AuditEvent.granted(ACTOR, "CLINICIAN", CLIENT, "view-profile", null), NOW);
		batch.add(AuditEvent.granted(ACTOR, "CLINICIAN", CLIENT, "view-profile", null), NOW.plusMillis(5));
		batch.add(AuditEvent.granted(ACTOR, "CLINICIAN", CLIENT, "view-assignment", UUID.randomUUID()), NOW);
		batch.add(AuditEvent.granted(ACTOR, "CLINICIAN", CLIENT, "view-assignment", UUID.randomUUID()), NOW);

		List<PendingEvent> rows = batch.finish(200, NOW);

		assertThat(rows).hasSize(3);
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo(200);
			assertThat(row.requestId()).isEqualTo("r-1");
			assertThat(row.path()).isEqualTo("/clients/" + CLIENT);
		});
	}

	@Test
	void finish_writesARefusalNobodyReported_onlyFor403AndTheApis401() {
		RequestBatch forbidden = batch("/clients/" + CLIENT);
		forbidden.actor(() -> ACTOR);
		RequestBatch unauthenticated = batch("/api/v1/me/today");
		RequestBatch signInPage = batch("/today");

		assertThat(forbidden.finish(403, NOW)).singleElement().satisfies((row) -> {
			assertThat(row.event()).isEqualTo(AuditEvent.refused(ACTOR, null, "forbidden", null));
		});
		assertThat(unauthenticated.finish(401, NOW)).singleElement()
			.satisfies((row) -> assertThat(row.event().action()).isEqualTo("unauthenticated"));
		assertThat(signInPage.finish(302, NOW)).isEmpty();
	}

	@Test
	void finish_leavesARefusalToTheModuleThatReportedIt() {
		RequestBatch batch = batch("/api/v1/clients");
		batch.add(AuditEvent.refused(ACTOR, CLIENT, "view-profile", null), NOW);

		assertThat(batch.finish(403, NOW)).singleElement()
			.satisfies((row) -> assertThat(row.event().action()).isEqualTo("view-profile"));
	}

	private static RequestBatch batch(String path) {
		return new RequestBatch("r-1", "127.0.0.1", "GET", path);
	}

}
