package org.bridgework.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a client wrote between sessions.
 *
 * @param day the client's calendar day it was written on
 */
record CheckIn(UUID id, String text, Instant createdAt, LocalDate day) {
}
