package org.bridgework.homework;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One practice due on the client's today, and whether it is done.
 */
public record TodayItem(UUID assignmentId, String title, LocalDate date, OccurrenceStatus status,
		Assignment assignment) {
}
