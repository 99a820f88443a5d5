package org.bridgework.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bridgework.measures.InstrumentScale;
import org.bridgework.measures.MeasureResponse;
import org.bridgework.measures.SeverityBand;

/**
 * A client's questionnaire totals over the weeks, one series per instrument answered in
 * them, each with the bands its totals are read in.
 *
 * @param from the first day (a Monday)
 * @param to the client's today
 * @param series in the instruments' order, only those with a result in the weeks
 */
record MeasuresOverTime(LocalDate from, LocalDate to, List<Series> series) {

	/**
	 * @param scales every instrument, in the order to show them
	 * @param responses the client's results, oldest first
	 */
	static MeasuresOverTime of(ClientWeeks range, ZoneId zone, List<InstrumentScale> scales,
			List<MeasureResponse> responses) {
		List<Series> series = new ArrayList<>();
		for (InstrumentScale scale : scales) {
			List<Result> results = responses.stream()
				.filter((response) -> response.instrument().equals(scale.key()))
				.map((response) -> Result.of(response, zone, scale))
				.filter((result) -> range.indexOf(result.day()) >= 0)
				.toList();
			if (!results.isEmpty()) {
				series.add(new Series(scale.key(), scale.name(), scale.maxTotal(), scale.bands(), results));
			}
		}
		return new MeasuresOverTime(range.from(), range.today(), series);
	}

	boolean nothingYet() {
		return this.series.isEmpty();
	}

	/**
	 * @param results oldest first
	 */
	record Series(String instrument, String name, int maxTotal, List<SeverityBand> bands, List<Result> results) {
	}

	/**
	 * @param day the client's calendar day it was answered on
	 * @param words the band in plain words
	 */
	record Result(UUID id, LocalDate day, int total, String severity, String words) {

		static Result of(MeasureResponse response, ZoneId zone, InstrumentScale scale) {
			return new Result(response.id(), response.takenAt().atZone(zone).toLocalDate(), response.total(),
					response.severity(), scale.bandOf(response.total()).words());
		}

	}

}
