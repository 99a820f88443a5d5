package org.bridgework.homework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.bridgework.shared.InvalidInputException;

import org.springframework.core.io.InputStreamSource;

/**
 * Reads an uploaded file, never more than one byte past its limit, so an oversized file
 * is refused without being held whole.
 */
final class UploadedBytes {

	private UploadedBytes() {
	}

	static byte[] read(InputStreamSource file, long maxBytes, String field, int maxMegabytes) {
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readNBytes((int) maxBytes + 1);
			if (content.length == 0) {
				throw new InvalidInputException(field, "validation.attachment.empty");
			}
			if (content.length > maxBytes) {
				throw new InvalidInputException(field, "validation.attachment.tooLarge", maxMegabytes);
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
