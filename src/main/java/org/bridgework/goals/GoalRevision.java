package org.bridgework.goals;

import java.time.Instant;
import java.util.UUID;

/**
 * One change to a goal: who, when, which part, and its value before and after.
 *
 * @param part {@code added}, {@code words}, {@code value}, {@code archived} or
 * {@code position}
 */
public record GoalRevision(UUID id, String changedBy, Instant changedAt, String part, String before, String after) {
}
