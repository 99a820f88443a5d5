package org.bridgework.erasure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed confirmation: the client's name, whatever the capitals, accents and spaces,
 * and nothing else.
 */
class ErasuresTests {

	@Test
	void sameName_acceptsTheNameAsTyped_withoutAccentsCapitalsOrExtraSpaces() {
		assertThat(Erasures.sameName("Zoë Ng", "Zoë Ng")).isTrue();
		assertThat(Erasures.sameName("zoe ng", "Zoë Ng")).isTrue();
		assertThat(Erasures.sameName("  ZOE   NG ", "Zoë Ng")).isTrue();
		assertThat(Erasures.sameName("Zoe\u0308 Ng", "Zoë Ng")).isTrue();
	}

	@Test
	void sameName_refusesAnotherNameAPartOfItAndNothing() {
		assertThat(Erasures.sameName("Zoë", "Zoë Ng")).isFalse();
		assertThat(Erasures.sameName("Zoë Ngo", "Zoë Ng")).isFalse();
		assertThat(Erasures.sameName("", "Zoë Ng")).isFalse();
		assertThat(Erasures.sameName("   ", "Zoë Ng")).isFalse();
		assertThat(Erasures.sameName(null, "Zoë Ng")).isFalse();
	}

}
