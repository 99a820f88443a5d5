package org.bridgework.api;

import java.time.ZoneId;
import java.util.Map;

import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician's settings through the API: their own time zone or the installation's
 * default; a zone we do not know is refused and nothing changes; clients have none.
 */
class AccountSettingsApiIntegrationTests extends ApiIntegrationTestBase {

	private static final String PATH = "/api/v1/me/settings";

	@Test
	void aNewClinician_followsTheInstallationDefault() {
		Clinician clinician = this.api.newClinician();

		JsonNode settings = this.api.http().get(clinician.token(), PATH).expect(200).json();

		assertThat(settings.get("timezone").isNull()).isTrue();
		assertThat(settings.get("defaultTimezone").stringValue()).isEqualTo(ZoneId.systemDefault().getId());
	}

	@Test
	void aChosenZone_isKept_andEmptyGoesBackToTheDefault() {
		Clinician clinician = this.api.newClinician();

		JsonNode saved = put(clinician, Map.of("timezone", "Asia/Kolkata")).expect(200).json();
		assertThat(saved.get("timezone").stringValue()).isEqualTo("Asia/Kolkata");
		assertThat(this.api.http().get(clinician.token(), PATH).expect(200).json().get("timezone").stringValue())
			.isEqualTo("Asia/Kolkata");

		assertThat(put(clinician, Map.of("timezone", "")).expect(200).json().get("timezone").isNull()).isTrue();
		assertThat(put(clinician, "{\"timezone\": null}").expect(200).json().get("timezone").isNull()).isTrue();
	}

	@Test
	void aZoneWeDoNotKnow_isRefusedNamingTheField_andNothingChanges() {
		Clinician clinician = this.api.newClinician();
		put(clinician, Map.of("timezone", "Europe/Paris")).expect(200);

		for (String bad : new String[] { "Mars/Olympus_Mons", "+02:00", "CET" }) {
			assertThat(put(clinician, Map.of("timezone", bad)).invalidFields()).as(bad).containsExactly("timezone");
		}

		assertThat(this.api.http().get(clinician.token(), PATH).expect(200).json().get("timezone").stringValue())
			.isEqualTo("Europe/Paris");
	}

	@Test
	void clients_haveNoSettingsHere() {
		ApiFixtures.Client client = this.api.newClientOf(this.api.newClinician());

		this.api.http().get(client.token(), PATH).problem(403);
		put(client, Map.of("timezone", "Europe/Paris")).problem(403);
	}

	private ApiResponse put(ApiFixtures.Person person, Object body) {
		return this.api.http().send("PUT", PATH, person.token(), body, Map.of());
	}

}
