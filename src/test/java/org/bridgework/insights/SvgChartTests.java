package org.bridgework.insights;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.insights.SvgChart.Band;
import org.bridgework.insights.SvgChart.Level;
import org.bridgework.insights.SvgChart.Line;
import org.bridgework.insights.SvgChart.Point;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTests {

	@Test
	void scaleMapsTheDomainOntoTheRangeAndAFlatDomainOntoItsStart() {
		assertThat(SvgChart.scale(0, 0, 10, 150, 10)).isEqualTo(150);
		assertThat(SvgChart.scale(10, 0, 10, 150, 10)).isEqualTo(10);
		assertThat(SvgChart.scale(5, 0, 10, 150, 10)).isEqualTo(80);
		assertThat(SvgChart.scale(3, 3, 3, 0, 100)).isZero();
	}

	@Test
	void theCountScaleRoundsUpToAWholeTickAndIsNeverEmpty() {
		assertThat(SvgChart.niceTop(0)).isEqualTo(1);
		assertThat(SvgChart.niceTop(1)).isEqualTo(1);
		assertThat(SvgChart.niceTop(5)).isEqualTo(5);
		assertThat(SvgChart.niceTop(7)).isEqualTo(8);
		assertThat(SvgChart.niceTop(23)).isEqualTo(25);
		assertThat(SvgChart.tickStep(8)).isEqualTo(2);
		// Moods from 0 to 10: a line every 2.
		assertThat(SvgChart.tickStep(10)).isEqualTo(2);
		assertThat(SvgChart.tickStep(0)).isEqualTo(1);
	}

	@Test
	void barsStackTheirPartsWithATotalOnTopAndALegendPerSeries() {
		String svg = SvgChart.stackedBars("way", "Skips per week", List.of("2 Mar", "9 Mar"),
				List.of("Forgot", "Felt too hard"), new int[][] { { 2, 1 }, { 0, 0 } });

		assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"", "aria-label=\"Skips per week\"");
		// Two parts in the first bar, nothing drawn for the empty second one.
		assertThat(count(svg, "<rect class=\"bar\"")).isEqualTo(2);
		assertThat(svg).contains(">3</text>", ">2 Mar</text>", ">9 Mar</text>", ">Forgot</text>",
				">Felt too hard</text>");
		// Each series has its own pattern, not only its own colour.
		assertThat(svg).contains("<pattern id=\"way-p0\"", "<pattern id=\"way-p1\"", "fill=\"url(#way-p1)\"");
		// The part of 2 is twice as tall as the part of 1 (scale 0..3 over 140 units).
		assertThat(heights(svg)).containsExactly(93.3, 46.7);
	}

	@Test
	void nothingToDrawStillGivesAValidChartWithoutBarsOrBrokenNumbers() {
		String bars = SvgChart.stackedBars("empty", "Nothing yet", List.of(), List.of(), new int[0][]);
		String lines = SvgChart.lines("empty-lines", "Nothing yet", List.of("2 Mar"), 0, 10,
				List.of(new Line("Before", Arrays.asList((Double) null))));
		String steps = SvgChart.steps("empty-steps", "Nothing yet", List.of(), 0, 1, "2 Mar", "2 Mar");

		for (String svg : List.of(bars, lines, steps)) {
			assertThat(svg).startsWith("<svg").endsWith("</svg>").doesNotContain("NaN", "Infinity");
		}
		assertThat(bars).doesNotContain("class=\"bar\"");
		assertThat(lines).doesNotContain("class=\"line\"", "class=\"marker\"");
		assertThat(steps).doesNotContain("class=\"step-line\"");
	}

	@Test
	void oneWeekGivesOneBarAcrossTheMiddle() {
		String svg = SvgChart.stackedBars("one", "One week", List.of("2 Mar"), List.of("Forgot"),
				new int[][] { { 1 } });

		assertThat(count(svg, "<rect class=\"bar\"")).isEqualTo(1);
		// Plot from 30 to 312: one slot of 282, the bar 60% of it, centred.
		assertThat(svg).contains("x=\"86.4\"", "width=\"169.2\"");
	}

	@Test
	void linesBreakAtMissingWeeksAndTellSeriesApartByDashAndMarker() {
		String svg = SvgChart.lines("mood", "Mood", List.of("a", "b", "c"), 0, 10, List
			.of(new Line("Before", Arrays.asList(2.0, null, 4.0)), new Line("After", Arrays.asList(6.0, 7.0, 8.0))));

		assertThat(svg).contains("d=\"M77,122 M265,94\"", "d=\"M77,66 L171,52 L265,38\"");
		assertThat(svg).contains("stroke-dasharray=\"5 3\"", "<circle class=\"marker\"", "<rect class=\"marker\"");
		assertThat(svg).contains(">Before</text>", ">After</text>");
	}

	@Test
	void stepsStayLevelThenClimbAndRunOnToToday() {
		String svg = SvgChart.steps("ladder", "Steps", List.of(new Level(0, 1), new Level(10, 2), new Level(20, 3)), 20,
				3, "2 Mar", "22 Mar");

		assertThat(svg).contains("d=\"M30,150 H171 V80 H312 V10 H312\"");
		assertThat(svg).contains(">2 Mar</text>", ">22 Mar</text>", ">1</text>", ">3</text>");
	}

	@Test
	void aQuestionnaireIsDrawnOverItsBandsWithEachBandNamedWhereThereIsRoom() {
		// PHQ-9 on two weeks: 0-27 over 140 units, so a band of five totals is 25.9 tall.
		List<Band> bands = List.of(new Band(0, 4, "minimal"), new Band(5, 9, "mild"), new Band(10, 14, "moderate"),
				new Band(15, 19, "moderately severe"), new Band(20, 27, "severe"));
		String svg = SvgChart.bandedLine("phq", "PHQ-9 over two weeks", List.of("2 Mar", "9 Mar"), 27, bands,
				List.of(new Point(0.5, 12), new Point(1.5, 27)));

		assertThat(count(svg, "<rect class=\"band\"")).isEqualTo(5);
		assertThat(svg).contains(">minimal</text>", ">moderately severe</text>", ">severe</text>");
		// Each band reaches half a point past its ends (0-4 is drawn 0 to 4.5), within
		// 0-27.
		assertThat(svg).contains("<rect class=\"band\" x=\"30\" y=\"126.7\" width=\"282\" height=\"23.3\"");
		assertThat(svg).contains("<rect class=\"band\" x=\"30\" y=\"10\" width=\"282\" height=\"38.9\"");
		// 12 halfway through the first week, 27 (the top) halfway through the second.
		assertThat(svg).contains("d=\"M100.5,87.8 L241.5,10\"");
		assertThat(count(svg, "class=\"marker\"")).isEqualTo(2);
	}

	@Test
	void aBandTooThinForWordsIsShadedButNotNamed() {
		List<Band> bands = List.of(new Band(0, 30, "below"), new Band(31, 33, "in the zone"),
				new Band(34, 80, "above"));
		String svg = SvgChart.bandedLine("pcl", "PCL-5", List.of("2 Mar"), 80, bands, List.of());

		assertThat(count(svg, "<rect class=\"band\"")).isEqualTo(3);
		assertThat(svg).contains(">below</text>", ">above</text>").doesNotContain(">in the zone</text>");
		assertThat(svg).doesNotContain("class=\"line\"", "class=\"marker\"", "NaN");
	}

	@Test
	void textIsEscapedSoAClientsWordsCannotBecomeMarkup() {
		String svg = SvgChart.stackedBars("x\"><script>", "A <b>name</b> & more", List.of("<i>"), List.of("\"quoted\""),
				new int[][] { { 1 } });

		assertThat(svg).doesNotContain("<script>", "<b>", "<i>")
			.contains("A &lt;b&gt;name&lt;/b&gt; &amp; more", "&lt;i&gt;", "&quot;quoted&quot;");
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static List<Double> heights(String svg) {
		Matcher matcher = Pattern.compile("<rect class=\"bar\"[^>]* height=\"([0-9.]+)\"").matcher(svg);
		List<Double> heights = new java.util.ArrayList<>();
		while (matcher.find()) {
			heights.add(Double.parseDouble(matcher.group(1)));
		}
		return heights;
	}

}
