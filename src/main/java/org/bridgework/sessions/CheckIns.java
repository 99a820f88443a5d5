package org.bridgework.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short notes a client writes at any time ("this is harder than I thought"), for their
 * clinician to read before the next session.
 */
@Service
class CheckIns {

	static final int MAX_LENGTH = 2000;

	private final CareTeam careTeam;

	private final SessionStore store;

	private final Clock clock;

	CheckIns(CareTeam careTeam, SessionStore store, Clock clock) {
		this.careTeam = careTeam;
		this.store = store;
		this.clock = clock;
	}

	/** Only the client writes their own; nothing is stored when the text is refused. */
	@Transactional
	CheckIn write(CurrentUser client, String text) {
		ClientAccess access = this.careTeam.requireSelf(client, "write-check-in");
		String kept = (text == null) ? null : text.strip();
		new FieldChecks().required("text", kept).maxLength("text", kept, MAX_LENGTH).throwIfAny();
		Instant now = this.clock.instant();
		UUID id = this.store.addCheckIn(access.clientId(), kept, now);
		return new CheckIn(id, kept, now, LocalDate.ofInstant(now, access.timezone()));
	}

	/** Newest first, for the client and their clinicians. */
	@Transactional(readOnly = true)
	List<CheckIn> forClient(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-check-ins");
		return this.store.checkIns(access.clientId(), access.timezone(), null);
	}

	/** Newest first, written on {@code from} (the client's calendar day) or later. */
	List<CheckIn> since(ClientAccess access, LocalDate from) {
		return this.store.checkIns(access.clientId(), access.timezone(),
				from.atStartOfDay(access.timezone()).toInstant());
	}

}
