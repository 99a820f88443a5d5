package org.bridgework.identity;

import java.time.ZoneId;

import org.bridgework.shared.TimeZones;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's time zone for clinicians and admins who have not chosen their own
 * ({@code bridgework.default-timezone}). Empty: the server's own zone. A name we do not
 * accept stops the start with a message that says so, rather than showing times in a zone
 * nobody meant.
 *
 * @param defaultTimezone an IANA zone such as {@code Europe/London}, or empty
 */
@ConfigurationProperties("bridgework")
record DefaultTimeZoneProperties(String defaultTimezone) {

	DefaultTimeZoneProperties {
		if (defaultTimezone != null && !defaultTimezone.isBlank() && !TimeZones.isAccepted(defaultTimezone)) {
			throw new IllegalArgumentException("bridgework.default-timezone (BRIDGEWORK_DEFAULT_TIMEZONE) is '"
					+ defaultTimezone + "', which is not a time zone we know: use an IANA name such as Europe/London");
		}
		defaultTimezone = (defaultTimezone == null || defaultTimezone.isBlank()) ? null : defaultTimezone.trim();
	}

	ZoneId zone() {
		return (this.defaultTimezone != null) ? ZoneId.of(this.defaultTimezone) : ZoneId.systemDefault();
	}

}
