package org.bridgework.ladders;

import java.util.List;

/**
 * What the ladder suggests and why, as a message code with its arguments.
 *
 * @param to the step number suggested, or null to stay
 */
public record Suggestion(Direction direction, Integer to, String reasonCode, List<Object> reasonArgs) {

	public Suggestion {
		reasonArgs = List.copyOf(reasonArgs);
	}

	static Suggestion stay(String code, Object... args) {
		return new Suggestion(Direction.STAY, null, code, List.of(args));
	}

	public boolean isChange() {
		return this.direction != Direction.STAY;
	}

}
