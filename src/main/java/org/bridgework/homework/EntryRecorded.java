package org.bridgework.homework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a client records an entry, for features that react (insights, reminders,
 * audit).
 */
public record EntryRecorded(UUID entryId, UUID assignmentId, UUID clientId, LocalDate occurredOn,
		boolean flagForSession) {
}
