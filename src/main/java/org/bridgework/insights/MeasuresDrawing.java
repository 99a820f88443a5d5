package org.bridgework.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.insights.SvgChart.Band;
import org.bridgework.insights.SvgChart.Point;

import org.springframework.stereotype.Component;

/**
 * Draws questionnaires for the clinician's client page: each instrument's totals over the
 * same weeks as practice, over its bands, with the table of results; and beside it the
 * homework done between two results, with its careful reading.
 */
@Component
class MeasuresDrawing {

	private final InsightsWords words;

	MeasuresDrawing(InsightsWords words) {
		this.words = words;
	}

	/**
	 * @param outcomes the comparisons of the instruments answered (over a longer time
	 * than the chart)
	 */
	Panel panel(MeasuresOverTime measures, List<AdherenceOutcome> outcomes) {
		ClientWeeks range = ClientWeeks.between(measures.from(), measures.to());
		Map<String, AdherenceOutcome> byInstrument = outcomes.stream()
			.collect(Collectors.toMap(AdherenceOutcome::instrument, Function.identity()));
		List<InstrumentPanel> instruments = measures.series()
			.stream()
			.map((series) -> instrument(series, range, byInstrument.get(series.instrument())))
			.toList();
		return new Panel(range.size(), instruments);
	}

	private InstrumentPanel instrument(MeasuresOverTime.Series series, ClientWeeks range, AdherenceOutcome outcome) {
		List<String> labels = range.mondays().stream().map(this.words::week).toList();
		List<Point> points = series.results()
			.stream()
			.map((result) -> new Point(weeksFrom(range.from(), result.day()), result.total()))
			.toList();
		List<Band> bands = series.bands()
			.stream()
			.map((band) -> new Band(band.from(), band.to(), band.severity()))
			.toList();
		String spoken = series.results()
			.stream()
			.map((result) -> this.words.get("insights.measures.point", result.total(), this.words.day(result.day()),
					result.words()))
			.collect(Collectors.joining(this.words.get("insights.list.semicolon")));
		String chart = SvgChart.bandedLine("measure-chart-" + series.instrument(),
				this.words.get("insights.measures.chart", series.instrument(), range.size(), spoken), labels,
				series.maxTotal(), bands, points);
		List<ResultRow> rows = series.results()
			.stream()
			.map((result) -> new ResultRow(result.day(), this.words.day(result.day()), result.total(), result.words()))
			.toList();
		return new InstrumentPanel(series.instrument(), series.name(), chart, rows,
				outcome(series.instrument(), outcome));
	}

	private OutcomePanel outcome(String instrument, AdherenceOutcome outcome) {
		if (outcome == null || outcome.stretches().isEmpty()) {
			return new OutcomePanel(this.words.get("insights.outcome.onlyOne", instrument), List.of());
		}
		List<StretchRow> rows = outcome.stretches().stream().map(this::row).toList();
		return new OutcomePanel(outcome.reading().text(), rows);
	}

	private StretchRow row(AdherenceOutcome.Stretch stretch) {
		String between = this.words.get("insights.outcome.betweenDays", this.words.week(stretch.from()),
				this.words.week(stretch.to()));
		String done = stretch.compared() ? this.words.get("insights.weeks.doneOf", stretch.completed(),
				stretch.expected(), Math.round(100 * stretch.rate())) : this.words.get("insights.weeks.nothingPlanned");
		String change = (stretch.change() < 0) ? this.words.get("insights.outcome.lower", -stretch.change())
				: (stretch.change() > 0) ? this.words.get("insights.outcome.higher", stretch.change())
						: this.words.get("insights.outcome.same");
		return new StretchRow(stretch.from(), between, done,
				this.words.get("insights.outcome.totalsValue", stretch.totalBefore(), stretch.totalAfter()), change);
	}

	/** Where a day sits on an axis of weeks: the middle of its day within its week. */
	static double weeksFrom(LocalDate monday, LocalDate day) {
		return (ChronoUnit.DAYS.between(monday, day) + 0.5) / 7.0;
	}

	/**
	 * The section on the client page.
	 *
	 * @param weeks the weeks the charts show
	 * @param instruments one per instrument answered in those weeks, none when nothing
	 * was
	 */
	record Panel(int weeks, List<InstrumentPanel> instruments) {

		public boolean empty() {
			return this.instruments.isEmpty();
		}

	}

	/**
	 * @param key the instrument's short name, e.g. PHQ-9
	 * @param name its name with what it asks about
	 */
	record InstrumentPanel(String key, String name, String chart, List<ResultRow> results, OutcomePanel outcome) {
	}

	record ResultRow(LocalDate day, String dayText, int total, String band) {
	}

	/**
	 * @param reading what the comparison shows, or why it is too early to say
	 * @param rows one per stretch between two results, oldest first
	 */
	record OutcomePanel(String reading, List<StretchRow> rows) {
	}

	record StretchRow(LocalDate from, String between, String done, String totals, String change) {
	}

}
