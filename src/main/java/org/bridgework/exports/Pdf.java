package org.bridgework.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a record out as a PDF to file: a title block, then each table under its heading,
 * on landscape A4 pages that break wherever the record needs (a table carries on under
 * its heading and column headings repeated, a long cell carries on onto the next page),
 * numbered "Page 2 of 9" at the foot. The text is set in Liberation Sans, the Unicode
 * font PDFBox ships, embedded, so names like "Zoë" or "Łukasz" print as written; a
 * character the font lacks prints as "?".
 */
final class Pdf {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	private static final float MARGIN = 40;

	private static final float TITLE_SIZE = 18;

	private static final float HEADING_SIZE = 13;

	private static final float TEXT_SIZE = 9;

	private static final float LEADING = 11.5f;

	private static final float PAD = 3;

	/** Words longer than this (in points) break inside a column. */
	private static final float LONGEST_WORD = 70;

	private static final float WIDEST_COLUMN = 260;

	private final PDDocument document;

	private final PDType0Font font;

	private final Map<Integer, String> printable = new HashMap<>();

	private PDPageContentStream page;

	private float y;

	private Pdf(PDDocument document) throws IOException {
		this.document = document;
		try (InputStream in = Pdf.class.getResourceAsStream(FONT)) {
			this.font = PDType0Font.load(document, in);
		}
	}

	/**
	 * @param title the first line, large ("Bridgework record: Zoë Ng")
	 * @param details the lines of the title block under it
	 * @param footer what each page's foot says before its number
	 * @param pageWords the page number's words, with {0} the page and {1} the count
	 */
	static byte[] of(String title, List<String> details, List<ExportTable> tables, String footer, String pageWords) {
		try (PDDocument document = new PDDocument()) {
			Pdf pdf = new Pdf(document);
			pdf.newPage();
			pdf.paragraph(title, TITLE_SIZE);
			for (String detail : details) {
				pdf.paragraph(detail, TEXT_SIZE + 1);
			}
			for (ExportTable table : tables) {
				pdf.table(table);
			}
			pdf.page.close();
			pdf.numberPages(footer, pageWords);
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setProducer("Bridgework");
			info.setCreationDate(Calendar.getInstance());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void newPage() throws IOException {
		if (this.page != null) {
			this.page.close();
		}
		PDPage next = new PDPage(PAGE);
		this.document.addPage(next);
		this.page = new PDPageContentStream(this.document, next);
		this.y = PAGE.getHeight() - MARGIN;
	}

	/** Starts a new page unless this much room is left above the foot. */
	private void ensure(float room) throws IOException {
		if (this.y - room < MARGIN + LEADING) {
			newPage();
		}
	}

	private float width() {
		return PAGE.getWidth() - 2 * MARGIN;
	}

	private void paragraph(String text, float size) throws IOException {
		for (String line : wrap(text, size, width())) {
			ensure(size * 1.3f);
			this.y -= size * 1.3f;
			write(MARGIN, this.y, line, size);
		}
		this.y -= size * 0.4f;
	}

	private void table(ExportTable table) throws IOException {
		this.y -= HEADING_SIZE;
		ensure(HEADING_SIZE * 1.4f + 3 * (LEADING + 2 * PAD));
		heading(table.title());
		if (table.rows().isEmpty()) {
			paragraph(table.empty(), TEXT_SIZE + 1);
			return;
		}
		float[] widths = widths(table);
		List<List<String>> header = cells(table.columns(), widths);
		columnHeadings(widths, header);
		for (List<String> cells : table.rows()) {
			row(table, widths, header, cells(cells, widths));
		}
	}

	private void heading(String text) throws IOException {
		this.y -= HEADING_SIZE * 1.4f;
		write(MARGIN, this.y, text, HEADING_SIZE);
		this.y -= PAD * 2;
	}

	/**
	 * One row of wrapped cells, kept on one page when it fits there, else line by line,
	 * so a row taller than what is left goes on at the top of the next page under the
	 * table's heading and column headings.
	 */
	private void row(ExportTable table, float[] widths, List<List<String>> header, List<List<String>> cells)
			throws IOException {
		float height = lineCount(cells) * LEADING + 2 * PAD;
		boolean fitsOnAPage = height < (PAGE.getHeight() - 2 * MARGIN) / 2;
		if (this.y - (fitsOnAPage ? height : LEADING + 2 * PAD) < MARGIN + LEADING) {
			continueTable(table, widths, header);
		}
		this.y -= PAD;
		for (int line = 0; line < lineCount(cells); line++) {
			if (this.y - LEADING < MARGIN + LEADING) {
				continueTable(table, widths, header);
				this.y -= PAD;
			}
			line(widths, cells, line);
		}
		this.y -= PAD;
		rule(this.y);
	}

	private void continueTable(ExportTable table, float[] widths, List<List<String>> header) throws IOException {
		newPage();
		heading(table.title());
		columnHeadings(widths, header);
	}

	/** The column headings on a grey band, as many lines as the longest takes. */
	private void columnHeadings(float[] widths, List<List<String>> header) throws IOException {
		shade(this.y, lineCount(header) * LEADING + 2 * PAD);
		this.y -= PAD;
		for (int line = 0; line < lineCount(header); line++) {
			line(widths, header, line);
		}
		this.y -= PAD;
		rule(this.y);
	}

	/**
	 * One line of text across the columns: each cell's line of that number, if it has
	 * one.
	 */
	private void line(float[] widths, List<List<String>> cells, int line) throws IOException {
		this.y -= LEADING;
		float x = MARGIN;
		for (int column = 0; column < widths.length; column++) {
			List<String> cell = cells.get(column);
			if (line < cell.size()) {
				write(x + PAD, this.y + 2.5f, cell.get(line), TEXT_SIZE);
			}
			x += widths[column];
		}
	}

	private static int lineCount(List<List<String>> cells) {
		return cells.stream().mapToInt(List::size).max().orElse(1);
	}

	private void shade(float top, float height) throws IOException {
		this.page.setNonStrokingColor(0.9f, 0.9f, 0.9f);
		this.page.addRect(MARGIN, top - height, width(), height);
		this.page.fill();
		this.page.setNonStrokingColor(0f, 0f, 0f);
	}

	private void rule(float at) throws IOException {
		this.page.setStrokingColor(0.6f, 0.6f, 0.6f);
		this.page.setLineWidth(0.5f);
		this.page.moveTo(MARGIN, at);
		this.page.lineTo(MARGIN + width(), at);
		this.page.stroke();
	}

	/**
	 * Column widths: each at least as wide as its longest word (within bounds), the room
	 * left shared out by how much more each column's longest text would take.
	 */
	private float[] widths(ExportTable table) throws IOException {
		int count = table.columns().size();
		float[] least = new float[count];
		float[] wanted = new float[count];
		for (int column = 0; column < count; column++) {
			List<String> texts = new ArrayList<>();
			texts.add(table.columns().get(column));
			for (List<String> row : table.rows()) {
				texts.add((row.get(column) != null) ? row.get(column) : "");
			}
			for (String text : texts) {
				for (String line : printable(text).split("\n")) {
					wanted[column] = Math.max(wanted[column], width(line, TEXT_SIZE));
					for (String word : line.split(" ")) {
						least[column] = Math.max(least[column], width(word, TEXT_SIZE));
					}
				}
			}
			least[column] = Math.min(least[column], LONGEST_WORD) + 2 * PAD;
			wanted[column] = Math.max(least[column], Math.min(wanted[column] + 2 * PAD, WIDEST_COLUMN));
		}
		float leastSum = 0;
		float extraSum = 0;
		for (int column = 0; column < count; column++) {
			leastSum += least[column];
			extraSum += wanted[column] - least[column];
		}
		float[] widths = new float[count];
		float used = 0;
		for (int column = 0; column < count; column++) {
			if (leastSum >= width()) {
				widths[column] = width() * least[column] / leastSum;
			}
			else {
				float share = (extraSum > 0) ? Math.min(1, (width() - leastSum) / extraSum) : 0;
				widths[column] = least[column] + (wanted[column] - least[column]) * share;
			}
			used += widths[column];
		}
		for (int column = 0; column < count; column++) {
			widths[column] += (width() - used) / count;
		}
		return widths;
	}

	private List<List<String>> cells(List<String> row, float[] widths) throws IOException {
		List<List<String>> cells = new ArrayList<>();
		for (int column = 0; column < widths.length; column++) {
			String cell = row.get(column);
			cells.add(wrap((cell == null) ? "" : cell, TEXT_SIZE, widths[column] - 2 * PAD));
		}
		return cells;
	}

	/** Breaks text into lines that fit: at spaces, within a word too long for a line. */
	List<String> wrap(String text, float size, float room) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String paragraph : printable(text).split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String tried = line.isEmpty() ? word : line + " " + word;
				if (width(tried, size) <= room) {
					line.setLength(0);
					line.append(tried);
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
				}
				for (int at = 0; at < word.length();) {
					int end = at + 1;
					while (end < word.length() && width(word.substring(at, end + 1), size) <= room) {
						end++;
					}
					if (end < word.length()) {
						lines.add(word.substring(at, end));
					}
					else {
						line.append(word, at, end);
					}
					at = end;
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private float width(String text, float size) throws IOException {
		return this.font.getStringWidth(text) / 1000 * size;
	}

	/**
	 * The text with what the font cannot print replaced, tabs and odd spaces as spaces.
	 */
	private String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach((point) -> {
			if (point == '\n') {
				out.append('\n');
			}
			else if (Character.isWhitespace(point) || Character.isSpaceChar(point)) {
				out.append(' ');
			}
			else if (!Character.isISOControl(point)) {
				out.append(this.printable.computeIfAbsent(point, this::glyphOrMark));
			}
		});
		return out.toString();
	}

	private String glyphOrMark(int point) {
		String character = new String(Character.toChars(point));
		try {
			this.font.encode(character);
			return character;
		}
		catch (IOException | IllegalArgumentException ex) {
			return "?";
		}
	}

	private void write(float x, float at, String text, float size) throws IOException {
		this.page.beginText();
		this.page.setFont(this.font, size);
		this.page.newLineAtOffset(x, at);
		this.page.showText(text);
		this.page.endText();
	}

	private void numberPages(String footer, String pageWords) throws IOException {
		int count = this.document.getNumberOfPages();
		for (int number = 1; number <= count; number++) {
			try (PDPageContentStream foot = new PDPageContentStream(this.document, this.document.getPage(number - 1),
					AppendMode.APPEND, true, true)) {
				String words = printable(footer + " · "
						+ pageWords.replace("{0}", String.valueOf(number)).replace("{1}", String.valueOf(count)));
				foot.beginText();
				foot.setFont(this.font, TEXT_SIZE - 1);
				foot.newLineAtOffset(MARGIN, MARGIN / 2);
				foot.showText(words);
				foot.endText();
			}
		}
	}

}
