package org.bridgework.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert times in the clinician's own zone, named, and how long ago, in the words of
 * i18n/alerts.properties.
 */
class AlertTimesTests {

	private static final Instant NOW = Instant.parse("2026-12-07T14:17:30Z");

	@Test
	void at_showsTheTimeInTheClinicianZone_andNamesTheZone() {
		assertThat(times("Europe/London").at(Instant.parse("2026-12-07T14:05:00Z")))
			.isEqualTo("Mon 7 Dec, 14:05 (Europe/London)");
		assertThat(times("Asia/Kolkata").at(Instant.parse("2026-12-07T14:05:00Z")))
			.isEqualTo("Mon 7 Dec, 19:35 (Asia/Kolkata)");
		assertThat(times("America/New_York").at(Instant.parse("2026-12-07T03:05:00Z")))
			.isEqualTo("Sun 6 Dec, 22:05 (America/New_York)");
	}

	@Test
	void at_addsTheYear_whenItIsNotThisYearInTheClinicianZone() {
		assertThat(times("Europe/London").at(Instant.parse("2025-12-29T09:00:00Z")))
			.isEqualTo("Mon 29 Dec 2025, 09:00 (Europe/London)");
		AlertTimes newYearInAuckland = new AlertTimes(ZoneId.of("Pacific/Auckland"),
				Instant.parse("2026-12-31T12:00:00Z"), messages(), Locale.UK);
		assertThat(newYearInAuckland.at(Instant.parse("2026-12-31T10:00:00Z")))
			.isEqualTo("Thu 31 Dec 2026, 23:00 (Pacific/Auckland)");
	}

	@Test
	void ago_saysHowLongAgoInWholeUnits() {
		AlertTimes times = times("Europe/London");

		assertThat(times.ago(NOW.minusSeconds(59))).isEqualTo("just now");
		assertThat(times.ago(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
		assertThat(times.ago(NOW.minus(Duration.ofMinutes(12).plusSeconds(50)))).isEqualTo("12 minutes ago");
		assertThat(times.ago(NOW.minus(Duration.ofMinutes(61)))).isEqualTo("1 hour ago");
		assertThat(times.ago(NOW.minus(Duration.ofHours(23).plusMinutes(59)))).isEqualTo("23 hours ago");
		assertThat(times.ago(NOW.minus(Duration.ofDays(2)))).isEqualTo("2 days ago");
		assertThat(times.ago(NOW.minus(Duration.ofDays(13)))).isEqualTo("13 days ago");
		assertThat(times.ago(NOW.minus(Duration.ofDays(18)))).isEqualTo("2 weeks ago");
		assertThat(times.ago(NOW.minus(Duration.ofDays(7 * 30)))).isEqualTo("30 weeks ago");
	}

	@Test
	void ago_ofAMomentJustAheadOfThisClock_isJustNow() {
		assertThat(times("Europe/London").ago(NOW.plusSeconds(2))).isEqualTo("just now");
	}

	@Test
	void noTime_isNoText() {
		assertThat(times("Europe/London").at(null)).isNull();
		assertThat(times("Europe/London").ago(null)).isNull();
	}

	private static AlertTimes times(String zone) {
		return new AlertTimes(ZoneId.of(zone), NOW, messages(), Locale.UK);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/alerts");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
