package org.bridgework.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves a stored file whole or by one byte range (RFC 9110), as audio players ask for.
 * Several ranges in one request are answered with the whole file, which the standard
 * allows. An open-ended range is answered with at most {@link #OPEN_RANGE_BYTES}, so a
 * player streaming a long recording never makes the server hold all of it at once.
 */
public final class ByteRanges {

	static final int OPEN_RANGE_BYTES = 1024 * 1024;

	static final int MOST_BYTES_PER_RESPONSE = 8 * 1024 * 1024;

	private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

	private ByteRanges() {
	}

	/**
	 * The response for a GET of {@code media}.
	 * @param rangeHeader the request's {@code Range} header, or null
	 * @param fileName what the browser calls the file if it is saved
	 */
	public static ResponseEntity<byte[]> serve(StoredMedia media, String rangeHeader, String fileName) {
		long size = media.size();
		Optional<Range> range = parse(rangeHeader, size);
		if (range.isPresent() && range.get().isUnsatisfiable()) {
			return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
				.headers(common(media, fileName))
				.header(HttpHeaders.CONTENT_RANGE, "bytes */" + size)
				.build();
		}
		if (range.isEmpty()) {
			if (size > MOST_BYTES_PER_RESPONSE) {
				return partial(media, new Range(0, OPEN_RANGE_BYTES - 1), fileName);
			}
			return ResponseEntity.ok().headers(common(media, fileName)).body(media.read(0, (int) size));
		}
		return partial(media, range.get(), fileName);
	}

	private static ResponseEntity<byte[]> partial(StoredMedia media, Range range, String fileName) {
		byte[] body = media.read(range.first(), (int) range.length());
		return ResponseEntity.status(HttpStatus.PARTIAL_CONTENT)
			.headers(common(media, fileName))
			.header(HttpHeaders.CONTENT_RANGE,
					"bytes " + range.first() + "-" + (range.first() + body.length - 1) + "/" + media.size())
			.body(body);
	}

	private static HttpHeaders common(StoredMedia media, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(media.mediaType()));
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		headers.setContentDisposition(ContentDisposition.inline().filename(fileName).build());
		// A stored file is only ever shown as the media it is, never run as a page.
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
		return headers;
	}

	/**
	 * The one range asked for, clipped to the file and to what one response carries;
	 * empty when the whole file is wanted (no header, several ranges, or a header this
	 * server does not read).
	 */
	static Optional<Range> parse(String header, long size) {
		if (header == null) {
			return Optional.empty();
		}
		Matcher matcher = SINGLE_RANGE.matcher(header.replace(" ", ""));
		if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
			return Optional.empty();
		}
		if (matcher.group(1).isEmpty()) {
			long suffix = Math.min(Long.parseLong(matcher.group(2)), size);
			return Optional.of((suffix == 0) ? Range.UNSATISFIABLE : clipped(size - suffix, size - 1));
		}
		long first = Long.parseLong(matcher.group(1));
		if (first >= size) {
			return Optional.of(Range.UNSATISFIABLE);
		}
		if (matcher.group(2).isEmpty()) {
			return Optional.of(clipped(first, Math.min(size - 1, first + OPEN_RANGE_BYTES - 1)));
		}
		long last = Long.parseLong(matcher.group(2));
		if (last < first) {
			return Optional.empty();
		}
		return Optional.of(clipped(first, Math.min(last, size - 1)));
	}

	private static Range clipped(long first, long last) {
		return new Range(first, Math.min(last, first + MOST_BYTES_PER_RESPONSE - 1));
	}

	record Range(long first, long last) {

		static final Range UNSATISFIABLE = new Range(-1, -1);

		boolean isUnsatisfiable() {
			return this.first < 0;
		}

		long length() {
			return this.last - this.first + 1;
		}

	}

}
