package org.bridgework.homework;

import java.time.Instant;
import java.util.UUID;

/**
 * A drawing, photo or voice note a client added, without its bytes: what a record lists.
 *
 * @param entryId the entry that names it, or null for an upload no entry names yet
 * @param field the question it answers
 */
public record AttachmentFile(UUID id, UUID entryId, UUID assignmentId, String field, String mediaType, int size,
		Instant uploadedAt) {
}
