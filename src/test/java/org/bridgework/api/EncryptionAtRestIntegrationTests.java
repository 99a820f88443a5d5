package org.bridgework.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.EncryptionKeys;
import org.bridgework.shared.FieldCipher;
import org.bridgework.shared.KeyRotation;
import org.bridgework.shared.ReencryptionOutcome;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * Free text at rest, as an operator with a copy of the database would see it: a sentence
 * written through the API into every encrypted column is in no {@code pg_dump} of the
 * database, while the API still answers it; each column holds it under the configured
 * key; a ciphertext changed by one bit, or copied from another row, is refused with a 500
 * that shows nothing of it; and key rotation puts everything under the new key while
 * everything still reads.
 */
class EncryptionAtRestIntegrationTests extends ApiIntegrationTestBase {

	private static final EncryptedColumn CHECK_IN_TEXT = EncryptedColumn.of("check_in", "text");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	KeyRotation rotation;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	Environment environment;

	private Clinician clinician;

	private Client client;

	/** Where each sentence is stored: a column, and the sentence it must hold. */
	private final Map<EncryptedColumn, String> written = new LinkedHashMap<>();

	private final String marker = UUID.randomUUID().toString();

	@BeforeEach
	void aClientAndTheirClinician() {
		this.clinician = this.api.newClinician("Dr Cipher");
		this.client = this.api.newClientOf(this.clinician, "Dumpling Reader", "Europe/London");
	}

	@Test
	void whatIsWrittenIsInNoDumpOfTheDatabase_andTheApiStillAnswersIt() throws Exception {
		writeThroughEveryEncryptedField();
		String dump = pgDump();
		String answered = readBackThroughTheApi();

		assertThat(dump).as("the dump holds the data").contains("Dumpling Reader", this.client.id().toString());
		this.written.forEach((column, sentence) -> {
			assertThat(dump).as("the dump, for %s", column).doesNotContain(sentence);
			assertThat(answered).as("the API, for %s", column).contains(sentence);
		});
		assertThat(linesWith(dump, this.marker)).as("anything of what was written, anywhere in the dump").isEmpty();
	}

	@Test
	void everyEncryptedColumnHoldsItsSentenceUnderTheConfiguredKey_andNoColumnHoldsPlainText() {
		writeThroughEveryEncryptedField();

		assertThat(this.written.keySet()).as("a sentence written into every encrypted column")
			.containsAll(this.rotation.columns());
		this.written.forEach((column, sentence) -> assertThat(openedValues(column)).as("%s", column)
			.anySatisfy((value) -> assertThat(value).contains(sentence)));
		for (EncryptedColumn column : this.rotation.columns()) {
			assertThat(this.jdbc
				.sql("select count(*) from %s where %s not like 'enc:v1:%%'".formatted(column.table(), column.column()))
				.query(Integer.class)
				.single()).as("values of %s stored without encryption", column).isZero();
		}
	}

	@Test
	void aCiphertextChangedByOneBitIsRefused_withA500ThatShowsNothingOfIt() {
		String sentence = sentence("a check-in nobody may alter");
		UUID checkIn = checkIn(sentence);
		String stored = storedCheckIn(checkIn);
		byte[] bytes = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
		bytes[bytes.length / 2] ^= 0x01;
		String tampered = stored.substring(0, stored.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(bytes);

		try {
			storeCheckIn(checkIn, tampered);

			assertRefused(this.client.token(), "/api/v1/clients/" + this.client.id() + "/check-ins", sentence);
			assertRefused(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/digest", sentence);
			assertRefused(this.client.token(), "/api/v1/clients/" + this.client.id() + "/export.json", sentence);
		}
		finally {
			storeCheckIn(checkIn, stored);
		}
		assertThat(checkInsAsTheClient()).contains(sentence);
	}

	@Test
	void aCiphertextCopiedFromAnotherRowIsRefused() {
		String first = sentence("the first check-in");
		UUID firstId = checkIn(first);
		UUID secondId = checkIn(sentence("the second check-in"));
		String second = storedCheckIn(secondId);

		try {
			storeCheckIn(secondId, storedCheckIn(firstId));

			assertRefused(this.client.token(), "/api/v1/clients/" + this.client.id() + "/check-ins", first);
		}
		finally {
			storeCheckIn(secondId, second);
		}
		assertThat(checkInsAsTheClient()).contains(first);
	}

	@Test
	void rotation_putsEveryStoredValueUnderTheNewCurrentKey_whileEverythingStillReads() {
		writeThroughEveryEncryptedField();
		FieldCipher next = new FieldCipher(EncryptionKeys.of(Map.of("test", key("test"), "next", key("next")), "next"));

		try {
			ReencryptionOutcome rotated = this.rotation.rotate(next);
			ReencryptionOutcome again = this.rotation.rotate(next);

			assertThat(rotated.unreadable()).isEmpty();
			assertThat(rotated.reencrypted()).isGreaterThanOrEqualTo(this.written.size());
			assertThat(again.reencrypted()).as("a second run finds nothing to do").isZero();
			assertThat(this.rotation.notUnderCurrentKey(next)).isZero();
			assertThat(this.rotation.notUnderCurrentKey(this.cipher)).isPositive();
			this.written.keySet()
				.forEach((column) -> assertThat(storedValues(column)).as("%s", column)
					.isNotEmpty()
					.allSatisfy((value) -> assertThat(value).startsWith("enc:v1:next:")));
			String after = readBackThroughTheApi();
			this.written.values().forEach((sentence) -> assertThat(after).contains(sentence));
		}
		finally {
			// Back under the configured current key, as every other test expects.
			assertThat(this.rotation.rotate(this.cipher).unreadable()).isEmpty();
		}
		assertThat(this.rotation.notUnderCurrentKey(this.cipher)).isZero();
	}

	/**
	 * A sentence through every field that ends in an encrypted column, as people write
	 * them: the clinician's plan, the client's entry, skip, proposals and idea, a ladder,
	 * goals, a check-in, a summary, a staying-well plan, a tune-up and an acknowledged
	 * alert.
	 */
	private void writeThroughEveryEncryptedField() {
		Map<String, Object> plan = assignmentBody("mindful-breathing", EVERY_DAY, this.client.today().minusDays(10),
				null);
		plan.put("title", say("assignment.title", "booster.title"));
		plan.put("goal", say("assignment.goal", "treatment_goal.words"));
		plan.put("purpose", say("assignment.purpose"));
		plan.put("cue", say("assignment.cue"));
		plan.put("barriers", List.of(Map.of("barrier", say("assignment.barriers"), "plan", "Stand by the window")));
		Assignment breathing = this.api.assign(this.clinician, this.client, plan);

		Map<String, Object> entry = entryBody(this.client.today().minusDays(1),
				Map.of("mindWandering", "many-times", "breathNotes", say("entry.answers")));
		entry.put("note", say("entry.note"));
		this.api.record(this.client, breathing, entry);
		this.api
			.postSkip(this.client, breathing,
					Map.of("occurredOn", this.client.today().minusDays(2), "reason", "OTHER", "note", say("skip.note")))
			.expect(201);

		String place = say("assignment.place", "plan_proposal.changes", "plan_revision.changes");
		UUID accepted = this.api.http()
			.post(this.client.token(), "/api/v1/assignments/" + breathing.id() + "/proposals",
					Map.of("changes", Map.of("place", place), "note", say("plan_proposal.note")))
			.created();
		this.api.http().post(this.clinician.token(), "/api/v1/proposals/" + accepted + "/acceptance", null).expect(200);
		UUID discussed = this.api.http()
			.post(this.client.token(), "/api/v1/assignments/" + breathing.id() + "/proposals",
					Map.of("changes", Map.of("durationMinutes", "3")))
			.created();
		this.api.http()
			.post(this.clinician.token(), "/api/v1/proposals/" + discussed + "/discussion",
					Map.of("reply", say("plan_proposal.reply")))
			.expect(200);

		UUID idea = this.api.http()
			.post(this.client.token(), "/api/v1/me/practice-ideas",
					Map.of("title", say("practice_idea.title"), "why", say("practice_idea.why"), "whenAndCue",
							say("practice_idea.when_and_cue")),
					Map.of("Idempotency-Key", UUID.randomUUID().toString()))
			.created();
		this.api.http()
			.post(this.clinician.token(), "/api/v1/practice-ideas/" + idea + "/discussion",
					Map.of("reply", say("practice_idea.reply")))
			.expect(200);

		String firstStep = say("ladder.steps", "ladder_step_change.from_label");
		this.api.http()
			.send("PUT", "/api/v1/assignments/" + breathing.id() + "/ladder", this.clinician.token(), Map.of("steps",
					List.of(Map.of("label", firstStep), Map.of("label", "3 minutes"),
							Map.of("label", say("ladder_step_change.to_label"))),
					"targetUnit", sayBriefly("ladder.target_unit"), "moveOn",
					Map.of("kind", "DONE_DAYS", "days", 3, "ofLast", 3)), Map.of())
			.expect(200);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/assignments/" + breathing.id() + "/ladder/step-changes",
					Map.of("to", 3, "note", say("ladder_step_change.note")))
			.expect(201);

		String words = say("treatment_goal_revision.before");
		UUID goal = UUID.fromString(this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/goals",
					Map.of("words", words, "value", say("treatment_goal.value_word")))
			.expect(201)
			.json()
			.get("id")
			.stringValue());
		this.api.http()
			.send("PATCH", "/api/v1/goals/" + goal, this.clinician.token(),
					Map.of("words", say("treatment_goal_revision.after")), Map.of())
			.expect(200);

		checkIn(say("check_in.text"));
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/session-summaries",
					Map.of("learned", say("session_summary.learned"), "practised", say("session_summary.practised"),
							"stillHard", say("session_summary.still_hard"), "homeworkAgreed",
							say("session_summary.homework_agreed")))
			.expect(201);
		this.api.http()
			.send("PUT", "/api/v1/clients/" + this.client.id() + "/relapse-prevention-plan", this.clinician.token(),
					AccessRulesIntegrationTests.stayingWellBody(say("staying_well_plan_version.content"),
							breathing.id()),
					Map.of())
			.expect(200);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/boosters",
					Map.of("fromAssignmentId", breathing.id(), "startDate", this.client.today().plusDays(30), "note",
							say("booster.note")))
			.expect(201);

		UUID alert = UUID.fromString(this.api.http()
			.post(this.client.token(), "/api/v1/me/help-requests", null)
			.expect(201)
			.json()
			.get("alertId")
			.stringValue());
		this.api.http()
			.post(this.clinician.token(), "/api/v1/alerts/" + alert + "/acknowledgement",
					Map.of("note", say("alert.acknowledgement_note")))
			.expect(200);
		this.api.http()
			.post(this.api.adminToken(), "/api/v1/covering-access",
					Map.of("clientId", this.client.id().toString(), "clinicianId",
							this.api.newClinician("Dr Cover").id().toString(), "reason", say("covering_access.reason"),
							"hours", 24))
			.expect(201);
	}

	/** Everything the client's own record and the clinician's alerts answer. */
	private String readBackThroughTheApi() {
		return this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/export.json")
			.expect(200)
			.body()
				+ this.api.http()
					.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/assignments")
					.expect(200)
					.body()
				+ this.api.http().get(this.clinician.token(), "/api/v1/alerts").expect(200).body()
				+ this.api.http()
					.get(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/covering-access")
					.expect(200)
					.body();
	}

	/**
	 * A distinctive sentence, stored in the first column named (and, copied, in the
	 * others).
	 */
	private String say(String column, String... copiedTo) {
		String sentence = sentence(column);
		for (String name : Stream.concat(Stream.of(column), Stream.of(copiedTo)).toList()) {
			this.written.put(encrypted(name), sentence);
		}
		return sentence;
	}

	private EncryptedColumn encrypted(String name) {
		return this.rotation.columns()
			.stream()
			.filter((column) -> column.toString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not an encrypted column: " + name));
	}

	/** For a column that takes 40 characters at most. */
	private String sayBriefly(String column) {
		String words = "herons " + this.marker.substring(0, 24);
		this.written.put(encrypted(column), words);
		return words;
	}

	private String sentence(String what) {
		return "Herons wait by the canal at dawn, " + what + " " + this.marker;
	}

	private UUID checkIn(String text) {
		return this.api.http().post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", text)).created();
	}

	private String checkInsAsTheClient() {
		return this.api.http()
			.get(this.client.token(), "/api/v1/clients/" + this.client.id() + "/check-ins")
			.expect(200)
			.body();
	}

	private String storedCheckIn(UUID id) {
		return this.jdbc.sql("select text from check_in where id = :id").param("id", id).query(String.class).single();
	}

	private void storeCheckIn(UUID id, String stored) {
		this.jdbc.sql("update check_in set text = :text where id = :id").param("text", stored).param("id", id).update();
	}

	private void assertRefused(String token, String path, String sentence) {
		ApiResponse refused = this.api.http().get(token, path);
		JsonNode problem = refused.problem(500);
		assertThat(problem.get("detail").stringValue()).contains("could not be read safely");
		assertThat(refused.body()).doesNotContain(sentence, this.marker, "enc:v1:");
	}

	private List<String> storedValues(EncryptedColumn column) {
		return this.jdbc
			.sql("select %s from %s where %s is not null".formatted(column.column(), column.table(), column.column()))
			.query(String.class)
			.list();
	}

	/** Every value of the column in the database, opened as the application opens it. */
	private List<String> openedValues(EncryptedColumn column) {
		return this.jdbc
			.sql("select %s as row_key, %s as stored from %s where %s is not null".formatted(column.keyColumn(),
					column.column(), column.table(), column.column()))
			.query((rs, row) -> this.cipher.open(column, rs.getObject("row_key", UUID.class), rs.getString("stored")))
			.list();
	}

	private String key(String id) {
		return this.environment.getRequiredProperty("bridgework.encryption.keys." + id);
	}

	private String pgDump() throws IOException, InterruptedException {
		Path pgDump = pgDumpProgram();
		Path out = Files.createTempFile("bridgework-dump", ".sql");
		try {
			Process process = new ProcessBuilder(pgDump.toString(), "--host=localhost",
					"--port=" + this.postgres.getPort(), "--username=postgres", "--no-password", "postgres")
				.redirectOutput(out.toFile())
				.redirectErrorStream(false)
				.start();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				fail("pg_dump took more than two minutes");
			}
			String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as("pg_dump: %s", errors).isZero();
			return Files.readString(out, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(out);
		}
	}

	/**
	 * PostgreSQL's client (Debian: postgresql-client); {@code -Dpg_dump.path=...} points
	 * elsewhere. Without it the dump test says loudly that it skipped, or fails when
	 * REQUIRE_PG_DUMP=1 (as in CI).
	 */
	private static Path pgDumpProgram() {
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getProperty("pg_dump.path")).map(Path::of).ifPresent(candidates::add);
		candidates.add(Path.of("/usr/bin/pg_dump"));
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (!dir.isBlank()) {
				candidates.add(Path.of(dir, "pg_dump"));
			}
		}
		Optional<Path> found = candidates.stream().filter(Files::isExecutable).findFirst();
		if (found.isEmpty()) {
			String message = "PG_DUMP TEST SKIPPED: no pg_dump found (apt-get install postgresql-client)";
			if ("1".equals(System.getenv("REQUIRE_PG_DUMP"))) {
				fail(message + ", and REQUIRE_PG_DUMP=1 asks for it to run");
			}
			System.err.println("\n!!!!! " + message + " !!!!!\n");
			Assumptions.abort(message);
		}
		return found.get();
	}

	private static List<String> linesWith(String text, String needle) {
		return text.lines().filter((line) -> line.contains(needle)).toList();
	}

}
