package org.bridgework.ladders;

import java.time.Instant;
import java.util.List;

import org.bridgework.identity.Role;

/**
 * One step change as it was made: from and to (with the steps' words then), when, who,
 * and why (the suggestion's reason, or the clinician's note).
 */
public record StepChange(int from, int to, String fromLabel, String toLabel, Instant changedAt, Role byRole,
		String byName, String reasonCode, List<Object> reasonArgs, String note) {

	public StepChange {
		reasonArgs = List.copyOf(reasonArgs);
	}

	public boolean isUp() {
		return this.to > this.from;
	}

}
