package org.bridgework.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * A phone on a bad connection sends the same entry again: the Idempotency-Key makes sure
 * it is stored once, also when the copies arrive at the same moment.
 */
class IdempotencyIntegrationTests extends ApiIntegrationTestBase {

	private static final int RACERS = 12;

	private Clinician clinician;

	private Client client;

	private Assignment assignment;

	@BeforeEach
	void aClientWithPractice() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
		this.assignment = this.api.assign(this.clinician, this.client, "mindful-breathing", EVERY_DAY);
	}

	@Test
	void sameKeyAndSameBody_returnsTheSameIdAndStoresOneEntry() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = entryBody(this.client.today(), validAnswers("mindful-breathing"));

		UUID first = this.api.postEntry(this.client, this.assignment, key, body).created();
		ApiResponse replay = this.api.postEntry(this.client, this.assignment, key, body);

		assertThat(replay.status()).isIn(200, 201);
		assertThat(replay.json().get("id").stringValue()).isEqualTo(first.toString());
		assertThat(this.api.entryCount(this.client, this.assignment)).isEqualTo(1);
	}

	@Test
	void sameKeyAndSameContentInAnotherOrder_isStillTheSameRequest() {
		String key = UUID.randomUUID().toString();
		String day = this.client.today().toString();
		String body = """
				{"occurredOn": "%s", "answers": {"mindWandering": "a-few-times", "place": "bus"}, "quality": 3}"""
			.formatted(day);
		String reordered = """
				{"quality": 3, "answers": {"place": "bus", "mindWandering": "a-few-times"}, "occurredOn": "%s"}"""
			.formatted(day);

		UUID first = this.api.postEntry(this.client, this.assignment, key, body).created();
		ApiResponse replay = this.api.postEntry(this.client, this.assignment, key, reordered);

		assertThat(replay.status()).isIn(200, 201);
		assertThat(replay.json().get("id").stringValue()).isEqualTo(first.toString());
		assertThat(this.api.entryCount(this.client, this.assignment)).isEqualTo(1);
	}

	@Test
	void sameKeyAndAnotherBody_isRefusedAndTheFirstEntryStaysAsItWas() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = entryBody(this.client.today(), validAnswers("mindful-breathing"));
		UUID first = this.api.postEntry(this.client, this.assignment, key, body).created();
		Map<String, Object> other = entryBody(this.client.today(), validAnswers("mindful-breathing"));
		other.put("note", "A different note");

		ApiResponse conflict = this.api.postEntry(this.client, this.assignment, key, other);

		assertThat(conflict.status()).as("status, body: %s", conflict.body()).isIn(409, 422);
		conflict.assertProblemShape();
		JsonNode entries = this.api.entries(this.client, this.assignment);
		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.get(0).get("id").stringValue()).isEqualTo(first.toString());
		assertThat(entries.get(0).get("note").stringValue()).isEqualTo("Calmer after");
	}

	@Test
	void aKeyOfARefusedRequestStaysFree_theCorrectedRequestIsStored() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> invalid = entryBody(this.client.today(), Map.of("mindWandering", "all the time"));
		Map<String, Object> corrected = entryBody(this.client.today(), validAnswers("mindful-breathing"));

		this.api.postEntry(this.client, this.assignment, key, invalid).expect(400);
		UUID id = this.api.postEntry(this.client, this.assignment, key, corrected).created();

		JsonNode entries = this.api.entries(this.client, this.assignment);
		assertThat(entries.size()).isEqualTo(1);
		assertThat(entries.get(0).get("id").stringValue()).isEqualTo(id.toString());
	}

	@Test
	void concurrentReplays_allReturnTheSameIdAndStoreOneEntry() throws Exception {
		String key = UUID.randomUUID().toString();
		Map<String, Object> body = entryBody(this.client.today(), validAnswers("mindful-breathing"));
		CountDownLatch ready = new CountDownLatch(RACERS);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		try {
			List<CompletableFuture<ApiResponse>> racers = new ArrayList<>();
			for (int i = 0; i < RACERS; i++) {
				racers.add(CompletableFuture.supplyAsync(() -> {
					ready.countDown();
					await(go);
					return this.api.postEntry(this.client, this.assignment, key, body);
				}, pool));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

			List<String> ids = new ArrayList<>();
			for (CompletableFuture<ApiResponse> racer : racers) {
				ApiResponse response = racer.get();
				assertThat(response.status()).as("status, body: %s", response.body()).isIn(200, 201);
				ids.add(response.json().get("id").stringValue());
			}
			assertThat(ids).hasSize(RACERS).containsOnly(ids.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.api.entryCount(this.client, this.assignment)).isEqualTo(1);
	}

	@Test
	void keysBelongToOneClient_anotherClientMayUseTheSameKey() {
		String key = UUID.randomUUID().toString();
		Client other = this.api.newClientOf(this.clinician);
		Assignment otherAssignment = this.api.assign(this.clinician, other, "mindful-breathing", EVERY_DAY);
		Map<String, Object> body = entryBody(this.client.today(), validAnswers("mindful-breathing"));

		UUID mine = this.api.postEntry(this.client, this.assignment, key, body).created();
		UUID theirs = this.api.postEntry(other, otherAssignment, key, body).created();

		assertThat(theirs).isNotEqualTo(mine);
		assertThat(this.api.entryCount(this.client, this.assignment)).isEqualTo(1);
		assertThat(this.api.entryCount(other, otherAssignment)).isEqualTo(1);
	}

	@Test
	void skips_sameKeyAndSameBodyReturnTheSameId() {
		String key = UUID.randomUUID().toString();
		Map<String, Object> skip = Map.of("occurredOn", this.client.today(), "reason", "FORGOT");
		String path = "/api/v1/assignments/" + this.assignment.id() + "/skips";

		UUID first = this.api.http().post(this.client.token(), path, skip, Map.of("Idempotency-Key", key)).created();
		ApiResponse replay = this.api.http().post(this.client.token(), path, skip, Map.of("Idempotency-Key", key));

		assertThat(replay.status()).isIn(200, 201);
		assertThat(replay.json().get("id").stringValue()).isEqualTo(first.toString());
		assertThat(this.api.http().get(this.client.token(), path).expect(200).json().size()).isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
