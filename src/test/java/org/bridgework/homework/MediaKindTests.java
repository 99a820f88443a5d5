package org.bridgework.homework;

import java.nio.charset.StandardCharsets;

import org.bridgework.library.FieldType;
import org.bridgework.testing.SampleFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaKindTests {

	@Test
	void picturesAreKnownByTheirFirstBytes() {
		assertThat(MediaKind.IMAGE.detect(SampleFiles.png())).hasValue("image/png");
		assertThat(MediaKind.IMAGE.detect(SampleFiles.jpeg())).hasValue("image/jpeg");
		assertThat(MediaKind.IMAGE.detect(bytes("RIFF\0\0\0\0WEBPVP8 "))).hasValue("image/webp");
	}

	@Test
	void recordingsAreKnownByTheirFirstBytes() {
		assertThat(MediaKind.AUDIO.detect(SampleFiles.wav())).hasValue("audio/wav");
		assertThat(MediaKind.AUDIO.detect(bytes("OggS\0\2\0\0"))).hasValue("audio/ogg");
		assertThat(MediaKind.AUDIO.detect(new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1 }))
			.hasValue("audio/webm");
		assertThat(MediaKind.AUDIO.detect(bytes("\0\0\0\u0020ftypM4A "))).hasValue("audio/mp4");
		assertThat(MediaKind.AUDIO.detect(bytes("ID3\4\0"))).hasValue("audio/mpeg");
		assertThat(MediaKind.AUDIO.detect(new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0 }))
			.hasValue("audio/mpeg");
	}

	@Test
	void anythingElseIsRefusedWhateverItClaims() {
		assertThat(MediaKind.IMAGE.detect(SampleFiles.html())).isEmpty();
		assertThat(MediaKind.IMAGE.detect(SampleFiles.svg())).isEmpty();
		assertThat(MediaKind.IMAGE.detect(SampleFiles.wav())).isEmpty();
		assertThat(MediaKind.AUDIO.detect(SampleFiles.png())).isEmpty();
		assertThat(MediaKind.AUDIO.detect(SampleFiles.jpeg())).isEmpty();
		assertThat(MediaKind.AUDIO.detect(bytes("RIFF\0\0\0\0WEBP"))).isEmpty();
		assertThat(MediaKind.IMAGE.detect(new byte[0])).isEmpty();
		assertThat(MediaKind.AUDIO.detect(new byte[] { (byte) 0xFF })).isEmpty();
	}

	@Test
	void eachFileQuestionTakesItsKind() {
		assertThat(MediaKind.of(FieldType.DRAWING)).hasValue(MediaKind.IMAGE);
		assertThat(MediaKind.of(FieldType.PHOTO)).hasValue(MediaKind.IMAGE);
		assertThat(MediaKind.of(FieldType.VOICE_NOTE)).hasValue(MediaKind.AUDIO);
		assertThat(MediaKind.of(FieldType.SHORT_TEXT)).isEmpty();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
