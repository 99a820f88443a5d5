package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.bridgework.homework.SkipReason;

/**
 * Everything since the last session on one page, for the clinician. What the client kept
 * private shows only as the days it was written.
 *
 * @param from the first day counted: the last session's day, or 14 days back
 * @param to the client's today
 * @param lastSession the session {@code from} starts at, or null when none is recorded
 * @param nextSession the next appointment (today or later), or null
 * @param mood average mood before and after practice, or null when no entry has both
 * @param privateEntryDays the days of private entries, and nothing else of them
 * @param ladderSuggestions filled by the ladders feature through
 * {@link DigestContributor}; empty until then
 * @param clientProposals filled by client proposals through {@link DigestContributor};
 * empty until then
 */
record Digest(LocalDate from, LocalDate to, LocalDate lastSession, LocalDate nextSession, Totals totals,
		List<AssignmentLine> assignments, MoodChange mood, List<ReasonLine> skipsByReason,
		List<FlaggedEntry> flaggedEntries, List<LocalDate> privateEntryDays, List<CheckIn> checkIns,
		List<DigestNote> ladderSuggestions, List<DigestNote> clientProposals) {

	record Totals(int expected, int completed, int skipped, int extra) {
	}

	/**
	 * @param averageQuality mean "how it went" (1-5) of the entries that have one, one
	 * decimal, or null
	 * @param rated how many entries the average is of
	 * @param goal the words of the client's goal it serves, or null when none
	 */
	record AssignmentLine(UUID id, String title, int expected, int completed, int skipped, int extra,
			Double averageQuality, int rated, String goal) {
	}

	/**
	 * @param entries how many entries have a mood both before and after
	 * @param change after minus before, one decimal
	 */
	record MoodChange(int entries, double averageBefore, double averageAfter, double change) {
	}

	record ReasonLine(SkipReason reason, int count, List<SkipNote> notes) {
	}

	/** A skip's note in the client's words. */
	record SkipNote(LocalDate day, String assignmentTitle, String note) {
	}

	record FlaggedEntry(UUID id, UUID assignmentId, String assignmentTitle, LocalDate day, Integer quality,
			Integer moodBefore, Integer moodAfter, String note) {
	}

}
