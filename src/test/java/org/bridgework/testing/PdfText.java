package org.bridgework.testing;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF as PDFBox reads it back, page after page, for tests of what an
 * exported record says.
 */
public final class PdfText {

	private PdfText() {
	}

	public static String of(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
