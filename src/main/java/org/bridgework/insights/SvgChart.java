package org.bridgework.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the small charts of the insights as SVG markup: stacked bars, lines and a step
 * line. Pure: the same data always gives the same text, with no page or database behind
 * it. Every chart is an image with a name for screen readers; its numbers are always also
 * in a table next to it, so the picture only repeats what the table says. Series differ
 * in pattern, dash and marker shape as well as in colour, so colour never carries meaning
 * alone. All text is escaped.
 */
final class SvgChart {

	static final int WIDTH = 320;

	static final int PLOT_HEIGHT = 140;

	static final int LEFT = 30;

	static final int RIGHT = 8;

	static final int TOP = 10;

	/** Below the plot: the x labels. */
	static final int AXIS = 22;

	static final int LEGEND_ROW = 16;

	/** Colours with patterns: the pattern alone tells series apart. */
	private static final String[] COLOURS = { "#1f5f8b", "#b4541a", "#2f7d4f", "#7a3e9d", "#8a6d00", "#a12b4f",
			"#4d5b66" };

	private static final String[] PATTERNS = { "", "<path d=\"M0,6 L6,0\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
			"<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#fff\"/>",
			"<path d=\"M0,3 H6\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
			"<path d=\"M3,0 V6\" stroke=\"#fff\" stroke-width=\"1.5\"/>",
			"<path d=\"M0,0 L6,6 M0,6 L6,0\" stroke=\"#fff\" stroke-width=\"1\"/>",
			"<path d=\"M0,0 L6,6\" stroke=\"#fff\" stroke-width=\"1.5\"/>" };

	/** No practice, one, two, three or more: light to deep, each darker than the last. */
	private static final String[] SHADES = { "#ffffff", "#cfe8df", "#3f8f76", "#1f5f4c" };

	/** Bands of a questionnaire, from the lowest: pale, warming as they rise. */
	private static final String[] BAND_SHADES = { "#eaf4ee", "#f4f1dc", "#f8e8d4", "#f7dccd", "#f3d0c8" };

	private SvgChart() {
	}

	/**
	 * Bars side by side, each split into its series.
	 * @param id unique on the page, for the patterns' ids
	 * @param name what the chart shows, read out by screen readers
	 * @param xLabels one per bar
	 * @param seriesNames one per part of a bar, drawn in this order from the bottom
	 * @param values {@code values[bar][series]}, counts of zero or more
	 */
	static String stackedBars(String id, String name, List<String> xLabels, List<String> seriesNames, int[][] values) {
		return stackedBars(id, name, xLabels, seriesNames, values, 0);
	}

	/**
	 * Stacked bars on a scale reaching at least {@code scaleAtLeast}, e.g. 100 for
	 * percentages, so a low week does not look full.
	 */
	static String stackedBars(String id, String name, List<String> xLabels, List<String> seriesNames, int[][] values,
			int scaleAtLeast) {
		int max = scaleAtLeast;
		for (int[] bar : values) {
			int total = 0;
			for (int part : bar) {
				total += part;
			}
			max = Math.max(max, total);
		}
		int top = niceTop(max);
		StringBuilder svg = open(id, name, legendRows(seriesNames.size()));
		svg.append("<defs>");
		for (int s = 0; s < seriesNames.size(); s++) {
			svg.append("<pattern id=\"")
				.append(patternId(id, s))
				.append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"6\" fill=\"")
				.append(COLOURS[s % COLOURS.length])
				.append("\"/>")
				.append(PATTERNS[s % PATTERNS.length])
				.append("</pattern>");
		}
		svg.append("</defs>");
		yAxis(svg, 0, top, tickStep(top));
		double slot = plotWidth() / (double) Math.max(1, values.length);
		double barWidth = Math.max(2, slot * 0.6);
		for (int b = 0; b < values.length; b++) {
			double x = LEFT + slot * b + (slot - barWidth) / 2;
			double base = 0;
			int total = 0;
			for (int s = 0; s < values[b].length; s++) {
				int part = values[b][s];
				if (part <= 0) {
					continue;
				}
				double y0 = y(base, 0, top);
				double y1 = y(base + part, 0, top);
				svg.append("<rect class=\"bar\" x=\"")
					.append(num(x))
					.append("\" y=\"")
					.append(num(y1))
					.append("\" width=\"")
					.append(num(barWidth))
					.append("\" height=\"")
					.append(num(y0 - y1))
					.append("\" fill=\"url(#")
					.append(patternId(id, s))
					.append(")\" stroke=\"#fff\" stroke-width=\"0.5\"/>");
				base += part;
				total += part;
			}
			if (total > 0) {
				text(svg, x + barWidth / 2, y(total, 0, top) - 2, "middle", String.valueOf(total));
			}
		}
		xLabels(svg, xLabels, slot);
		legend(svg, seriesNames, (s, x, y) -> "<rect x=\"" + num(x) + "\" y=\"" + num(y - 9) + "\" width=\"10\""
				+ " height=\"10\" fill=\"url(#" + patternId(id, s) + ")\" stroke=\"#333\" stroke-width=\"0.5\"/>");
		return svg.append("</svg>").toString();
	}

	/**
	 * Lines over the same x positions; a null value leaves a gap. Every other line is
	 * dashed with square markers (the others solid with round ones), so two lines differ
	 * without colour; more would need a third shape.
	 * @param yMin the bottom of the scale
	 * @param yMax the top of the scale
	 */
	static String lines(String id, String name, List<String> xLabels, int yMin, int yMax, List<Line> lines) {
		StringBuilder svg = open(id, name, legendRows(lines.size()));
		yAxis(svg, yMin, yMax, tickStep(yMax - yMin));
		double slot = plotWidth() / (double) Math.max(1, xLabels.size());
		for (int l = 0; l < lines.size(); l++) {
			Line line = lines.get(l);
			StringBuilder path = new StringBuilder();
			boolean pen = false;
			for (int i = 0; i < line.values().size(); i++) {
				Double value = line.values().get(i);
				if (value == null) {
					pen = false;
					continue;
				}
				path.append(pen ? " L" : (path.isEmpty() ? "M" : " M"))
					.append(num(LEFT + slot * (i + 0.5)))
					.append(',')
					.append(num(y(value, yMin, yMax)));
				pen = true;
			}
			if (!path.isEmpty()) {
				svg.append("<path class=\"line\" d=\"")
					.append(path)
					.append("\" fill=\"none\" stroke=\"")
					.append(COLOURS[l % COLOURS.length])
					.append("\" stroke-width=\"2\"")
					.append(dash(l))
					.append("/>");
			}
			for (int i = 0; i < line.values().size(); i++) {
				Double value = line.values().get(i);
				if (value != null) {
					svg.append(marker(l, LEFT + slot * (i + 0.5), y(value, yMin, yMax)));
				}
			}
		}
		xLabels(svg, xLabels, slot);
		legend(svg, lines.stream().map(Line::name).toList(),
				(l, x, y) -> "<path d=\"M" + num(x - 2) + "," + num(y - 4) + " H" + num(x + 14) + "\" stroke=\""
						+ COLOURS[l % COLOURS.length] + "\" stroke-width=\"2\"" + dash(l) + "/>"
						+ marker(l, x + 6, y - 4).replace(" class=\"marker\"", ""));
		return svg.append("</svg>").toString();
	}

	/**
	 * A line that stays level and then steps up or down, like a ladder climbed over time.
	 * @param changes where the level changes, by position from 0 to {@code length}, the
	 * first at 0; later ones in order
	 * @param length the last position (today)
	 * @param levels the highest level (the lowest is 1)
	 * @param startLabel the label under position 0
	 * @param endLabel the label under {@code length}
	 */
	static String steps(String id, String name, List<Level> changes, int length, int levels, String startLabel,
			String endLabel) {
		StringBuilder svg = open(id, name, 0);
		int top = Math.max(2, levels);
		yAxis(svg, 1, top, 1);
		int span = Math.max(1, length);
		if (!changes.isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (int i = 0; i < changes.size(); i++) {
				Level level = changes.get(i);
				double x = LEFT + scale(Math.min(level.at(), span), 0, span, 0, plotWidth());
				double y = y(level.level(), 1, top);
				path.append((i == 0) ? "M" : " H").append(num(x));
				path.append((i == 0) ? "," : " V").append(num(y));
			}
			path.append(" H").append(num(LEFT + plotWidth()));
			svg.append("<path class=\"step-line\" d=\"")
				.append(path)
				.append("\" fill=\"none\" stroke=\"")
				.append(COLOURS[0])
				.append("\" stroke-width=\"2.5\"/>");
			for (Level level : changes) {
				svg.append(marker(0, LEFT + scale(Math.min(level.at(), span), 0, span, 0, plotWidth()),
						y(level.level(), 1, top)));
			}
		}
		double labelY = TOP + PLOT_HEIGHT + 14;
		text(svg, LEFT, labelY, "start", startLabel);
		text(svg, LEFT + plotWidth(), labelY, "end", endLabel);
		return svg.append("</svg>").toString();
	}

	/**
	 * A questionnaire's totals on a time axis of weeks, drawn over its bands, each band
	 * shaded and named inside it where there is room (the table beside it names the band
	 * of every result, so the shade never carries meaning alone).
	 * @param weekLabels one per week of the axis
	 * @param max the highest possible total (the top of the scale)
	 * @param bands lowest first, covering 0 to {@code max}
	 * @param points oldest first, each placed in weeks from the first week's Monday
	 */
	static String bandedLine(String id, String name, List<String> weekLabels, int max, List<Band> bands,
			List<Point> points) {
		StringBuilder svg = open(id, name, 0);
		for (int b = 0; b < bands.size(); b++) {
			Band band = bands.get(b);
			double top = y(Math.min(max, band.to() + 0.5), 0, max);
			double bottom = y(Math.max(0, band.from() - 0.5), 0, max);
			svg.append("<rect class=\"band\" x=\"")
				.append(LEFT)
				.append("\" y=\"")
				.append(num(top))
				.append("\" width=\"")
				.append(plotWidth())
				.append("\" height=\"")
				.append(num(bottom - top))
				.append("\" fill=\"")
				.append(BAND_SHADES[Math.min(b, BAND_SHADES.length - 1)])
				.append("\"/>");
			if (bottom - top >= 11) {
				// On the left: the latest results, which matter most, sit on the right.
				text(svg, LEFT + 3, (top + bottom) / 2 + 3, "start", band.label());
			}
		}
		yAxis(svg, 0, max, tickStep(max));
		double slot = plotWidth() / (double) Math.max(1, weekLabels.size());
		StringBuilder path = new StringBuilder();
		for (Point point : points) {
			path.append(path.isEmpty() ? "M" : " L")
				.append(num(LEFT + slot * point.at()))
				.append(',')
				.append(num(y(point.value(), 0, max)));
		}
		if (!path.isEmpty()) {
			svg.append("<path class=\"line\" d=\"")
				.append(path)
				.append("\" fill=\"none\" stroke=\"")
				.append(COLOURS[0])
				.append("\" stroke-width=\"2\"/>");
		}
		for (Point point : points) {
			svg.append(marker(0, LEFT + slot * point.at(), y(point.value(), 0, max)));
		}
		xLabels(svg, weekLabels, slot);
		return svg.append("</svg>").toString();
	}

	/**
	 * A calendar of days, a column per week (Monday at the top) and a cell per day; a
	 * day's count is written in its cell and its shade deepens with it, so the number,
	 * not the colour, carries the meaning.
	 * @param counts one per day from the first column's Monday, oldest first; a last week
	 * still under way has fewer
	 * @param weekLabels one per column
	 * @param dayLabels seven, Monday first
	 */
	static String calendar(String id, String name, List<Integer> counts, List<String> weekLabels,
			List<String> dayLabels) {
		int columns = Math.max(1, weekLabels.size());
		double cell = Math.min(22, (plotWidth() - 2.0) / columns);
		int height = TOP + 7 * (int) Math.ceil(cell) + AXIS;
		StringBuilder svg = new StringBuilder()
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
			.append(escape(id))
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(name))
			.append("\" font-family=\"sans-serif\" font-size=\"10\">");
		for (int row = 0; row < 7; row++) {
			if (row % 2 == 0) {
				text(svg, LEFT - 4, TOP + cell * row + cell / 2 + 3, "end", dayLabels.get(row));
			}
		}
		for (int i = 0; i < counts.size(); i++) {
			int column = i / 7;
			int row = i % 7;
			double x = LEFT + column * cell;
			double y = TOP + row * cell;
			int count = counts.get(i);
			svg.append("<rect class=\"day\" x=\"")
				.append(num(x + 1))
				.append("\" y=\"")
				.append(num(y + 1))
				.append("\" width=\"")
				.append(num(cell - 2))
				.append("\" height=\"")
				.append(num(cell - 2))
				.append("\" rx=\"2\" fill=\"")
				.append(SHADES[Math.min(count, SHADES.length - 1)])
				.append("\" stroke=\"#999\" stroke-width=\"0.5\"/>");
			if (count > 0) {
				svg.append("<text x=\"")
					.append(num(x + cell / 2))
					.append("\" y=\"")
					.append(num(y + cell / 2 + 3.5))
					.append("\" text-anchor=\"middle\" fill=\"")
					.append((count >= 2) ? "#fff" : "#1f2a30")
					.append("\">")
					.append(count)
					.append("</text>");
			}
		}
		int every = Math.max(1, (columns + 5) / 6);
		for (int c = 0; c < weekLabels.size(); c += every) {
			text(svg, LEFT + c * cell + cell / 2, TOP + 7 * cell + 14, "middle", weekLabels.get(c));
		}
		return svg.append("</svg>").toString();
	}

	/** Maps {@code value} from the domain {@code [min, max]} onto {@code [from, to]}. */
	static double scale(double value, double min, double max, double from, double to) {
		if (max == min) {
			return from;
		}
		return from + (value - min) * (to - from) / (max - min);
	}

	/** The top of a count scale: at least 1, rounded up to a whole tick. */
	static int niceTop(int max) {
		if (max <= 0) {
			return 1;
		}
		int step = tickStep(max);
		return ((max + step - 1) / step) * step;
	}

	/** A round step (1, 2, 5, 10, 20, ...) that gives at most five intervals. */
	static int tickStep(int span) {
		int step = 1;
		while (true) {
			for (int factor : new int[] { 1, 2, 5 }) {
				if (span <= step * factor * 5) {
					return step * factor;
				}
			}
			step *= 10;
		}
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static StringBuilder open(String id, String name, int legendRows) {
		int height = TOP + PLOT_HEIGHT + AXIS + legendRows * LEGEND_ROW;
		return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
			.append(escape(id))
			.append("\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(name))
			.append("\" font-family=\"sans-serif\" font-size=\"10\">");
	}

	private static void yAxis(StringBuilder svg, int min, int max, int step) {
		for (int tick = min; tick <= max; tick += step) {
			double y = y(tick, min, max);
			svg.append("<line x1=\"")
				.append(LEFT)
				.append("\" x2=\"")
				.append(LEFT + plotWidth())
				.append("\" y1=\"")
				.append(num(y))
				.append("\" y2=\"")
				.append(num(y))
				.append("\" stroke=\"#ccc\" stroke-width=\"0.5\"/>");
			text(svg, LEFT - 4, y + 3, "end", String.valueOf(tick));
		}
	}

	private static void xLabels(StringBuilder svg, List<String> labels, double slot) {
		int every = Math.max(1, (labels.size() + 7) / 8);
		for (int i = 0; i < labels.size(); i++) {
			if (i % every == 0) {
				text(svg, LEFT + slot * (i + 0.5), TOP + PLOT_HEIGHT + 14, "middle", labels.get(i));
			}
		}
	}

	private static void legend(StringBuilder svg, List<String> names, Swatch swatch) {
		double half = WIDTH / 2.0;
		for (int i = 0; i < names.size(); i++) {
			double x = 6 + (i % 2) * half;
			double y = TOP + PLOT_HEIGHT + AXIS + (i / 2) * LEGEND_ROW + 10;
			svg.append(swatch.draw(i, x, y));
			text(svg, x + 18, y, "start", names.get(i));
		}
	}

	private static String marker(int series, double x, double y) {
		String colour = COLOURS[series % COLOURS.length];
		if (series % 2 == 1) {
			return "<rect class=\"marker\" x=\"" + num(x - 3.5) + "\" y=\"" + num(y - 3.5)
					+ "\" width=\"7\" height=\"7\" fill=\"#fff\" stroke=\"" + colour + "\" stroke-width=\"2\"/>";
		}
		return "<circle class=\"marker\" cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"3.5\" fill=\"" + colour
				+ "\"/>";
	}

	private static String dash(int series) {
		return (series % 2 == 1) ? " stroke-dasharray=\"5 3\"" : "";
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
		svg.append("<text x=\"")
			.append(num(x))
			.append("\" y=\"")
			.append(num(y))
			.append("\" text-anchor=\"")
			.append(anchor)
			.append("\" fill=\"#333\">")
			.append(escape(text))
			.append("</text>");
	}

	private static double y(double value, double min, double max) {
		return scale(value, min, max, TOP + PLOT_HEIGHT, TOP);
	}

	private static int plotWidth() {
		return WIDTH - LEFT - RIGHT;
	}

	private static int legendRows(int names) {
		return (names + 1) / 2;
	}

	private static String patternId(String id, int series) {
		return escape(id) + "-p" + series;
	}

	private static String num(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
	}

	/** One line of a line chart, by position; null where there is no value. */
	record Line(String name, List<Double> values) {

		Line {
			values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
		}

	}

	/** A band of a scale, both ends included, with the words drawn inside it. */
	record Band(int from, int to, String label) {
	}

	/** A value at a position on the x axis, in slots from the left edge. */
	record Point(double at, int value) {
	}

	/** From position {@code at} on, the line is at {@code level}. */
	record Level(int at, int level) {
	}

	@FunctionalInterface
	private interface Swatch {

		String draw(int series, double x, double y);

	}

}
