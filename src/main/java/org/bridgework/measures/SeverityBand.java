package org.bridgework.measures;

/**
 * A stretch of totals that share one band, both ends included.
 *
 * @param severity the band's name as the contract spells it ({@code moderately severe})
 * @param words the band in plain words, as pages show it
 */
public record SeverityBand(int from, int to, String severity, String words) {

	public boolean contains(int total) {
		return total >= this.from && total <= this.to;
	}

}
