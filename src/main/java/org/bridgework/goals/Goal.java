package org.bridgework.goals;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a client's treatment goals, in the client's own words ("Sleep through more
 * nights"), optionally tied to a value ("Joy", or the client's own word for it).
 *
 * @param value the value it is tied to, or null
 * @param position its place among the client's goals, from 1
 * @param archived whether it was set aside (kept, never deleted)
 * @param changedAt when it last changed, or null when never
 * @param changedBy who changed it last, or null when never
 */
public record Goal(UUID id, UUID clientId, String words, String value, int position, boolean archived,
		Instant createdAt, Instant changedAt, String changedBy) {

	/** "Sleep through more nights (Joy)", or the words alone without a value. */
	public String withValue() {
		return (this.value == null) ? this.words : this.words + " (" + this.value + ")";
	}

}
