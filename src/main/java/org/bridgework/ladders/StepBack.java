package org.bridgework.ladders;

/**
 * When a ladder suggests a smaller step, kindly. Either part may be off.
 *
 * @param field a number the client answers (e.g. SUDS at its highest), or null when
 * distress is not watched
 * @param atLeast distress stays high when the field is at least this ...
 * @param entries ... on each of the last this many entries
 * @param hardSkips the last this many skips were all "too hard" or "overwhelmed", or null
 * when skips are not watched
 */
public record StepBack(String field, Integer atLeast, Integer entries, Integer hardSkips) {

	public static final StepBack NEVER = new StepBack(null, null, null, null);

	public boolean watchesDistress() {
		return this.field != null && this.atLeast != null && this.entries != null;
	}

	public boolean watchesSkips() {
		return this.hardSkips != null;
	}

}
