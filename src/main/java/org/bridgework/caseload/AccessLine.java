package org.bridgework.caseload;

import java.time.OffsetDateTime;

/**
 * One line of a client's access history, in plain words.
 *
 * @param at when the visit began, in the client's time zone
 * @param who the person's name, or "You"
 * @param role {@code CLIENT}, {@code CLINICIAN}, {@code COVERING} (a clinician covering
 * for theirs, docs/adr/0015) or {@code ADMIN}
 * @param what what they did, e.g. "looked at your practice and your questionnaires"
 * @param self whether it was the client themselves
 * @param when {@code at} as the page shows it, e.g. "Mon 7 Dec, 14:05"
 */
record AccessLine(OffsetDateTime at, String who, String role, String what, boolean self, String when) {
}
