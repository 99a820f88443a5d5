package org.bridgework.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record Skip(UUID id, UUID assignmentId, LocalDate occurredOn, SkipReason reason, String note,
		Instant createdAt) {
}
