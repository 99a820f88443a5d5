package org.bridgework.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.testing.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * A client's record as a PDF and as a ZIP of CSV files: the client's own holds their
 * private entry, their clinician's shows only that it exists, anyone else is told the
 * client does not exist; the files come as downloads that are never cached.
 */
class ExportApiIntegrationTests extends ApiIntegrationTestBase {

	private Clinician clinician;

	private Client client;

	private LocalDate today;

	private Assignment breathing;

	@BeforeEach
	void aClientWithARecord() {
		this.clinician = this.api.newClinician("Dr Siobhán Ó Ríordáin");
		this.client = this.api.newClientOf(this.clinician, "Zoë Łukasz", "Europe/Warsaw");
		this.today = this.client.today();
		Map<String, Object> plan = assignmentBody("mindful-breathing", EVERY_DAY, this.today.minusDays(10), null);
		plan.put("title", "Breathing");
		plan.put("cue", "After brushing my teeth");
		this.breathing = this.api.assign(this.clinician, this.client, plan);
		entry(3, "PUBLIC-NOTE, with \"quotes\"", false);
		entry(2, "PRIVATE-NOTE", true);
		entry(9, "OLD-NOTE", false);
		Map<String, Object> skip = new HashMap<>(
				Map.of("occurredOn", this.today.minusDays(1), "reason", "FORGOT", "note", "=SKIP-NOTE"));
		this.api.postSkip(this.client, this.breathing, skip).expect(201);
		this.api.http().post(this.client.token(), "/api/v1/me/check-ins", Map.of("text", "CHECK-IN-TEXT")).expect(201);
		this.api.http()
			.post(this.clinician.token(), "/api/v1/clients/" + this.client.id() + "/session-summaries",
					Map.of("learned", "SUMMARY-LEARNED"))
			.expect(201);
		this.api.http()
			.send("PUT", "/api/v1/clients/" + this.client.id() + "/relapse-prevention-plan", this.clinician.token(),
					Map.of("warningSigns", java.util.List.of("WARNING-SIGN"), "contacts",
							java.util.List.of(Map.of("name", "My sister", "reach", "07700 900123"))),
					Map.of())
			.expect(200);
	}

	@Test
	void theClientsOwnPdfHoldsEverythingOfTheirsIncludingTheirPrivateEntry() throws IOException {
		HttpResponse<byte[]> response = download(this.client.token(), "export.pdf", "");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"bridgework-zoe-lukasz-" + this.today + ".pdf\"");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		String text = PdfText.of(response.body());
		assertThat(text).contains("Bridgework record: Zoë Łukasz", "Dr Siobhán Ó Ríordáin", "Goals", "Homework plans",
				"Entries", "Skipped practice", "Check-ins", "Session summaries", "Breathing", "brushing",
				"Slow and deep", "PUBLIC-NOTE", "PRIVATE-NOTE", "OLD-NOTE", "=SKIP-NOTE", "CHECK-IN-TEXT",
				"SUMMARY-LEARNED", "Europe/Warsaw");
	}

	@Test
	void theClinicianSeesThatAPrivateEntryExistsButNotWhatWasWrittenInIt() throws IOException {
		HttpResponse<byte[]> response = download(this.clinician.token(), "export.pdf", "");

		assertThat(response.statusCode()).isEqualTo(200);
		String text = PdfText.of(response.body());
		assertThat(text).contains("PUBLIC-NOTE", "The client kept", "CHECK-IN-TEXT", this.today.minusDays(2).toString())
			.doesNotContain("PRIVATE-NOTE");
	}

	@Test
	void theZipHoldsOneSafeCsvFilePerKindOfRecord() throws IOException {
		HttpResponse<byte[]> own = download(this.client.token(), "export.zip", "");
		HttpResponse<byte[]> clinicians = download(this.clinician.token(), "export.zip", "");

		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(own.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"bridgework-zoe-lukasz-" + this.today + ".zip\"");
		assertThat(own.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		Map<String, String> files = unzip(own.body());
		assertThat(files).containsOnlyKeys("profile.csv", "goals.csv", "assignments.csv", "entries.csv", "skips.csv",
				"check-ins.csv", "sessions.csv", "session-summaries.csv", "ladder-steps.csv", "staying-well-plan.csv",
				"measures.csv", "covering-access.csv");
		assertThat(files.values()).allMatch((csv) -> csv.startsWith("\uFEFF"));
		assertThat(files.get("profile.csv")).contains("Zoë Łukasz,Europe/Warsaw,Dr Siobhán Ó Ríordáin");
		assertThat(files.get("entries.csv")).contains("\"PUBLIC-NOTE, with \"\"quotes\"\"\"", "PRIVATE-NOTE",
				"Slow and deep");
		assertThat(files.get("skips.csv")).contains("'=SKIP-NOTE").doesNotContain(",=SKIP-NOTE");
		assertThat(files.get("staying-well-plan.csv")).contains("WARNING-SIGN", "\"My sister, 07700 900123\"");
		Map<String, String> theirs = unzip(clinicians.body());
		assertThat(theirs.get("entries.csv")).contains("PUBLIC-NOTE", "The client kept this entry private.")
			.doesNotContain("PRIVATE-NOTE");
	}

	@Test
	void datesNarrowTheRecordAndAFirstDayAfterTheLastIsRefused() throws IOException {
		HttpResponse<byte[]> response = download(this.client.token(), "export.zip",
				"?from=" + this.today.minusDays(4) + "&to=" + this.today);

		Map<String, String> files = unzip(response.body());
		assertThat(files.get("entries.csv")).contains("PUBLIC-NOTE").doesNotContain("OLD-NOTE");
		assertThat(this.api.http()
			.get(this.client.token(),
					"/api/v1/clients/" + this.client.id() + "/export.pdf?from=" + this.today + "&to="
							+ this.today.minusDays(1))
			.invalidFields()).containsExactly("from");
	}

	@Test
	void anyoneElseIsToldTheClientDoesNotExist() {
		Clinician stranger = this.api.newClinician();
		Client other = this.api.newClientOf(this.clinician);

		for (String token : new String[] { stranger.token(), other.token() }) {
			for (String file : new String[] { "export.pdf", "export.zip" }) {
				HttpResponse<byte[]> response = download(token, file, "");
				String body = new String(response.body(), StandardCharsets.UTF_8);
				assertThat(response.statusCode()).as(file).isEqualTo(404);
				assertThat(body).doesNotContain("Zoë", "NOTE");
			}
		}
		assertThat(download(null, "export.pdf", "").statusCode()).isEqualTo(401);
	}

	private void entry(int daysAgo, String note, boolean keepPrivate) {
		Map<String, Object> body = new LinkedHashMap<>(
				entryBody(this.today.minusDays(daysAgo), validAnswers("mindful-breathing")));
		body.put("note", note);
		body.put("private", keepPrivate);
		this.api.record(this.client, this.breathing, body);
	}

	private HttpResponse<byte[]> download(String token, String file, String query) {
		return this.api.http().download(token, "/api/v1/clients/" + this.client.id() + "/" + file + query, Map.of());
	}

	static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
