package org.bridgework.sessions;

/**
 * The parts of the session digest other features fill. Each shows as its own section, and
 * only once some feature contributes to it.
 */
public enum DigestSlot {

	/** Steps up or back on a ladder, suggested by its criteria. */
	LADDER_SUGGESTIONS,

	/** Changes to a plan, or new homework, the client proposed since the last session. */
	CLIENT_PROPOSALS

}
