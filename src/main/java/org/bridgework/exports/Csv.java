package org.bridgework.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as an RFC 4180 CSV file that a spreadsheet opens safely: UTF-8 with a byte
 * order mark (so Excel reads "Zoë" as written), lines ending CRLF, a cell quoted when it
 * holds a quote, comma or line break, and a cell that a spreadsheet would run as a
 * formula (one starting {@code = + - @}, a tab or a carriage return) prefixed with a
 * single quote so it stays text.
 */
final class Csv {

	static final String BOM = "\uFEFF";

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private Csv() {
	}

	static byte[] of(ExportTable table) {
		StringBuilder csv = new StringBuilder(BOM);
		line(csv, table.columns());
		table.rows().forEach((row) -> line(csv, row));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int index = 0; index < cells.size(); index++) {
			if (index > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(index)));
		}
		csv.append("\r\n");
	}

	/** One cell, made safe and quoted as needed. */
	static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
