package org.bridgework.insights;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseloadDrawingTests {

	@Test
	void aLongNameIsShortenedToFitUnderItsBar() {
		assertThat(CaseloadDrawing.shortened("Breathing", 12)).isEqualTo("Breathing");
		assertThat(CaseloadDrawing.shortened("Cognitive reframe log", 12)).isEqualTo("Cognitive r\u2026");
		assertThat(CaseloadDrawing.shortened("Cognitive reframe log", 11)).isEqualTo("Cognitive\u2026");
	}

}
