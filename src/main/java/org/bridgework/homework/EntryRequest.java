package org.bridgework.homework;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a client recorded about one practice.
 *
 * @param listenedSeconds how long the guided recording played, measured by the page or
 * app; null when not measured
 */
public record EntryRequest(LocalDate occurredOn, Map<String, Object> answers, Integer durationSeconds, Integer quality,
		Integer moodBefore, Integer moodAfter, String note, boolean keepPrivate, boolean flagForSession,
		Integer listenedSeconds) {

	public EntryRequest {
		answers = (answers == null) ? Map.of() : new TreeMap<>(answers);
	}

	/** An entry without a measured listening time. */
	public EntryRequest(LocalDate occurredOn, Map<String, Object> answers, Integer durationSeconds, Integer quality,
			Integer moodBefore, Integer moodAfter, String note, boolean keepPrivate, boolean flagForSession) {
		this(occurredOn, answers, durationSeconds, quality, moodBefore, moodAfter, note, keepPrivate, flagForSession,
				null);
	}

	public EntryRequest withListenedSeconds(Integer seconds) {
		return new EntryRequest(this.occurredOn, this.answers, this.durationSeconds, this.quality, this.moodBefore,
				this.moodAfter, this.note, this.keepPrivate, this.flagForSession, seconds);
	}

}
