package org.bridgework.homework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a client says a practice did not happen.
 */
public record SkipRecorded(UUID skipId, UUID assignmentId, UUID clientId, LocalDate occurredOn, SkipReason reason) {
}
