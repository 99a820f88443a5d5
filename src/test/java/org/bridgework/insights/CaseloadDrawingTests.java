package org.bridgework.insights;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadDrawingTests {

	static Stream<Arguments> parts() {
		return Stream.of(Arguments.of(new int[] { 18, 4, 2 }, new int[] { 75, 17, 8 }),
				Arguments.of(new int[] { 1, 1, 1 }, new int[] { 34, 33, 33 }),
				Arguments.of(new int[] { 2, 1, 0 }, new int[] { 67, 33, 0 }),
				Arguments.of(new int[] { 3, 0, 0 }, new int[] { 100, 0, 0 }),
				Arguments.of(new int[] { 0, 0, 0 }, new int[] { 0, 0, 0 }),
				Arguments.of(new int[] { 1, 5, 1 }, new int[] { 14, 72, 14 }));
	}

	@ParameterizedTest
	@MethodSource("parts")
	void aBarsPercentagesAddUpToAHundredSoItNeverReads99Or101(int[] parts, int[] percents) {
		assertThat(CaseloadDrawing.percents(parts)).containsExactly(percents);
	}

	@Test
	void aLongNameIsShortenedToFitUnderItsBar() {
		assertThat(CaseloadDrawing.shortened("Breathing", 12)).isEqualTo("Breathing");
		assertThat(CaseloadDrawing.shortened("Cognitive reframe log", 12)).isEqualTo("Cognitive r\u2026");
		assertThat(CaseloadDrawing.shortened("Cognitive reframe log", 11)).isEqualTo("Cognitive\u2026");
	}

}
