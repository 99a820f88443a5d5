package org.bridgework.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommonPasswordsTests {

	private static final CommonPasswords COMMON = new CommonPasswords();

	@Test
	void shipsTheHundredThousandMostCommonPasswords_countedOnceWhateverTheirCase() {
		assertThat(COMMON.size()).isBetween(95_000, 100_000);
	}

	@Test
	void findsListedPasswords_whateverTheirCase() {
		assertThat(COMMON.contains("password")).isTrue();
		assertThat(COMMON.contains("qwerty123456")).isTrue();
		assertThat(COMMON.contains("QWERTY123456")).isTrue();
		assertThat(COMMON.contains("1Qaz2Wsx3Edc")).isTrue();
	}

	@Test
	void doesNotFindAnUnlistedSentence() {
		assertThat(COMMON.contains("a walk around the block")).isFalse();
		assertThat(COMMON.contains(null)).isFalse();
	}

}
