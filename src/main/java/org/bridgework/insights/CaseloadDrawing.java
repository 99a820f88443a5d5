package org.bridgework.insights;

import java.util.List;
import java.util.stream.Collectors;

import org.bridgework.insights.CaseloadPractice.ReasonShare;
import org.bridgework.insights.CaseloadPractice.TemplateLine;
import org.bridgework.insights.WhatGetsInTheWay.ReasonCount;

import org.springframework.stereotype.Component;

/**
 * Draws homework across the caseload for the clinician's page: a sentence per practice, a
 * chart of the practices planned most with the table of them all, and what got in the
 * way. Small numbers are said to be small, and nothing claims why.
 */
@Component
class CaseloadDrawing {

	/** Fewer planned occurrences than this are too few to read much into. */
	static final int FEW = 10;

	/** Bars that still fit a phone with a readable label under each. */
	static final int CHART_BARS = 6;

	static final int PERCENT = 100;

	/** About how wide a label's letter is in the chart, in its own units. */
	private static final double LETTER_WIDTH = 6;

	private final InsightsWords words;

	CaseloadDrawing(InsightsWords words) {
		this.words = words;
	}

	View view(CaseloadPractice practice) {
		if (practice.nothingYet()) {
			return new View(practice.weeks(), true, List.of(), null, null, List.of(), null, List.of());
		}
		List<TemplateLine> planned = practice.templates().stream().filter((line) -> line.expected() > 0).toList();
		List<TemplateLine> charted = planned.subList(0, Math.min(CHART_BARS, planned.size()));
		String chart = charted.isEmpty() ? null : chart(charted, practice.weeks());
		String chartNote = (charted.size() < practice.templates().size() && chart != null)
				? this.words.get("insights.caseload.chartSome", charted.size(), practice.templates().size()) : null;
		return new View(practice.weeks(), false, practice.templates().stream().map(this::reading).toList(), chart,
				chartNote, practice.templates().stream().map(this::row).toList(), reasonsReading(practice),
				practice.skipReasons().stream().map(this::reasonRow).toList());
	}

	/** "Breathing was done 18 of 24 planned times (75%) across 4 clients." */
	String reading(TemplateLine line) {
		if (line.expected() == 0) {
			return this.words.get("insights.caseload.reading.nothingPlanned", line.name(), line.clients());
		}
		String reading = this.words.get("insights.caseload.reading.done", line.name(), line.completed(),
				line.expected(), percent(line.rate()), line.clients());
		return (few(line) == null) ? reading : reading + " " + few(line);
	}

	private String few(TemplateLine line) {
		return (line.expected() > 0 && line.expected() < FEW) ? this.words.get("insights.caseload.few", line.expected())
				: null;
	}

	private String chart(List<TemplateLine> lines, int weeks) {
		int maxLetters = (int) Math.max(4,
				(SvgChart.WIDTH - SvgChart.LEFT - SvgChart.RIGHT) / (double) lines.size() / LETTER_WIDTH);
		List<String> labels = lines.stream().map((line) -> shortened(line.name(), maxLetters)).toList();
		int[][] values = lines.stream()
			.map((line) -> new int[] { line.completed(), line.skipped(), line.notRecorded() })
			.toArray(int[][]::new);
		String parts = lines.stream()
			.map((line) -> this.words.get("insights.caseload.chartPart", line.name(), line.completed(), line.expected(),
					line.skipped()))
			.collect(Collectors.joining(this.words.get("insights.list.semicolon")));
		return SvgChart.stackedBars("caseload-practice-chart",
				this.words.get("insights.caseload.chart", lines.size(), weeks, parts), labels,
				List.of(this.words.get("insights.caseload.series.done"),
						this.words.get("insights.caseload.series.skipped"),
						this.words.get("insights.caseload.series.notRecorded")),
				values);
	}

	private Row row(TemplateLine line) {
		String done = (line.expected() == 0) ? this.words.get("insights.caseload.nothingPlanned")
				: this.words.get("insights.caseload.doneOf", line.completed(), line.expected(), percent(line.rate()));
		return new Row(line.name(), line.clients(), done, line.skipped(),
				line.reasons().isEmpty() ? null : reasons(line.reasons()), few(line));
	}

	private String reasons(List<ReasonCount> reasons) {
		return reasons.stream()
			.map((line) -> this.words.get("insights.way.reasonCount", this.words.reason(line.reason()), line.count()))
			.collect(Collectors.joining(this.words.get("insights.list.comma")));
	}

	private String reasonsReading(CaseloadPractice practice) {
		List<ReasonShare> reasons = practice.skipReasons();
		if (reasons.isEmpty()) {
			return this.words.get("insights.caseload.way.none");
		}
		int total = reasons.stream().mapToInt(ReasonShare::count).sum();
		int most = reasons.get(0).count();
		List<String> top = reasons.stream()
			.filter((reason) -> reason.count() == most)
			.map((reason) -> this.words.get("insights.quoted", this.words.reason(reason.reason())))
			.toList();
		if (top.size() == 1) {
			return this.words.get("insights.caseload.way.reading", top.get(0), most, total);
		}
		String joined = String.join(this.words.get("insights.list.comma"), top.subList(0, top.size() - 1))
				+ this.words.get("insights.list.and") + top.get(top.size() - 1);
		return this.words.get("insights.caseload.way.readingSeveral", joined, most, total);
	}

	private ReasonRow reasonRow(ReasonShare share) {
		return new ReasonRow(this.words.reason(share.reason()), share.count(),
				this.words.get("insights.caseload.way.percent", percent(share.share())));
	}

	static String shortened(String name, int maxLetters) {
		return (name.length() <= maxLetters) ? name : name.substring(0, maxLetters - 1).strip() + "\u2026";
	}

	private static long percent(Double share) {
		return Math.round(share * PERCENT);
	}

	/**
	 * The page.
	 *
	 * @param empty no client had homework in these weeks
	 * @param readings a sentence per practice, in the table's order
	 * @param chart the SVG, or null when nothing was planned
	 * @param chartNote says the chart leaves some practices to the table, or null
	 * @param reasonsReading what got in the way most, in words
	 */
	record View(int weeks, boolean empty, List<String> readings, String chart, String chartNote, List<Row> rows,
			String reasonsReading, List<ReasonRow> reasons) {
	}

	/**
	 * @param few says the numbers are too few to read much into, or null
	 */
	record Row(String name, int clients, String done, int skipped, String reasons, String few) {
	}

	record ReasonRow(String reason, int count, String share) {
	}

}
