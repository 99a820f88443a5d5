package org.bridgework.api;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.testing.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;

/**
 * Drawings, photos and voice notes through the API: a file is checked by what its bytes
 * are, kept only for the client's own question, shown only to the client and their care
 * team (and for a private entry only to the client), and an entry that cannot be stored
 * stores nothing.
 */
class AttachmentsApiIntegrationTests extends ApiIntegrationTestBase {

	private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

	@Autowired
	private JdbcClient jdbc;

	private Clinician clinician;

	private Client client;

	private Assignment fieldTypes;

	@BeforeEach
	void aClientWithAQuestionOfEachKind() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
		this.fieldTypes = this.api.assign(this.clinician, this.client, "test-all-field-types", EVERY_DAY);
	}

	@Test
	void aDrawingIsKeptWithItsEntryAndShownToTheClientAndTheirClinician() {
		byte[] png = SampleFiles.png();
		JsonView added = new JsonView(
				this.api.upload(this.client, this.fieldTypes, "sketch", "sketch.png", "image/png", png).expect(201));
		assertThat(added.text("field")).isEqualTo("sketch");
		assertThat(added.text("mediaType")).isEqualTo("image/png");
		assertThat(added.number("size")).isEqualTo(png.length);

		UUID entry = this.api.record(this.client, this.fieldTypes,
				entryBody(this.client.today(), Map.of("sketch", added.text("id"))));

		assertThat(entry).isNotNull();
		for (ApiFixtures.Person reader : new ApiFixtures.Person[] { this.client, this.clinician }) {
			HttpResponse<byte[]> file = download(reader, added.text("url"), Map.of());
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.body()).isEqualTo(png);
			assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
			assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
			assertThat(file.headers().firstValue("Content-Security-Policy").orElse("")).contains("sandbox");
		}
		assertThat(this.api.entries(this.clinician, this.fieldTypes).get(0).get("answers").get("sketch").stringValue())
			.isEqualTo(added.text("id"));
	}

	@Test
	void nobodyElseOpensTheFileAndTheirAnswerCarriesNoneOfIt() {
		String id = this.api.attach(this.client, this.fieldTypes, "sketch", "sketch.png", "image/png",
				SampleFiles.png());
		this.api.record(this.client, this.fieldTypes, entryBody(this.client.today(), Map.of("sketch", id)));
		Clinician stranger = this.api.newClinician();
		Client otherClient = this.api.newClientOf(this.clinician);

		assertThat(download(stranger, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(404);
		assertThat(download(otherClient, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(404);
		HttpResponse<byte[]> admin = this.api.http()
			.download(this.api.adminToken(), "/api/v1/attachments/" + id, Map.of());
		assertThat(admin.statusCode()).isEqualTo(404);
		assertThat(new String(admin.body())).doesNotContain("PNG");
		assertThat(this.api.http().download(null, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(401);
	}

	@Test
	void aFileInAPrivateEntryIsTheClientsAlone() {
		String id = this.api.attach(this.client, this.fieldTypes, "voiceNote", "note.wav", "audio/wav",
				SampleFiles.wav());
		Map<String, Object> body = entryBody(this.client.today(), Map.of("voiceNote", id));
		body.put("private", true);
		this.api.record(this.client, this.fieldTypes, body);

		assertThat(download(this.client, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(200);
		assertThat(download(this.clinician, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void aFileNoEntryNamesYetIsOnlyForTheClientWhoAddedIt() {
		String id = this.api.attach(this.client, this.fieldTypes, "snapshot", "photo.jpg", "image/jpeg",
				SampleFiles.jpeg());

		assertThat(download(this.client, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(200);
		assertThat(download(this.clinician, "/api/v1/attachments/" + id, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void theTypeComesFromTheBytesNotFromTheNameOrTheClaim() {
		ApiResponse html = this.api.upload(this.client, this.fieldTypes, "sketch", "sketch.png", "image/png",
				SampleFiles.html());
		ApiResponse svg = this.api.upload(this.client, this.fieldTypes, "snapshot", "photo.svg", "image/svg+xml",
				SampleFiles.svg());
		ApiResponse pictureAsVoice = this.api.upload(this.client, this.fieldTypes, "voiceNote", "note.m4a", "audio/mp4",
				SampleFiles.png());
		ApiResponse soundAsPicture = this.api.upload(this.client, this.fieldTypes, "sketch", "sketch.png", "image/png",
				SampleFiles.wav());

		assertThat(html.problem(400).toString()).contains("answers.sketch", "PNG, JPEG or WebP");
		assertThat(svg.invalidFields()).containsExactly("answers.snapshot");
		assertThat(pictureAsVoice.problem(400).toString()).contains("answers.voiceNote", "sound recording");
		assertThat(soundAsPicture.invalidFields()).containsExactly("answers.sketch");
		assertThat(storedFiles()).isZero();
	}

	@Test
	void aFileOverTheLimitOrEmptyIsRefusedWithTheLimitNamed() {
		ApiResponse tooBig = this.api.upload(this.client, this.fieldTypes, "sketch", "big.png", "image/png",
				SampleFiles.pngOfSize(TEN_MEGABYTES + 1));
		ApiResponse empty = this.api.upload(this.client, this.fieldTypes, "sketch", "empty.png", "image/png",
				new byte[0]);
		ApiResponse justFits = this.api.upload(this.client, this.fieldTypes, "sketch", "fits.png", "image/png",
				SampleFiles.pngOfSize(TEN_MEGABYTES));

		assertThat(tooBig.problem(400).toString()).contains("answers.sketch", "10 MB");
		assertThat(empty.problem(400).toString()).contains("empty");
		assertThat(justFits.status()).isEqualTo(201);
		assertThat(storedFiles()).isOne();
	}

	@Test
	void onlyAQuestionThatTakesAFileTakesOne() {
		ApiResponse textQuestion = this.api.upload(this.client, this.fieldTypes, "headline", "a.png", "image/png",
				SampleFiles.png());
		ApiResponse noQuestion = this.api.upload(this.client, this.fieldTypes, "nothing-like-this", "a.png",
				"image/png", SampleFiles.png());

		assertThat(textQuestion.invalidFields()).containsExactly("field");
		assertThat(noQuestion.invalidFields()).containsExactly("field");
		assertThat(storedFiles()).isZero();
	}

	@Test
	void onlyTheClientAddsFilesToTheirHomework() {
		ApiResponse clinicianUpload = this.api.http()
			.upload(this.clinician.token(), "/api/v1/assignments/" + this.fieldTypes.id() + "/attachments",
					Map.of("field", "sketch"), "a.png", "image/png", SampleFiles.png());
		Client otherClient = this.api.newClientOf(this.clinician);
		ApiResponse otherClientUpload = this.api.http()
			.upload(otherClient.token(), "/api/v1/assignments/" + this.fieldTypes.id() + "/attachments",
					Map.of("field", "sketch"), "a.png", "image/png", SampleFiles.png());

		assertThat(clinicianUpload.status()).isEqualTo(403);
		assertThat(otherClientUpload.status()).isEqualTo(404);
		assertThat(storedFiles()).isZero();
	}

	@Test
	void anEntryNamingAFileItMayNotTakeIsRefusedWholeAndStoresNothing() {
		Client otherClient = this.api.newClientOf(this.clinician);
		Assignment othersHomework = this.api.assign(this.clinician, otherClient, "test-all-field-types", EVERY_DAY);
		String othersFile = this.api.attach(otherClient, othersHomework, "sketch", "a.png", "image/png",
				SampleFiles.png());
		String photo = this.api.attach(this.client, this.fieldTypes, "snapshot", "a.png", "image/png",
				SampleFiles.png());

		ApiResponse someoneElses = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(),
				entryBody(this.client.today(), Map.of("sketch", othersFile)));
		ApiResponse otherQuestion = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(),
				entryBody(this.client.today(), Map.of("sketch", photo)));
		ApiResponse madeUp = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(),
				entryBody(this.client.today(), Map.of("sketch", UUID.randomUUID().toString())));

		assertThat(someoneElses.invalidFields()).containsExactly("answers.sketch");
		assertThat(otherQuestion.invalidFields()).containsExactly("answers.sketch");
		assertThat(madeUp.invalidFields()).containsExactly("answers.sketch");
		assertThat(this.api.entryCount(this.client, this.fieldTypes)).isZero();
	}

	@Test
	void aFileBelongsToOneEntryAndAReplayOfThatEntryIsRecognised() {
		String id = this.api.attach(this.client, this.fieldTypes, "sketch", "a.png", "image/png", SampleFiles.png());
		Map<String, Object> body = entryBody(this.client.today(), Map.of("sketch", id));
		String key = UUID.randomUUID().toString();

		UUID first = this.api.postEntry(this.client, this.fieldTypes, key, body).created();
		ApiResponse replay = this.api.postEntry(this.client, this.fieldTypes, key, body);
		ApiResponse secondEntry = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(), body);

		assertThat(replay.status()).isIn(200, 201);
		assertThat(replay.json().get("id").stringValue()).isEqualTo(first.toString());
		assertThat(secondEntry.invalidFields()).containsExactly("answers.sketch");
		assertThat(this.api.entryCount(this.client, this.fieldTypes)).isOne();
	}

	@Test
	void anEntryRefusedForAnotherAnswerLeavesNoEntryAndTheFileReadyToUse() {
		String id = this.api.attach(this.client, this.fieldTypes, "sketch", "a.png", "image/png", SampleFiles.png());
		Map<String, Object> answers = new HashMap<>(Map.of("sketch", id, "strength", 99));

		ApiResponse refused = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(),
				entryBody(this.client.today(), answers));
		answers.put("strength", 7);
		ApiResponse accepted = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(),
				entryBody(this.client.today(), answers));

		assertThat(refused.invalidFields()).containsExactly("answers.strength");
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(this.api.entryCount(this.client, this.fieldTypes)).isOne();
	}

	@Test
	void aPlayerGetsTheRangeItAsksFor() {
		byte[] wav = SampleFiles.wav();
		String id = this.api.attach(this.client, this.fieldTypes, "voiceNote", "note.wav", "audio/wav", wav);
		String url = "/api/v1/attachments/" + id;

		HttpResponse<byte[]> head = download(this.client, url, Map.of("Range", "bytes=0-11"));
		HttpResponse<byte[]> tail = download(this.client, url, Map.of("Range", "bytes=-4"));
		HttpResponse<byte[]> rest = download(this.client, url, Map.of("Range", "bytes=40-"));
		HttpResponse<byte[]> beyond = download(this.client, url, Map.of("Range", "bytes=999999-"));

		assertThat(head.statusCode()).isEqualTo(206);
		assertThat(head.body()).isEqualTo(java.util.Arrays.copyOfRange(wav, 0, 12));
		assertThat(head.headers().firstValue("Content-Range")).hasValue("bytes 0-11/" + wav.length);
		assertThat(head.headers().firstValue("Accept-Ranges")).hasValue("bytes");
		assertThat(tail.body()).isEqualTo(java.util.Arrays.copyOfRange(wav, wav.length - 4, wav.length));
		assertThat(rest.body()).isEqualTo(java.util.Arrays.copyOfRange(wav, 40, wav.length));
		assertThat(beyond.statusCode()).isEqualTo(416);
		assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + wav.length);
	}

	@Test
	void aWrongAnswerToAFileQuestionSaysHowToAddAFile() {
		ApiResponse refused = this.api.postEntry(this.client, this.fieldTypes, UUID.randomUUID().toString(),
				entryBody(this.client.today(), Map.of("sketch", "drawing.png")));

		assertThat(refused.problem(400).toString()).contains("answers.sketch", "upload");
	}

	private HttpResponse<byte[]> download(ApiFixtures.Person reader, String path, Map<String, String> headers) {
		return this.api.http().download(reader.token(), path, headers);
	}

	private int storedFiles() {
		return this.jdbc.sql("select count(*) from attachment where assignment_id = :assignment")
			.param("assignment", this.fieldTypes.id())
			.query(Integer.class)
			.single();
	}

	/** The fields of a JSON answer, read plainly. */
	private record JsonView(ApiResponse response) {

		String text(String name) {
			return this.response.json().get(name).stringValue();
		}

		int number(String name) {
			return this.response.json().get(name).intValue();
		}

	}

}
