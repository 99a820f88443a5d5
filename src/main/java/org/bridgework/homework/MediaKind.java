package org.bridgework.homework;

import java.util.Optional;

import org.bridgework.library.FieldType;

/**
 * What kind of file a question or a recording takes. The media type is read from the
 * file's first bytes, never from its name or from what the sender claims, so a file is
 * served back only as one of the few types listed here.
 */
enum MediaKind {

	IMAGE("validation.attachment.image"), AUDIO("validation.attachment.audio");

	private static final int RIFF_HEADER = 12;

	private final String refusal;

	MediaKind(String refusal) {
		this.refusal = refusal;
	}

	/** The message code for a file that is not of this kind. */
	String refusal() {
		return this.refusal;
	}

	static Optional<MediaKind> of(FieldType type) {
		return switch (type) {
			case DRAWING, PHOTO -> Optional.of(IMAGE);
			case VOICE_NOTE -> Optional.of(AUDIO);
			default -> Optional.empty();
		};
	}

	/** The file's media type if it is of this kind. */
	Optional<String> detect(byte[] content) {
		return (this == IMAGE) ? image(content) : audio(content);
	}

	private static Optional<String> image(byte[] b) {
		if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (isRiff(b, "WEBP")) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	private static Optional<String> audio(byte[] b) {
		if (startsWith(b, 0, 'O', 'g', 'g', 'S')) {
			return Optional.of("audio/ogg");
		}
		if (startsWith(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
			return Optional.of("audio/webm");
		}
		if (startsWith(b, 4, 'f', 't', 'y', 'p')) {
			return Optional.of("audio/mp4");
		}
		if (isRiff(b, "WAVE")) {
			return Optional.of("audio/wav");
		}
		if (startsWith(b, 0, 'I', 'D', '3') || isMpegAudioFrame(b)) {
			return Optional.of("audio/mpeg");
		}
		return Optional.empty();
	}

	private static boolean isRiff(byte[] b, String format) {
		return b.length >= RIFF_HEADER && startsWith(b, 0, 'R', 'I', 'F', 'F')
				&& startsWith(b, 8, format.charAt(0), format.charAt(1), format.charAt(2), format.charAt(3));
	}

	/** An MPEG audio frame header: eleven sync bits, then layer III, II or I. */
	private static boolean isMpegAudioFrame(byte[] b) {
		return b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) != 0;
	}

	private static boolean startsWith(byte[] b, int offset, int... expected) {
		if (b.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((b[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
