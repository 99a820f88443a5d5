package org.bridgework.library;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A visual breathing guide for a practice: how many seconds to breathe in, to hold, and
 * to breathe out. It needs no sound file; the practice page draws it.
 *
 * @param inhaleSeconds seconds of the in-breath, 1 to 10
 * @param holdSeconds seconds to rest between in and out, 0 to 10 (0: no hold)
 * @param exhaleSeconds seconds of the out-breath, 1 to 10
 */
public record Pacer(int inhaleSeconds, int holdSeconds, int exhaleSeconds) {

	static final int LONGEST = 10;

	/**
	 * Reads a library file, where {@code holdSeconds} may be left out (no hold). A
	 * missing in- or out-breath reads as 0, which {@link #problem()} refuses.
	 */
	@JsonCreator
	static Pacer fromJson(@JsonProperty("inhaleSeconds") Integer inhaleSeconds,
			@JsonProperty("holdSeconds") Integer holdSeconds, @JsonProperty("exhaleSeconds") Integer exhaleSeconds) {
		return new Pacer(orZero(inhaleSeconds), orZero(holdSeconds), orZero(exhaleSeconds));
	}

	/**
	 * What is wrong with this pacer for a template author, or empty when a client can
	 * follow it.
	 */
	Optional<String> problem() {
		if (this.inhaleSeconds < 1 || this.inhaleSeconds > LONGEST) {
			return Optional.of("pacer inhaleSeconds must be 1 to " + LONGEST);
		}
		if (this.holdSeconds < 0 || this.holdSeconds > LONGEST) {
			return Optional.of("pacer holdSeconds must be 0 to " + LONGEST);
		}
		if (this.exhaleSeconds < 1 || this.exhaleSeconds > LONGEST) {
			return Optional.of("pacer exhaleSeconds must be 1 to " + LONGEST);
		}
		return Optional.empty();
	}

	private static int orZero(Integer seconds) {
		return (seconds != null) ? seconds : 0;
	}

}
