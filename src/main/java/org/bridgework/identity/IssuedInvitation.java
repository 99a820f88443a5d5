package org.bridgework.identity;

import java.util.UUID;

/**
 * An account waiting for its person, and the link that lets them in. The link is shown
 * once; only its hash is stored.
 */
public record IssuedInvitation(UUID accountId, String token, String inviteUrl) {
}
