package org.bridgework.alerts;

import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's alerts page and the Acknowledge form (also on the caseload and client
 * pages), and the client's "Tell my clinician I need help" form on the help page. Plain
 * form posts: they work without JavaScript.
 */
@Controller
class AlertsPageController {

	private final Alerts alerts;

	private final HelpRequests helpRequests;

	private final AlertEscalation escalation;

	private final AlertsProperties properties;

	AlertsPageController(Alerts alerts, HelpRequests helpRequests, AlertEscalation escalation,
			AlertsProperties properties) {
		this.alerts = alerts;
		this.helpRequests = helpRequests;
		this.escalation = escalation;
		this.properties = properties;
	}

	@GetMapping("/alerts")
	String alerts(CurrentUser clinician, Model model) {
		model.addAttribute("alerts", this.alerts.forClinician(clinician));
		model.addAttribute("alertTimes", this.alerts.timesFor(clinician));
		model.addAttribute("escalates", this.escalation.configured());
		model.addAttribute("escalateAfterMinutes", this.properties.escalateAfter().toMinutes());
		return "alerts/alerts";
	}

	/**
	 * @param from the page the form was on ({@code clients}, {@code client} or
	 * {@code alerts}), to go back to it
	 */
	@PostMapping("/alerts/{alertId}/acknowledge")
	String acknowledge(CurrentUser clinician, @PathVariable UUID alertId, @RequestParam(required = false) String note,
			@RequestParam(required = false) String from) {
		String outcome;
		UUID clientId;
		try {
			clientId = this.alerts.acknowledge(clinician, alertId, note).clientId();
			outcome = "alertAcknowledged";
		}
		catch (ConflictException ex) {
			clientId = null;
			outcome = "alertAcknowledgedAlready";
		}
		catch (InvalidInputException ex) {
			clientId = null;
			outcome = "alertNoteTooLong";
		}
		if ("client".equals(from) && clientId != null) {
			return "redirect:/clients/" + clientId + "?" + outcome + "#alerts";
		}
		if ("clients".equals(from)) {
			return "redirect:/clients?" + outcome + "#alerts";
		}
		return "redirect:/alerts?" + outcome;
	}

	@PostMapping("/help-requests")
	String askForHelp(CurrentUser client) {
		AlertRecorder.Recorded recorded = this.helpRequests.ask(client);
		return "redirect:/help?" + (recorded.created() ? "told" : "alreadyTold") + "#told";
	}

}
