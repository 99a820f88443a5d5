package org.bridgework.exports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bridgework.testing.PdfText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTests {

	@Test
	void theTitleBlockAndEveryHeadingAreThereWithUnicodeNamesAsWritten() throws IOException {
		byte[] pdf = Pdf.of("Bridgework record: Zoë Łukasz-Ng", List.of("Clinician: Dr Siobhán Ó Ríordáin"),
				List.of(new ExportTable("goals", "Goals", List.of("Goal"), List.of(List.of("Sleep better — café ☕")),
						"No goals"),
						new ExportTable("skips", "Skipped practice", List.of("Date"), List.of(), "No skips.")),
				"Bridgework record of Zoë", "Page {0} of {1}");

		String text = PdfText.of(pdf);

		assertThat(text).contains("Bridgework record: Zoë Łukasz-Ng", "Clinician: Dr Siobhán Ó Ríordáin", "Goals",
				"Sleep better — café", "Skipped practice", "No skips.", "Page 1 of 1");
	}

	@Test
	void aLongRecordGoesOnOverPagesWithNothingLeftOut() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int number = 1; number <= 400; number++) {
			rows.add(List.of("2026-01-" + number, "Entry number " + number + " ends here",
					"A note that goes on " + "and on ".repeat(number % 7 == 0 ? 60 : 2) + "end" + number));
		}
		byte[] pdf = Pdf.of("Record", List.of(),
				List.of(new ExportTable("entries", "Entries", List.of("Date", "What", "Note"), rows, "None")), "Footer",
				"Page {0} of {1}");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(10);
			String text = new PDFTextStripper().getText(document);
			for (int number = 1; number <= 400; number++) {
				assertThat(text).contains("Entry number " + number + " ends here").contains("end" + number);
			}
			assertThat(text).contains("Page " + document.getNumberOfPages() + " of " + document.getNumberOfPages());
		}
	}

	@Test
	void aCellTallerThanAPageCarriesOnOntoTheNext() throws IOException {
		String longNote = String.join("\n",
				java.util.stream.IntStream.rangeClosed(1, 120)
					.mapToObj((line) -> "line " + line + " of the note")
					.toList());
		byte[] pdf = Pdf.of("Record", List.of(),
				List.of(new ExportTable("entries", "Entries", List.of("Note"), List.of(List.of(longNote)), "None")),
				"Footer", "Page {0} of {1}");

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(new PDFTextStripper().getText(document)).contains("line 1 of the note", "line 120 of the note");
		}
	}

}
