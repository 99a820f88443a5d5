package org.bridgework.api;

import java.util.List;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client sees who looked at their record and when, in plain words: each visit one line,
 * however many rows it wrote, in their own time zone, the latest first; their own visits
 * as "You"; and never anyone else's record.
 */
class AccessHistoryApiIntegrationTests extends ApiIntegrationTestBase {

	private static final String HISTORY = "/api/v1/me/access-history";

	@Test
	void aClinicianLookingAround_isOneLineInPlainWords_inTheClientsTimeZone_belowTheClientsOwnLatestVisit() {
		Clinician lee = this.api.newClinician("Dr Lee");
		Client client = this.api.newClientOf(lee, "Asia/Tokyo");
		String clientPath = "/api/v1/clients/" + client.id();
		this.api.http()
			.get(lee.token(), clientPath + "/adherence?from=" + client.today().minusDays(7) + "&to=" + client.today())
			.expect(200);
		this.api.http().get(lee.token(), clientPath + "/measures?instrument=PHQ-9").expect(200);
		this.api.http().get(lee.token(), clientPath + "/measures?instrument=GAD-7").expect(200);
		this.api.http().get(lee.token(), clientPath).expect(200);
		this.api.http().get(client.token(), "/api/v1/me/today").expect(200);

		JsonNode lines = this.api.http().get(client.token(), HISTORY).expect(200).json();

		assertThat(lines.size()).isEqualTo(2);
		assertThat(line(lines.get(0))).containsExactly("You", "CLIENT", "looked at your homework for today");
		assertThat(line(lines.get(1))).containsExactly("Dr Lee", "CLINICIAN",
				"looked at your practice, your questionnaires and your details");
		assertThat(lines.get(1).get("at").stringValue()).endsWith("+09:00");
		assertThat(lines.get(0).get("at").stringValue()).isGreaterThanOrEqualTo(lines.get(1).get("at").stringValue());
	}

	@Test
	void whatAClinicianDid_isToldAfterWhatTheyLookedAt() {
		Clinician clinician = this.api.newClinician("Dr Okafor");
		Client client = this.api.newClientOf(clinician);
		this.api.http().get(clinician.token(), "/api/v1/clients/" + client.id() + "/sessions").expect(200);
		this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + client.id() + "/sessions",
					java.util.Map.of("date", client.today()))
			.expect(201);

		JsonNode lines = this.api.http().get(client.token(), HISTORY).expect(200).json();

		assertThat(line(lines.get(0))).containsExactly("Dr Okafor", "CLINICIAN",
				"looked at your sessions, and added a session date");
	}

	@Test
	void aClinicianLookingAtAnotherClient_isNotInThisClientsHistory() {
		Clinician clinician = this.api.newClinician("Dr Shared");
		Client mine = this.api.newClientOf(clinician);
		Client theirs = this.api.newClientOf(clinician);
		this.api.http().get(clinician.token(), "/api/v1/clients/" + theirs.id()).expect(200);

		assertThat(this.api.http().get(mine.token(), HISTORY).expect(200).json().size()).isZero();
		assertThat(this.api.http().get(theirs.token(), HISTORY).expect(200).json().size()).isEqualTo(1);
	}

	@Test
	void onlyClientsHaveAnAccessHistory() {
		Clinician clinician = this.api.newClinician();

		this.api.http().get(clinician.token(), HISTORY).expect(403);
		this.api.http().get(this.api.adminToken(), HISTORY).expect(403);
		this.api.http().get(null, HISTORY).expect(401);
	}

	private static List<String> line(JsonNode line) {
		return List.of(line.get("who").stringValue(), line.get("role").stringValue(), line.get("what").stringValue());
	}

}
