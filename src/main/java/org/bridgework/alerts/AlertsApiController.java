package org.bridgework.alerts;

import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisResource;
import org.bridgework.safety.CrisisResources;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts in the JSON API: the clinician's list and acknowledging one, and the client's "I
 * need help now".
 */
@RestController
class AlertsApiController {

	private final Alerts alerts;

	private final HelpRequests helpRequests;

	private final CrisisResources resources;

	AlertsApiController(Alerts alerts, HelpRequests helpRequests, CrisisResources resources) {
		this.alerts = alerts;
		this.helpRequests = helpRequests;
		this.resources = resources;
	}

	@GetMapping("/api/v1/alerts")
	List<Alert> alerts(CurrentUser clinician) {
		return this.alerts.forClinician(clinician);
	}

	@PostMapping("/api/v1/alerts/{alertId}/acknowledgement")
	Alert acknowledge(CurrentUser clinician, @PathVariable UUID alertId,
			@RequestBody(required = false) AcknowledgementBody body) {
		return this.alerts.acknowledge(clinician, alertId, (body != null) ? body.note() : null);
	}

	/**
	 * 201 with a new alert; 200 with the alert still waiting from a press a moment ago.
	 * Either way the crisis resources come back at once.
	 */
	@PostMapping("/api/v1/me/help-requests")
	ResponseEntity<HelpRequestView> askForHelp(CurrentUser client) {
		AlertRecorder.Recorded recorded = this.helpRequests.ask(client);
		return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new HelpRequestView(recorded.alertId(), !recorded.created(), this.resources.all()));
	}

	record AcknowledgementBody(String note) {
	}

	/**
	 * @param alreadyTold true when this press added nothing: the clinician was told a
	 * moment ago
	 */
	record HelpRequestView(UUID alertId, boolean alreadyTold, List<CrisisResource> crisisResources) {
	}

}
