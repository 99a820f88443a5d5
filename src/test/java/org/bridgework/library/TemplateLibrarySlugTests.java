package org.bridgework.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateLibrarySlugTests {

	@Test
	void aCopysKeyIsTheNameInKebabCase() {
		assertThat(TemplateLibrary.slug("Calm minute, reworded!")).isEqualTo("calm-minute-reworded");
		assertThat(TemplateLibrary.slug("  Café über Sorgen  ")).isEqualTo("cafe-uber-sorgen");
	}

	@Test
	void aNameWithoutLettersStillGivesAKey() {
		assertThat(TemplateLibrary.slug("???")).isEqualTo("template");
		assertThat(TemplateLibrary.slug("日記")).isEqualTo("template");
	}

	@Test
	void aLongNameIsCutWithoutATrailingDash() {
		String slug = TemplateLibrary.slug("a very long name for a template that goes on and on and on");
		assertThat(slug).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-").startsWith("a-very-long-name");
	}

}
