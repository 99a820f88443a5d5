package org.bridgework.homework;

import java.time.LocalDate;

/**
 * A client saying a practice did not happen, and what got in the way.
 */
public record SkipRequest(LocalDate occurredOn, SkipReason reason, String note) {
}
