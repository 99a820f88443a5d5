package org.bridgework.identity;

import java.time.Instant;

/**
 * Something that happened to an account's two-step sign-in.
 *
 * @param byName who did it, when that was someone else (an admin's reset), or null
 */
record TwoStepEvent(Kind kind, Instant at, String byName) {

	enum Kind {

		TURNED_ON, TURNED_OFF, RECOVERY_CODE_USED, RECOVERY_CODES_RENEWED, RESET

	}

}
