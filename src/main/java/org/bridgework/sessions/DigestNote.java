package org.bridgework.sessions;

import java.time.LocalDate;

/**
 * One line a contributor adds to the digest, already in words for the clinician.
 *
 * @param day when it happened, or null
 * @param text the line itself
 * @param detail more words under it, or null
 */
public record DigestNote(LocalDate day, String text, String detail) {
}
