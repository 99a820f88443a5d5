package org.bridgework.sessions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.ClientProfile;
import org.bridgework.caseload.Clients;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's pages of the session rhythm: session dates and summaries for one
 * client, and the printable digest. Anyone but the client's clinicians is told the client
 * does not exist.
 */
@Controller
class SessionPagesController {

	private final Clients clients;

	private final SessionCalendar calendar;

	private final SessionSummaries summaries;

	private final CheckIns checkIns;

	private final SessionDigests digests;

	private final Messages messages;

	SessionPagesController(Clients clients, SessionCalendar calendar, SessionSummaries summaries, CheckIns checkIns,
			SessionDigests digests, Messages messages) {
		this.clients = clients;
		this.calendar = calendar;
		this.summaries = summaries;
		this.checkIns = checkIns;
		this.digests = digests;
		this.messages = messages;
	}

	@GetMapping("/clients/{clientId}/sessions")
	String sessions(CurrentUser clinician, @PathVariable UUID clientId, Model model) {
		return sessionsPage(clinician, clientId, "", new SummaryRequest(null, null, null, null), FormErrors.none(),
				model);
	}

	@PostMapping("/clients/{clientId}/sessions")
	String addSession(CurrentUser clinician, @PathVariable UUID clientId, @RequestParam(required = false) String date,
			Model model) {
		try {
			this.calendar.add(clinician, clientId, parse(date));
			return "redirect:/clients/" + clientId + "/sessions?sessionAdded";
		}
		catch (InvalidInputException ex) {
			return sessionsPage(clinician, clientId, date, new SummaryRequest(null, null, null, null),
					FormErrors.of(ex, this.messages), model);
		}
	}

	/**
	 * Only with the box ticked: a session date is removed on purpose, never by a slip.
	 */
	@PostMapping("/clients/{clientId}/sessions/{sessionId}/remove")
	String removeSession(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID sessionId,
			@RequestParam(required = false) String confirm) {
		boolean removed = this.calendar.remove(clinician, clientId, sessionId, "yes".equals(confirm));
		return "redirect:/clients/" + clientId + "/sessions?" + (removed ? "sessionRemoved" : "sessionKept");
	}

	@PostMapping("/clients/{clientId}/session-summaries")
	String writeSummary(CurrentUser clinician, @PathVariable UUID clientId,
			@RequestParam(required = false) String learned, @RequestParam(required = false) String practised,
			@RequestParam(required = false) String stillHard, @RequestParam(required = false) String homeworkAgreed,
			Model model) {
		SummaryRequest summary = new SummaryRequest(learned, practised, stillHard, homeworkAgreed);
		try {
			this.summaries.write(clinician, clientId, summary);
			return "redirect:/clients/" + clientId + "/sessions?summarySaved";
		}
		catch (InvalidInputException ex) {
			return sessionsPage(clinician, clientId, "", summary, FormErrors.of(ex, this.messages), model);
		}
	}

	@GetMapping("/clients/{clientId}/digest")
	String digest(CurrentUser clinician, @PathVariable UUID clientId, Model model) {
		// First, so that nothing else is read for someone who is not the client's
		// clinician.
		ClientProfile client = this.clients.profile(clinician, clientId);
		model.addAttribute("client", client);
		model.addAttribute("digest", this.digests.digest(clinician, clientId));
		model.addAttribute("showLadderSuggestions", this.digests.hasContributor(DigestSlot.LADDER_SUGGESTIONS));
		model.addAttribute("showClientProposals", this.digests.hasContributor(DigestSlot.CLIENT_PROPOSALS));
		return "sessions/digest";
	}

	private String sessionsPage(CurrentUser clinician, UUID clientId, String date, SummaryRequest summary,
			FormErrors errors, Model model) {
		ClientProfile client = this.clients.profile(clinician, clientId);
		SessionCalendar.Calendar sessions = this.calendar.calendar(clinician, clientId);
		List<SessionSummary> written = this.summaries.all(clinician, clientId);
		model.addAttribute("client", client);
		model.addAttribute("calendar", sessions);
		model.addAttribute("summaries", written);
		model.addAttribute("checkIns", this.checkIns.forClient(clinician, clientId));
		model.addAttribute("date", (date == null || date.isEmpty()) ? sessions.today().toString() : date);
		model.addAttribute("summary", summary);
		model.addAttribute("errors", errors);
		return "sessions/sessions";
	}

	/** A day as the date field sends it; anything else is a problem with the field. */
	private static LocalDate parse(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException ex) {
			new FieldChecks().add("date", "validation.answer.date").throwIfAny();
			return null;
		}
	}

}
