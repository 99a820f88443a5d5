package org.bridgework.ladders;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A ladder in words, as the pages show it.
 *
 * @param current the step the client is on, from 1
 * @param suggestedLabel the words of the suggested step, or null to stay
 * @param reason why the ladder suggests what it does
 * @param history the step changes, oldest first
 */
public record LadderCard(UUID assignmentId, UUID clientId, String title, int current, int stepCount,
		String currentLabel, LocalDate since, Direction direction, Integer suggestedTo, String suggestedLabel,
		String reason, boolean mayAccept, boolean clientMayStep, List<Row> history, List<Option> steps) {

	public boolean suggestsChange() {
		return this.direction != Direction.STAY;
	}

	/** One step change in words. */
	public record Row(LocalDate day, String change, String who, String why) {
	}

	/** One step, to choose from. */
	public record Option(int number, String label) {
	}

}
