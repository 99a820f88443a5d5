package org.bridgework.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A stored entry. {@link #withoutContent()} is what a clinician sees of a private one.
 *
 * @param listenedSeconds how long the client played the assignment's guided recording, or
 * null when there was none or nothing was measured
 */
public record Entry(UUID id, UUID assignmentId, LocalDate occurredOn, Map<String, Object> answers,
		Integer durationSeconds, Integer quality, Integer moodBefore, Integer moodAfter, String note,
		boolean keepPrivate, boolean flagForSession, Instant createdAt, Integer listenedSeconds) {

	/** The entry's existence and date, and nothing the client wrote. */
	public Entry withoutContent() {
		return new Entry(this.id, this.assignmentId, this.occurredOn, null, null, null, null, null, null, true, false,
				this.createdAt, null);
	}

}
