package org.bridgework.exports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void plainCellsStayAsTheyAre() {
		assertThat(Csv.cell("Breathing, slowly")).isEqualTo("\"Breathing, slowly\"");
		assertThat(Csv.cell("Zoë")).isEqualTo("Zoë");
		assertThat(Csv.cell("3")).isEqualTo("3");
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.cell("")).isEmpty();
	}

	@Test
	void quotesCommasAndLineBreaksAreQuotedAsRfc4180Says() {
		assertThat(Csv.cell("She said \"enough\"")).isEqualTo("\"She said \"\"enough\"\"\"");
		assertThat(Csv.cell("first line\nsecond")).isEqualTo("\"first line\nsecond\"");
		assertThat(Csv.cell("a\r\nb")).isEqualTo("\"a\r\nb\"");
		assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
	}

	@Test
	void cellsASpreadsheetWouldRunAsFormulasStayText() {
		assertThat(Csv.cell("=HYPERLINK(\"http://evil\",\"x\")"))
			.isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
		assertThat(Csv.cell("+1+1")).isEqualTo("'+1+1");
		assertThat(Csv.cell("-2")).isEqualTo("'-2");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
		assertThat(Csv.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void aFileStartsWithAByteOrderMarkAndEndsLinesWithCrlf() {
		ExportTable table = new ExportTable("entries", "Entries", List.of("Date", "Note"),
				List.of(List.of("2026-03-02", "Łukasz, \"tired\""), Arrays.asList("2026-03-03", null)), "None");

		byte[] bytes = Csv.of(table);

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFDate,Note\r\n2026-03-02,\"Łukasz, \"\"tired\"\"\"\r\n2026-03-03,\r\n");
	}

}
