package org.bridgework.library;

import java.time.Instant;
import java.util.List;

/**
 * One version in a template's history.
 *
 * @param authorName who saved it, null for the built-in library
 * @param changes what changed from the version before (none for the first)
 */
public record VersionHistory(int version, Instant createdAt, String authorName, List<TemplateChange> changes) {
}
