package org.bridgework.audit;

/**
 * The result of recomputing the audit trail's hash chain.
 *
 * @param rows how many rows were checked
 * @param intact whether every row's hashes are as computed
 * @param firstBrokenRow the {@code seq} of the first row whose hashes do not match, or
 * null when intact
 * @param lastHash the hash of the newest row (note it elsewhere to notice rows cut off
 * the end later), or null for an empty trail
 */
public record ChainVerification(long rows, boolean intact, Long firstBrokenRow, String lastHash) {
}
