package org.bridgework.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Real files of the kinds clients add to entries, made in the test, and files that only
 * pretend to be one.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	/** A small PNG drawing a browser can show. */
	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	/** Half a second of silence as 8 kHz, 8-bit mono WAV. */
	public static byte[] wav() {
		return wav(0.5);
	}

	/** Silence of the given length as 8 kHz, 8-bit mono WAV. */
	public static byte[] wav(double seconds) {
		int samples = (int) (8000 * seconds);
		ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
		wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples);
		wav.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
		wav.putInt(8000).putInt(8000).putShort((short) 1).putShort((short) 8);
		wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples);
		for (int i = 0; i < samples; i++) {
			wav.put((byte) 128);
		}
		return wav.array();
	}

	/** A web page, whatever name and media type it is sent with. */
	public static byte[] html() {
		return "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
	}

	/** A drawing format that can carry script, so it is not taken. */
	public static byte[] svg() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Bytes that start like a PNG and go on for {@code size} bytes. */
	public static byte[] pngOfSize(int size) {
		byte[] header = png();
		byte[] bytes = new byte[size];
		System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
		return bytes;
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.WHITE);
		graphics.fillRect(0, 0, 48, 32);
		graphics.setColor(new Color(40, 90, 160));
		graphics.fillOval(8, 4, 24, 24);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
