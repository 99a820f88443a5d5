package org.bridgework.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One reminder to send: for the practice of {@code assignmentId} planned on the client's
 * {@code day}, due at {@code dueAt}. Assignment, day and channel are its key: it is sent
 * at most once whatever the client's zone becomes.
 */
record PlannedReminder(UUID assignmentId, LocalDate day, Instant dueAt) {

}
