package org.bridgework.identity;

import java.util.UUID;

/**
 * A clinician who was invited and has not chosen a password yet.
 *
 * @param email where a new invitation link can be emailed
 */
record WaitingClinician(UUID accountId, String displayName, String email) {
}
