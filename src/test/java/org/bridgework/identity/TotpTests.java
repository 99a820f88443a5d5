package org.bridgework.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * One-time codes as RFC 6238 defines them (its appendix B test vectors for HMAC-SHA1),
 * the window of one step either side, no code twice, and Base32 as RFC 4648 spells it.
 */
class TotpTests {

	/** RFC 6238's SHA-1 key: the ASCII digits 1234567890, twice. */
	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest(name = "at {0} s: {1}")
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void codes_matchTheRfc6238TestVectors(long seconds, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));

		assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_KEY, step)).as("six digits: the last six").isEqualTo(expected.substring(2));
	}

	@Test
	void aCode_isAcceptedOneStepEitherSideOfNow_butNotTwo() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long current = Totp.stepAt(now);

		for (long off = -1; off <= 1; off++) {
			assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, current + off), now, null))
				.hasValue(current + off);
		}
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, current - 2), now, null)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, current + 2), now, null)).isEmpty();
	}

	@Test
	void aCode_isNeverAcceptedForAStepAtOrBeforeTheLastOneUsed() {
		Instant now = Instant.ofEpochSecond(1234567890);
		long current = Totp.stepAt(now);

		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, current), now, current)).as("replayed").isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, current - 1), now, current)).isEmpty();
		assertThat(Totp.matchingStep(RFC_KEY, Totp.code(RFC_KEY, current + 1), now, current)).hasValue(current + 1);
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32_isRfc4648WithoutPadding(String text, String encoded) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

		assertThat(Base32.encode(bytes)).isEqualTo(encoded);
		assertThat(Base32.decode(encoded)).isEqualTo(bytes);
		assertThat(Base32.decode(encoded.toLowerCase() + "======")).as("as typed").isEqualTo(bytes);
	}

	@Test
	void base32_readsAKeyTypedInGroups_andRefusesOtherCharacters() {
		assertThat(Base32.decode("MZXW 6YTB-OI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("MZXW1"));
	}

}
