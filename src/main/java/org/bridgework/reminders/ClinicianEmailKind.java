package org.bridgework.reminders;

/**
 * The emails a clinician may get from Bridgework, with counts and links only.
 */
enum ClinicianEmailKind {

	/**
	 * The optional daily digest: how many clients practised yesterday, check-ins waiting,
	 * sessions tomorrow. Keyed by the clinician's day it is sent on.
	 */
	DAILY_DIGEST,

	/**
	 * The day before a recorded session: "you have a session tomorrow — the digest is
	 * ready", with a link to each client's digest. Keyed by the sessions' day.
	 */
	SESSIONS_TOMORROW

}
