package org.bridgework.homework;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a client recorded about one practice.
 */
public record EntryRequest(LocalDate occurredOn, Map<String, Object> answers, Integer durationSeconds, Integer quality,
		Integer moodBefore, Integer moodAfter, String note, boolean keepPrivate, boolean flagForSession) {

	public EntryRequest {
		answers = (answers == null) ? Map.of() : new TreeMap<>(answers);
	}

}
