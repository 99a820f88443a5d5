package org.bridgework.homework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a file clients and clinicians may add. A few minutes of voice note or a phone
 * photo fits in the default; a guided recording may be longer.
 *
 * @param maxMegabytes the largest drawing, photo or voice note a client adds to an entry
 * @param maxRecordingMegabytes the largest guided recording a clinician adds to an
 * assignment
 */
@ConfigurationProperties("bridgework.attachments")
public record AttachmentProperties(@DefaultValue("10") int maxMegabytes,
		@DefaultValue("40") int maxRecordingMegabytes) {

	static final long MEGABYTE = 1024L * 1024L;

	public long maxBytes() {
		return this.maxMegabytes * MEGABYTE;
	}

	public long maxRecordingBytes() {
		return this.maxRecordingMegabytes * MEGABYTE;
	}

}
