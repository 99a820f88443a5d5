package org.bridgework.api;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.testing.SampleFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * A clinician's guided recording for an assignment: uploaded by the clinician, played by
 * the client in pieces as a player asks, replaced and removed; the time the client
 * listened goes along with their entry.
 */
class GuidedAudioApiIntegrationTests extends ApiIntegrationTestBase {

	private Clinician clinician;

	private Client client;

	private Assignment breathing;

	private String path;

	@BeforeEach
	void clinicianWithABreathingAssignment() {
		this.clinician = this.api.newClinician();
		this.client = this.api.newClientOf(this.clinician);
		this.breathing = this.api.assign(this.clinician, this.client, "mindful-breathing", EVERY_DAY);
		this.path = "/api/v1/assignments/" + this.breathing.id() + "/guided-audio";
	}

	@Test
	void theClientPlaysWhatTheirClinicianRecordedInPieces() {
		byte[] recording = SampleFiles.wav(2);
		ApiResponse added = upload(this.clinician, recording).expect(200);

		HttpResponse<byte[]> whole = this.api.http().download(this.client.token(), this.path, Map.of());
		HttpResponse<byte[]> piece = this.api.http()
			.download(this.client.token(), this.path, Map.of("Range", "bytes=100-199"));

		assertThat(added.json().get("mediaType").stringValue()).isEqualTo("audio/wav");
		assertThat(added.json().get("size").intValue()).isEqualTo(recording.length);
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(recording);
		assertThat(piece.statusCode()).isEqualTo(206);
		assertThat(piece.body()).isEqualTo(Arrays.copyOfRange(recording, 100, 200));
		assertThat(piece.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + recording.length);
	}

	@Test
	void aNewRecordingReplacesTheOldAndRemovingLeavesNone() {
		upload(this.clinician, SampleFiles.wav(1)).expect(200);
		byte[] second = SampleFiles.wav(3);
		upload(this.clinician, second).expect(200);

		assertThat(this.api.http().download(this.client.token(), this.path, Map.of()).body()).isEqualTo(second);

		this.api.http().send("DELETE", this.path, this.clinician.token(), null, Map.of()).expect(204);
		assertThat(this.api.http().download(this.client.token(), this.path, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyTheClientsOwnClinicianUploadsAndNobodyElsePlays() {
		upload(this.clinician, SampleFiles.wav()).expect(200);
		Clinician stranger = this.api.newClinician();
		Client otherClient = this.api.newClientOf(this.clinician);

		assertThat(upload(this.client, SampleFiles.wav()).status()).isEqualTo(403);
		assertThat(upload(stranger, SampleFiles.wav()).status()).isEqualTo(404);
		assertThat(this.api.http().download(stranger.token(), this.path, Map.of()).statusCode()).isEqualTo(404);
		assertThat(this.api.http().download(otherClient.token(), this.path, Map.of()).statusCode()).isEqualTo(404);
		assertThat(this.api.http().download(this.api.adminToken(), this.path, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void anythingButSoundIsRefusedAndTheOldRecordingStays() {
		byte[] kept = SampleFiles.wav();
		upload(this.clinician, kept).expect(200);

		ApiResponse picture = upload(this.clinician, SampleFiles.png());
		ApiResponse page = upload(this.clinician, SampleFiles.html());

		assertThat(picture.invalidFields()).containsExactly("file");
		assertThat(page.problem(400).toString()).contains("sound recording");
		assertThat(this.api.http().download(this.client.token(), this.path, Map.of()).body()).isEqualTo(kept);
	}

	@Test
	void theTimeListenedIsKeptWithTheEntry() {
		Map<String, Object> body = entryBody(this.client.today(), validAnswers("mindful-breathing"));
		body.put("listenedSeconds", 95);
		this.api.record(this.client, this.breathing, body);
		Map<String, Object> wrong = entryBody(this.client.today(), validAnswers("mindful-breathing"));
		wrong.put("listenedSeconds", -1);

		ApiResponse refused = this.api.postEntry(this.client, this.breathing, "wrong-listening", wrong);

		assertThat(this.api.entries(this.clinician, this.breathing).get(0).get("listenedSeconds").intValue())
			.isEqualTo(95);
		assertThat(refused.invalidFields()).containsExactly("listenedSeconds");
	}

	private ApiResponse upload(ApiFixtures.Person person, byte[] content) {
		return this.api.http().upload(person.token(), this.path, Map.of(), "guide.wav", "audio/wav", content);
	}

}
