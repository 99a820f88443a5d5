package org.bridgework.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Alert times as a clinician reads them: in their own time zone, with the zone named
 * ("Mon 7 Dec, 14:05 (Europe/London)", the year added when it is not this year), and how
 * long ago ("12 minutes ago"). Made for one page view: "ago" is as of {@code now}. Its
 * methods are public for the pages' expressions.
 */
final class AlertTimes {

	private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

	private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

	private final ZoneId zone;

	private final Instant now;

	private final MessageSource messages;

	private final Locale locale;

	AlertTimes(ZoneId zone, Instant now, MessageSource messages, Locale locale) {
		this.zone = zone;
		this.now = now;
		this.messages = messages;
		this.locale = locale;
	}

	/** "Mon 7 Dec, 14:05 (Europe/London)", or null for no time. */
	public String at(Instant at) {
		if (at == null) {
			return null;
		}
		ZonedDateTime local = at.atZone(this.zone);
		DateTimeFormatter format = (local.getYear() == this.now.atZone(this.zone).getYear()) ? THIS_YEAR : OTHER_YEAR;
		return format.format(local) + " (" + this.zone.getId() + ")";
	}

	/**
	 * "just now", "12 minutes ago", "3 hours ago", "2 days ago", "5 weeks ago"; a time a
	 * moment ahead of the server's clock (another node's) counts as just now.
	 */
	public String ago(Instant at) {
		if (at == null) {
			return null;
		}
		Duration since = Duration.between(at, this.now);
		if (since.toMinutes() < 1) {
			return word("alerts.ago.justNow");
		}
		if (since.toHours() < 1) {
			return word("alerts.ago.minutes", since.toMinutes());
		}
		if (since.toDays() < 1) {
			return word("alerts.ago.hours", since.toHours());
		}
		if (since.toDays() < 14) {
			return word("alerts.ago.days", since.toDays());
		}
		return word("alerts.ago.weeks", since.toDays() / 7);
	}

	public String zoneName() {
		return this.zone.getId();
	}

	private String word(String code, Object... args) {
		return this.messages.getMessage(code, args, this.locale);
	}

}
