package org.bridgework.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
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

	static final int KEY_MAX = 200;

	private final CareTeam careTeam;

	private final SessionStore store;

	private final Clock clock;

	CheckIns(CareTeam careTeam, SessionStore store, Clock clock) {
		this.careTeam = careTeam;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Only the client writes their own; nothing is stored when the text is refused. The
	 * same key and text again return the first check-in; the same key with other text is
	 * refused.
	 */
	@Transactional
	CheckIn write(CurrentUser client, String text, String idempotencyKey) {
		ClientAccess access = this.careTeam.requireSelf(client, "write-check-in");
		String kept = (text == null) ? null : text.strip();
		String key = FieldChecks.trimToNull(idempotencyKey);
		new FieldChecks().required("text", kept)
			.maxLength("text", kept, MAX_LENGTH)
			.maxLength("Idempotency-Key", key, KEY_MAX)
			.throwIfAny();
		Instant now = this.clock.instant();
		Optional<UUID> id = this.store.addCheckIn(access.clientId(), kept, now, key);
		if (id.isPresent()) {
			return new CheckIn(id.get(), kept, now, LocalDate.ofInstant(now, access.timezone()));
		}
		CheckIn first = this.store.checkInByKey(access.clientId(), access.timezone(), key).orElseThrow();
		if (!first.text().equals(kept)) {
			throw new ConflictException("problem.checkIn.keyReused");
		}
		return first;
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
