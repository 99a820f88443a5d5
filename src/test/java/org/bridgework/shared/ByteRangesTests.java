package org.bridgework.shared;

import java.util.Arrays;

import org.bridgework.shared.ByteRanges.Range;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ByteRangesTests {

	private static final long SIZE = 1000;

	@Test
	void oneRangeIsReadAsAsked() {
		assertThat(ByteRanges.parse("bytes=0-99", SIZE)).hasValue(new Range(0, 99));
		assertThat(ByteRanges.parse("bytes=900-", SIZE)).hasValue(new Range(900, 999));
		assertThat(ByteRanges.parse("bytes=-100", SIZE)).hasValue(new Range(900, 999));
		assertThat(ByteRanges.parse("bytes=990-5000", SIZE)).hasValue(new Range(990, 999));
		assertThat(ByteRanges.parse("bytes=-5000", SIZE)).hasValue(new Range(0, 999));
	}

	@Test
	void aRangeBeyondTheEndCannotBeServed() {
		assertThat(ByteRanges.parse("bytes=1000-", SIZE)).hasValue(Range.UNSATISFIABLE);
		assertThat(ByteRanges.parse("bytes=-0", SIZE)).hasValue(Range.UNSATISFIABLE);
	}

	@Test
	void whatIsNotOneReadableRangeGetsTheWholeFile() {
		assertThat(ByteRanges.parse(null, SIZE)).isEmpty();
		assertThat(ByteRanges.parse("bytes=0-1,5-6", SIZE)).isEmpty();
		assertThat(ByteRanges.parse("bytes=50-10", SIZE)).isEmpty();
		assertThat(ByteRanges.parse("items=0-5", SIZE)).isEmpty();
		assertThat(ByteRanges.parse("bytes=-", SIZE)).isEmpty();
	}

	@Test
	void anOpenRangeOfALongRecordingIsServedAPieceAtATime() {
		long big = 50L * 1024 * 1024;
		assertThat(ByteRanges.parse("bytes=0-", big)).hasValue(new Range(0, ByteRanges.OPEN_RANGE_BYTES - 1));
		assertThat(ByteRanges.parse("bytes=0-" + (big - 1), big))
			.hasValue(new Range(0, ByteRanges.MOST_BYTES_PER_RESPONSE - 1));
	}

	@Test
	void aPartialAnswerSaysWhichBytesItCarries() {
		byte[] content = new byte[(int) SIZE];
		Arrays.fill(content, (byte) 7);
		ResponseEntity<byte[]> response = ByteRanges.serve(media(content), "bytes=10-19", "note");

		assertThat(response.getStatusCode().value()).isEqualTo(206);
		assertThat(response.getBody()).hasSize(10);
		assertThat(response.getHeaders().getFirst("Content-Range")).isEqualTo("bytes 10-19/1000");
		assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	private static StoredMedia media(byte[] content) {
		return new StoredMedia() {
			@Override
			public String mediaType() {
				return "audio/wav";
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public byte[] read(long offset, int length) {
				return Arrays.copyOfRange(content, (int) offset, (int) offset + length);
			}
		};
	}

}
