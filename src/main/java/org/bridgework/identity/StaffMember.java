package org.bridgework.identity;

import java.util.UUID;

/**
 * An admin or clinician as their admin sees them on the two-step sign-in page.
 *
 * @param twoStepOn whether their two-step sign-in is on (off: they set it up when they
 * next sign in)
 */
record StaffMember(UUID accountId, String displayName, String email, boolean twoStepOn) {
}
