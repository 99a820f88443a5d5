package org.bridgework.measures;

import java.util.List;

/**
 * How an instrument's totals read: from 0 to {@code maxTotal}, in bands that cover every
 * total once, lowest first.
 *
 * @param name the instrument's short name, as pages show it
 */
public record InstrumentScale(String key, String name, int maxTotal, List<SeverityBand> bands) {

	public InstrumentScale {
		bands = List.copyOf(bands);
	}

	/** The band a total falls in. */
	public SeverityBand bandOf(int total) {
		return this.bands.stream()
			.filter((band) -> band.contains(total))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(total + " is outside " + this.key));
	}

}
