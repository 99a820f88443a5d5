package org.bridgework.homework;

import java.util.List;
import java.util.UUID;

/**
 * How much of the planned practice happened in a range of days, as API.md defines it.
 *
 * @param rate completed / expected, or null when nothing was expected
 */
public record Adherence(int expected, int completed, int skipped, int extra, Double rate,
		List<PerAssignment> assignments) {

	public record PerAssignment(UUID id, int expected, int completed, int skipped, int extra) {
	}

}
