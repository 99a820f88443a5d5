package org.bridgework.identity;

/**
 * What the invitation page needs to greet a person before they set a password.
 */
public record PendingInvitation(String displayName, boolean needsEmail) {
}
