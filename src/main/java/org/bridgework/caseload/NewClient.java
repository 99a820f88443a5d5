package org.bridgework.caseload;

import java.util.UUID;

/**
 * A client just added to a caseload, and the invitation link to hand them.
 */
public record NewClient(UUID id, String inviteUrl) {
}
