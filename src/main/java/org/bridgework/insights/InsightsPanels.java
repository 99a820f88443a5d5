package org.bridgework.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPanel;
import org.bridgework.homework.AssignmentPanels;
import org.bridgework.identity.CurrentUser;
import org.bridgework.insights.SvgChart.Level;
import org.bridgework.insights.SvgChart.Line;
import org.bridgework.ladders.LadderState;
import org.bridgework.ladders.Ladders;
import org.bridgework.ladders.StepChange;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Charts with each assignment on the clinician's client page: mood before and after, week
 * by week, and a ladder's steps over time (after the ladder's own panel, whose table of
 * step changes says the same in words). Nothing for an assignment with neither.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InsightsPanels implements AssignmentPanels {

	static final int MOOD_MIN = 0;

	static final int MOOD_MAX = 10;

	private final Insights insights;

	private final Ladders ladders;

	private final InsightsWords words;

	InsightsPanels(Insights insights, Ladders ladders, InsightsWords words) {
		this.insights = insights;
		this.ladders = ladders;
		this.words = words;
	}

	@Override
	public Optional<AssignmentPanel> forClinician(CurrentUser clinician, Assignment assignment) {
		MoodTrend trend = this.insights.moodTrend(clinician, assignment.id(), null);
		MoodPanel mood = trend.noMoods() ? null : moodPanel(assignment, trend);
		LadderChart ladder = this.ladders.find(clinician, assignment.id())
			.filter((state) -> !state.history().isEmpty())
			.map(this::ladderChart)
			.orElse(null);
		if (mood == null && ladder == null) {
			return Optional.empty();
		}
		return Optional.of(new AssignmentPanel("insights/assignment", new Content(assignment.id(), mood, ladder)));
	}

	@Override
	public Optional<AssignmentPanel> forPractice(CurrentUser client, Assignment assignment) {
		return Optional.empty();
	}

	@Override
	public Optional<AssignmentPanel> forToday(CurrentUser client, Assignment assignment) {
		return Optional.empty();
	}

	MoodPanel moodPanel(Assignment assignment, MoodTrend trend) {
		List<String> labels = trend.weeks().stream().map((week) -> this.words.week(week.weekStart())).toList();
		List<Double> before = trend.weeks().stream().map(MoodTrend.Week::averageBefore).toList();
		List<Double> after = trend.weeks().stream().map(MoodTrend.Week::averageAfter).toList();
		MoodTrend.Summary overall = trend.overall();
		String name = this.words.get("insights.mood.chart", assignment.title(), trend.weeks().size(),
				oneDecimal(overall.averageBefore()), oneDecimal(overall.averageAfter()));
		String svg = SvgChart.lines("mood-" + assignment.id(), name, labels, MOOD_MIN, MOOD_MAX,
				List.of(new Line(this.words.get("insights.mood.before"), before),
						new Line(this.words.get("insights.mood.after"), after)));
		List<MoodRow> rows = trend.weeks()
			.stream()
			.filter((week) -> week.entries() > 0)
			.map((week) -> new MoodRow(this.words.week(week.weekStart()), week.weekStart(), week.entries(),
					week.averageBefore(), week.averageAfter(), signed(week.change())))
			.toList();
		return new MoodPanel(trend.weeks().size(), svg, rows, overall.entries(), oneDecimal(overall.averageBefore()),
				oneDecimal(overall.averageAfter()), signed(overall.change()));
	}

	LadderChart ladderChart(LadderState state) {
		LocalDate start = state.assignment().startDate();
		LocalDate today = state.today();
		int length = (int) Math.max(0, ChronoUnit.DAYS.between(start, today));
		List<StepChange> history = state.history();
		List<Level> levels = new ArrayList<>();
		levels.add(new Level(0, history.get(0).from()));
		List<String> spoken = new ArrayList<>();
		spoken.add(this.words.get("insights.ladder.from", history.get(0).from(), this.words.day(start)));
		int highest = Math.max(state.ladder().steps().size(), history.get(0).from());
		for (StepChange change : history) {
			LocalDate day = change.changedAt().atZone(state.timezone()).toLocalDate();
			int at = (int) Math.max(0, Math.min(length, ChronoUnit.DAYS.between(start, day)));
			levels.add(new Level(at, change.to()));
			spoken.add(this.words.get("insights.ladder.from", change.to(), this.words.day(day)));
			highest = Math.max(highest, change.to());
		}
		String name = this.words.get("insights.ladder.chart",
				spoken.stream().collect(Collectors.joining(this.words.get("insights.list.semicolon"))),
				state.ladder().currentStep(), state.ladder().steps().size());
		String svg = SvgChart.steps("ladder-chart-" + state.assignment().id(), name, levels, length, highest,
				this.words.week(start), this.words.week(today));
		return new LadderChart(svg);
	}

	static String oneDecimal(Double value) {
		return (value == null) ? null : String.format(Locale.ROOT, "%.1f", value);
	}

	/** A change with its sign, as people write it: +1.5, -0.5, 0.0. */
	static String signed(Double change) {
		if (change == null) {
			return null;
		}
		if (change == 0) {
			return "0.0";
		}
		String text = String.valueOf(change);
		return (change > 0) ? "+" + text : text;
	}

	/**
	 * What the page shows with one assignment.
	 *
	 * @param mood null without moods
	 * @param ladder null without a ladder that changed step
	 */
	record Content(UUID assignmentId, MoodPanel mood, LadderChart ladder) {
	}

	/**
	 * @param before the average before over all weeks, with one decimal
	 * @param change the change over all weeks, with its sign
	 */
	record MoodPanel(int weeks, String chart, List<MoodRow> rows, int entries, String before, String after,
			String change) {
	}

	record MoodRow(String week, LocalDate weekStart, int entries, Double before, Double after, String change) {
	}

	record LadderChart(String chart) {
	}

}
