package org.bridgework.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.caseload.ClientProfile;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.SkipReason;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.insights.WhatGetsInTheWay.Week;
import org.bridgework.ladders.Ladders;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the insights to pages of other modules without those modules knowing of this one
 * (they could not: insights reads them, so the other way round would be a cycle). After a
 * page was prepared for a clinician, this puts on its model
 * <ul>
 * <li>{@code whatGetsInTheWay}, {@code practiceWeeks} and {@code measuresOverTime} on the
 * client page ({@code review/client}), drawn with {@code insights/panels.html};</li>
 * <li>{@code ladderChart} on a ladder's own page ({@code ladders/edit}) once the ladder
 * has changed step, drawn under its table of step changes with
 * {@code insights/assignment.html}.</li>
 * </ul>
 */
@Configuration
class InsightsOnPages implements WebMvcConfigurer, HandlerInterceptor {

	static final String CLIENT_PAGE = "review/client";

	static final String LADDER_PAGE = "ladders/edit";

	/**
	 * A quarter of a year: long enough to see practice settle, short enough for a phone.
	 */
	static final int PRACTICE_WEEKS = 12;

	private final Insights insights;

	private final InsightsWords words;

	private final Ladders ladders;

	private final InsightsPanels panels;

	private final PracticeWeeksDrawing practiceWeeks;

	private final MeasuresDrawing measures;

	InsightsOnPages(Insights insights, InsightsWords words, Ladders ladders, InsightsPanels panels,
			PracticeWeeksDrawing practiceWeeks, MeasuresDrawing measures) {
		this.measures = measures;
		this.practiceWeeks = practiceWeeks;
		this.insights = insights;
		this.words = words;
		this.ladders = ladders;
		this.panels = panels;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/clients/*", "/assignments/*/ladder", "/assignments/*/ladder/*");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(view.getModel().get("currentUser") instanceof CurrentUser user)
				|| !user.is(Role.CLINICIAN)) {
			return;
		}
		Map<String, Object> model = view.getModel();
		// Each page has read what it shows for the clinician already.
		if (CLIENT_PAGE.equals(view.getViewName()) && model.get("client") instanceof ClientProfile client) {
			view.addObject("whatGetsInTheWay", panel(this.insights.whatGetsInTheWay(user, client.id(), null)));
			view.addObject("practiceWeeks",
					this.practiceWeeks.panel(this.insights.practiceWeeks(user, client.id(), PRACTICE_WEEKS)));
			view.addObject("measuresOverTime", measuresPanel(user, client));
		}
		if (LADDER_PAGE.equals(view.getViewName()) && model.get("ladder") != null
				&& model.get("assignment") instanceof Assignment assignment) {
			this.ladders.find(user, assignment.id())
				.filter((state) -> !state.history().isEmpty())
				.ifPresent((state) -> view.addObject("ladderChart", this.panels.ladderChart(state)));
		}
	}

	/** Questionnaires on the same weeks as practice, each beside the homework done. */
	private MeasuresDrawing.Panel measuresPanel(CurrentUser user, ClientProfile client) {
		return this.measures.panel(this.insights.measuresOverTime(user, client.id(), PRACTICE_WEEKS),
				this.insights.adherenceOutcome(user, client.id(), null, null));
	}

	Panel panel(WhatGetsInTheWay picture) {
		List<SkipReason> reasons = picture.reasonsSeen();
		int[][] values = new int[picture.weeks().size()][reasons.size()];
		for (int w = 0; w < picture.weeks().size(); w++) {
			for (int r = 0; r < reasons.size(); r++) {
				values[w][r] = picture.weeks().get(w).count(reasons.get(r));
			}
		}
		String chart = picture.nothingNoted() ? null
				: SvgChart.stackedBars("what-gets-in-the-way-chart",
						this.words.get("insights.way.chart", picture.weeks().size(), picture.reading().text()),
						picture.weeks().stream().map((week) -> this.words.week(week.weekStart())).toList(),
						reasons.stream().map(this.words::reason).toList(), values);
		List<Row> rows = picture.weeks().stream().map(this::row).toList();
		List<NoteRow> notes = picture.notes()
			.stream()
			.map((note) -> new NoteRow(note.day(), this.words.day(note.day()), note.assignmentTitle(),
					this.words.reason(note.reason()), note.note()))
			.toList();
		return new Panel(picture.weeks().size(), picture.reading().text(), chart, rows, notes, picture.nothingNoted());
	}

	private Row row(Week week) {
		String reasons = week.reasons()
			.stream()
			.map((line) -> this.words.get("insights.way.reasonCount", this.words.reason(line.reason()), line.count()))
			.collect(Collectors.joining(this.words.get("insights.list.comma")));
		return new Row(this.words.week(week.weekStart()), week.weekStart(), week.total(), reasons);
	}

	/**
	 * The section on the client page.
	 *
	 * @param chart the SVG, or null when nothing was noted
	 */
	record Panel(int weeks, String reading, String chart, List<Row> rows, List<NoteRow> notes, boolean empty) {
	}

	/** One week in the table: its label, how many skips, and their reasons in words. */
	record Row(String week, LocalDate weekStart, int total, String reasons) {
	}

	record NoteRow(LocalDate day, String dayText, String practice, String reason, String note) {
	}

}
