package org.bridgework.measures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One questionnaire as a client answered it, with its score.
 *
 * @param difficulty the unscored difficulty answer, or null
 */
public record MeasureResponse(UUID id, UUID clientId, String instrument, List<Integer> answers, Integer difficulty,
		Instant takenAt, Score score) {

	public int total() {
		return this.score.total();
	}

	public String severity() {
		return this.score.severity();
	}

	public boolean item9Positive() {
		return this.score.item9Positive();
	}

}
