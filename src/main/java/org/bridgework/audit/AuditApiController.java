package org.bridgework.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.shared.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for a clinic's admins: is the chain intact, and what happened (ids and
 * codes, never content). Reading it is audited too.
 */
@RestController
class AuditApiController {

	static final int LARGEST_PAGE = 500;

	private final AuditTrail trail;

	private final AuditStore store;

	AuditApiController(AuditTrail trail, AuditStore store) {
		this.trail = trail;
		this.store = store;
	}

	@GetMapping("/api/v1/audit/verification")
	ChainVerification verification(HttpServletRequest request) {
		requireAdmin(request, null, "verify-audit-trail");
		return this.trail.verify();
	}

	@GetMapping("/api/v1/audit/events")
	EventsPage events(HttpServletRequest request, @RequestParam(required = false) UUID clientId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		requireAdmin(request, clientId, "view-audit-events");
		if (page < 0) {
			throw new InvalidInputException("page", "validation.format");
		}
		if (size < 1 || size > LARGEST_PAGE) {
			throw new InvalidInputException("size", "validation.range", 1, LARGEST_PAGE);
		}
		Instant first = instant("from", from);
		Instant last = instant("to", to);
		List<AuditedEvent> found = this.store.find(clientId, null, first, last, size + 1, (long) page * size);
		boolean more = found.size() > size;
		return new EventsPage(page, size, more, more ? found.subList(0, size) : found);
	}

	private void requireAdmin(HttpServletRequest request, UUID clientId, String action) {
		UUID actor = this.trail.actingAccount();
		if (!request.isUserInRole("ADMIN")) {
			this.trail.record(AuditEvent.refused(actor, clientId, action, null));
			throw new AccessDeniedException("The audit trail is for admins");
		}
		this.trail.record(AuditEvent.granted(actor, "ADMIN", clientId, action, null));
	}

	private static Instant instant(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, "validation.format");
		}
	}

	record EventsPage(int page, int size, boolean hasMore, List<AuditedEvent> events) {
	}

}
