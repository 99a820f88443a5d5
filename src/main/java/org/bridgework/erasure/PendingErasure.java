package org.bridgework.erasure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A client's request to be erased, as those who may finish it see it.
 *
 * @param clinicians the names of the client's clinicians, first added first
 * @param holdUp why it cannot be finished yet (a message code), or null
 */
public record PendingErasure(UUID clientId, String displayName, String timezone, List<String> clinicians,
		Instant requestedAt, String holdUp) {

	public PendingErasure {
		clinicians = List.copyOf(clinicians);
	}

	/** The day it was asked for, in the client's time zone. */
	public LocalDate requestedOn() {
		return LocalDate.ofInstant(this.requestedAt, ZoneId.of(this.timezone));
	}

	public boolean isHeldUp() {
		return this.holdUp != null;
	}

	PendingErasure heldUpBy(String code) {
		return new PendingErasure(this.clientId, this.displayName, this.timezone, this.clinicians, this.requestedAt,
				code);
	}

}
