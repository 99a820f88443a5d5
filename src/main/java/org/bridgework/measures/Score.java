package org.bridgework.measures;

import java.util.List;
import java.util.Map;

/**
 * What a set of answers adds up to.
 *
 * @param severity the band's name as the contract spells it ({@code moderately severe})
 * @param flags {@code ITEM9_POSITIVE} when PHQ-9 item 9 is above 0
 * @param clusters the PCL-5's DSM-5 cluster sub-scores (B, C, D, E), else empty
 * @param cutOffZone the PCL-5 total against the 31-33 provisional cut-off zone
 * ({@code BELOW}, {@code IN}, {@code ABOVE}), else null
 */
public record Score(int total, String severity, List<String> flags, Map<String, Integer> clusters, String cutOffZone) {

	static final String ITEM9_POSITIVE = "ITEM9_POSITIVE";

	public boolean item9Positive() {
		return this.flags.contains(ITEM9_POSITIVE);
	}

}
