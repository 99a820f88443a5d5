package org.bridgework.ladders;

/**
 * When a ladder suggests the next step. Applies to whichever step the client is on.
 */
public sealed interface MoveOn permits MoveOn.DoneOnDays, MoveOn.FieldAtMost {

	/**
	 * Done on {@code days} of the last {@code ofLast} planned days since the step began,
	 * each with quality at least {@code minQuality} when one is set.
	 */
	record DoneOnDays(int days, int ofLast, Integer minQuality) implements MoveOn {
	}

	/**
	 * A number the client answers (e.g. SUDS at its highest, by field name) at most
	 * {@code atMost} on {@code times} of the last {@code ofLast} entries since the step
	 * began; {@code times == ofLast} means "in a row".
	 */
	record FieldAtMost(String field, int atMost, int times, int ofLast) implements MoveOn {
	}

}
