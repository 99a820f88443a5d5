package org.bridgework.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of a two-step key for an authenticator app to scan, drawn here as an SVG
 * image (no outside service ever sees the key). One path of dark squares on white, with
 * the quiet zone scanners need.
 */
final class TwoStepQrCode {

	private static final int QUIET_ZONE = 4;

	private TwoStepQrCode() {
	}

	/** The code as a {@code data:} URL for an {@code <img>}. */
	static String dataUrl(String text) {
		String svg = svg(text);
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
	}

	static String svg(String text) {
		BitMatrix matrix = matrix(text);
		int size = matrix.getWidth() + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size
				+ "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}

	private static BitMatrix matrix(String text) {
		try {
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
							EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("A two-step link too long for a QR code", ex);
		}
	}

}
