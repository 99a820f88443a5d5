package org.bridgework.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

import org.bridgework.insights.SvgChart.Line;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Draws practice week by week for the clinician's client page: planned practice done and
 * how it went, on the same weeks, and a calendar of the days practised, each with the
 * table that says the same in words.
 */
@Component
class PracticeWeeksDrawing {

	static final int QUALITY_MIN = 1;

	static final int QUALITY_MAX = 5;

	/** All of the plan done: the top of the scale for planned practice done. */
	static final int FULL = 100;

	private final InsightsWords words;

	PracticeWeeksDrawing(InsightsWords words) {
		this.words = words;
	}

	Panel panel(PracticeWeeks practice) {
		int weeks = practice.weeks().size();
		if (practice.nothingYet()) {
			return new Panel(weeks, true, null, null, null, List.of());
		}
		List<String> labels = practice.weeks().stream().map((week) -> this.words.week(week.weekStart())).toList();
		int[][] done = practice.weeks()
			.stream()
			.map((week) -> new int[] { (week.percentDone() == null) ? 0 : week.percentDone() })
			.toArray(int[][]::new);
		String doneChart = SvgChart.stackedBars("practice-done-chart",
				this.words.get("insights.weeks.doneChart", weeks), labels,
				List.of(this.words.get("insights.weeks.doneSeries")), done);
		String qualityChart = SvgChart.lines("practice-quality-chart",
				this.words.get("insights.weeks.qualityChart", weeks), labels, QUALITY_MIN, QUALITY_MAX,
				List.of(new Line(this.words.get("insights.weeks.qualitySeries"),
						practice.weeks().stream().map(PracticeWeeks.Week::averageQuality).toList())));
		long daysPractised = practice.days().stream().filter((day) -> day.entries() > 0).count();
		String calendar = SvgChart.calendar("practice-calendar-chart",
				this.words.get("insights.weeks.calendarChart", weeks, daysPractised),
				practice.days().stream().map(PracticeWeeks.Day::entries).toList(), labels, dayLabels());
		return new Panel(weeks, false, doneChart, qualityChart, calendar,
				practice.weeks().stream().map(this::row).toList());
	}

	private Row row(PracticeWeeks.Week week) {
		String done = (week.expected() == 0) ? this.words.get("insights.weeks.nothingPlanned")
				: this.words.get("insights.weeks.doneOf", week.completed(), week.expected(), week.percentDone());
		String quality = (week.averageQuality() == null) ? this.words.get("insights.weeks.noQuality")
				: String.format(LocaleContextHolder.getLocale(), "%.1f", week.averageQuality());
		return new Row(this.words.week(week.weekStart()), week.weekStart(), done, week.extra(), quality,
				week.daysPractised());
	}

	private static List<String> dayLabels() {
		return Arrays.stream(DayOfWeek.values())
			.map((day) -> day.getDisplayName(TextStyle.SHORT, LocaleContextHolder.getLocale()))
			.toList();
	}

	/**
	 * The section on the client page; the charts are null when there is nothing yet.
	 */
	record Panel(int weeks, boolean empty, String doneChart, String qualityChart, String calendar, List<Row> rows) {
	}

	record Row(String week, LocalDate weekStart, String done, int extra, String quality, int daysPractised) {
	}

}
