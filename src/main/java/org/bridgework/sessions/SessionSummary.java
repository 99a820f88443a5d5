package org.bridgework.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the clinician wrote for the client after a session.
 *
 * @param writtenOn the client's calendar day it was written on
 * @param showing whether the client sees it on their Today page now: it is the latest,
 * and no session after it has passed yet
 */
record SessionSummary(UUID id, LocalDate writtenOn, String learned, String practised, String stillHard,
		String homeworkAgreed, Instant createdAt, boolean showing) {

	SessionSummary showing(boolean showing) {
		return new SessionSummary(this.id, this.writtenOn, this.learned, this.practised, this.stillHard,
				this.homeworkAgreed, this.createdAt, showing);
	}

}
