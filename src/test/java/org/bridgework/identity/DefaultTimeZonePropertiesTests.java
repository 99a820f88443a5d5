package org.bridgework.identity;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The installation's default time zone: the one named, else the server's; a name we do
 * not know stops the start and says which setting to fix.
 */
class DefaultTimeZonePropertiesTests {

	@Test
	void aNamedZone_isTheDefault() {
		assertThat(new DefaultTimeZoneProperties(" America/Chicago ").zone()).isEqualTo(ZoneId.of("America/Chicago"));
		assertThat(new DefaultTimeZoneProperties("UTC").zone()).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void noZone_isTheServersOwn() {
		assertThat(new DefaultTimeZoneProperties(null).zone()).isEqualTo(ZoneId.systemDefault());
		assertThat(new DefaultTimeZoneProperties("  ").zone()).isEqualTo(ZoneId.systemDefault());
	}

	@Test
	void aZoneWeDoNotKnow_isRefusedNamingTheSetting() {
		assertThatThrownBy(() -> new DefaultTimeZoneProperties("Mars/Olympus_Mons"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("BRIDGEWORK_DEFAULT_TIMEZONE")
			.hasMessageContaining("Mars/Olympus_Mons");
		assertThatThrownBy(() -> new DefaultTimeZoneProperties("+02:00")).isInstanceOf(IllegalArgumentException.class);
	}

}
