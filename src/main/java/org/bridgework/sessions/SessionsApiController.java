package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.sessions.SessionCalendar.Calendar;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session rhythm in the JSON API: session dates, check-ins, summaries and the digest.
 */
@RestController
class SessionsApiController {

	private final SessionCalendar calendar;

	private final CheckIns checkIns;

	private final SessionSummaries summaries;

	private final SessionDigests digests;

	SessionsApiController(SessionCalendar calendar, CheckIns checkIns, SessionSummaries summaries,
			SessionDigests digests) {
		this.calendar = calendar;
		this.checkIns = checkIns;
		this.summaries = summaries;
		this.digests = digests;
	}

	@PostMapping("/api/v1/clients/{clientId}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> addSession(CurrentUser clinician, @PathVariable UUID clientId, @RequestBody SessionBody body) {
		return Map.of("id", this.calendar.add(clinician, clientId, body.date()));
	}

	@GetMapping("/api/v1/clients/{clientId}/sessions")
	SessionsView sessions(CurrentUser actor, @PathVariable UUID clientId) {
		Calendar calendar = this.calendar.calendar(actor, clientId);
		return new SessionsView(calendar.today(), calendar.lastSession(), calendar.nextSession(), calendar.since(),
				calendar.sessions());
	}

	@DeleteMapping("/api/v1/clients/{clientId}/sessions/{sessionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeSession(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID sessionId) {
		this.calendar.remove(clinician, clientId, sessionId, true);
	}

	@PostMapping("/api/v1/me/check-ins")
	@ResponseStatus(HttpStatus.CREATED)
	CheckIn writeCheckIn(CurrentUser client, @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody CheckInBody body) {
		return this.checkIns.write(client, body.text(), key);
	}

	@GetMapping("/api/v1/clients/{clientId}/check-ins")
	List<CheckIn> checkIns(CurrentUser actor, @PathVariable UUID clientId) {
		return this.checkIns.forClient(actor, clientId);
	}

	@PostMapping("/api/v1/clients/{clientId}/session-summaries")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> writeSummary(CurrentUser clinician, @PathVariable UUID clientId,
			@RequestBody SummaryRequest body) {
		return Map.of("id", this.summaries.write(clinician, clientId, body));
	}

	@GetMapping("/api/v1/clients/{clientId}/session-summaries")
	List<SessionSummary> summaries(CurrentUser actor, @PathVariable UUID clientId) {
		return this.summaries.all(actor, clientId);
	}

	@GetMapping("/api/v1/clients/{clientId}/digest")
	Digest digest(CurrentUser clinician, @PathVariable UUID clientId) {
		return this.digests.digest(clinician, clientId);
	}

	record SessionBody(LocalDate date) {
	}

	record CheckInBody(String text) {
	}

	/**
	 * @param since the first day of "since the last session"
	 */
	record SessionsView(LocalDate today, LocalDate lastSession, LocalDate nextSession, LocalDate since,
			List<SessionDate> sessions) {
	}

}
