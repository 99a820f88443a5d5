package org.bridgework.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crisis alerts through the API: "I need help now" answers with the crisis resources at
 * once and raises one open alert for the client's clinicians (a second press adds none),
 * which only they see and acknowledge, once.
 */
class AlertsApiIntegrationTests extends ApiIntegrationTestBase {

	@Test
	void helpRequest_givesTheResourcesAtOnce_andRaisesAnOpenAlertForTheClinician() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		JsonNode help = this.api.http().post(client.token(), "/api/v1/me/help-requests", null).expect(201).json();

		assertThat(help.get("crisisResources").size()).isPositive();
		assertThat(help.get("alreadyTold").booleanValue()).isFalse();
		JsonNode alert = alertOf(clinician, client);
		assertThat(alert.get("id").stringValue()).isEqualTo(help.get("alertId").stringValue());
		assertThat(alert.get("kind").stringValue()).isEqualTo("HELP_NOW");
		assertThat(alert.get("status").stringValue()).isEqualTo("OPEN");
		assertThat(alert.get("createdAt").stringValue()).endsWith("Z");
	}

	@Test
	void secondPressSoonAfter_addsNoSecondAlert_andSaysTheClinicianWasTold() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		String first = this.api.http()
			.post(client.token(), "/api/v1/me/help-requests", null)
			.expect(201)
			.json()
			.get("alertId")
			.stringValue();

		JsonNode again = this.api.http().post(client.token(), "/api/v1/me/help-requests", null).expect(200).json();

		assertThat(again.get("alertId").stringValue()).isEqualTo(first);
		assertThat(again.get("alreadyTold").booleanValue()).isTrue();
		assertThat(again.get("crisisResources").size()).isPositive();
		assertThat(alertsAbout(clinician, client)).isEqualTo(1);
	}

	@Test
	void acknowledgement_closesTheAlertOnce_andOtherCliniciansCannotSeeOrTouchIt() {
		Clinician clinician = this.api.newClinician();
		Clinician stranger = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);
		UUID alertId = UUID.fromString(this.api.http()
			.post(client.token(), "/api/v1/me/help-requests", null)
			.expect(201)
			.json()
			.get("alertId")
			.stringValue());
		String acknowledgement = "/api/v1/alerts/" + alertId + "/acknowledgement";

		assertThat(alertsAbout(stranger, client)).isZero();
		this.api.http().post(stranger.token(), acknowledgement, Map.of()).problem(404);
		this.api.http().post(client.token(), acknowledgement, Map.of()).expect(403);
		JsonNode done = this.api.http()
			.post(clinician.token(), acknowledgement, Map.of("note", "Called, all safe"))
			.expect(200)
			.json();

		assertThat(done.get("status").stringValue()).isEqualTo("ACKNOWLEDGED");
		assertThat(done.get("acknowledgedBy").stringValue()).isEqualTo(clinician.id().toString());
		assertThat(done.get("acknowledgementNote").stringValue()).isEqualTo("Called, all safe");
		assertThat(alertOf(clinician, client).get("status").stringValue()).isEqualTo("ACKNOWLEDGED");
		this.api.http().post(clinician.token(), acknowledgement, Map.of()).problem(409);
		// Acknowledged, a new press raises a new alert.
		this.api.http().post(client.token(), "/api/v1/me/help-requests", null).expect(201);
	}

	@Test
	void onlyClinicians_listAlerts_andOnlyClients_askForHelp() {
		Clinician clinician = this.api.newClinician();
		Client client = this.api.newClientOf(clinician);

		this.api.http().get(client.token(), "/api/v1/alerts").expect(403);
		this.api.http().post(clinician.token(), "/api/v1/me/help-requests", null).expect(403);
		this.api.http().get(null, "/api/v1/alerts").expect(401);
	}

	private JsonNode alertOf(Clinician clinician, Client client) {
		List<JsonNode> about = alertsOf(clinician, client);
		assertThat(about).as("alerts about the client").hasSize(1);
		return about.get(0);
	}

	private int alertsAbout(Clinician clinician, Client client) {
		return alertsOf(clinician, client).size();
	}

	/** The alerts in the clinician's list about this client. */
	private List<JsonNode> alertsOf(Clinician clinician, Client client) {
		List<JsonNode> about = new ArrayList<>();
		this.api.http().get(clinician.token(), "/api/v1/alerts").expect(200).json().forEach((alert) -> {
			if (alert.get("clientId").stringValue().equals(client.id().toString())) {
				about.add(alert);
			}
		});
		return about;
	}

}
