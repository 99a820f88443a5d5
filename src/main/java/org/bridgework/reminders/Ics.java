package org.bridgework.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets, text
 * escaped. Times are UTC, so no VTIMEZONE is needed and every calendar shows them in the
 * phone's own zone.
 */
final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder text = new StringBuilder();

	Ics line(String name, String value) {
		String line = name + ":" + value;
		byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= 75) {
			this.text.append(line).append("\r\n");
			return this;
		}
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				this.text.append("\r\n ");
				octets = 1;
			}
			this.text.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		this.text.append("\r\n");
		return this;
	}

	Ics text(String name, String value) {
		return line(name,
				value.replace("\\", "\\\\")
					.replace(";", "\\;")
					.replace(",", "\\,")
					.replace("\r\n", "\\n")
					.replace("\n", "\\n"));
	}

	Ics time(String name, Instant at) {
		return line(name, UTC.format(at));
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
