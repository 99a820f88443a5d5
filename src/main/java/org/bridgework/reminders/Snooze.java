package org.bridgework.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * "Remind me again": the two choices a client has for one occurrence.
 */
enum Snooze {

	/** Half an hour from now. */
	IN_30_MINUTES,

	/** At 19:00 on the client's clock today; only while that is still ahead. */
	THIS_EVENING;

	static final LocalTime EVENING = LocalTime.of(19, 0);

	/** The choice by its name; anything else is refused naming {@code choice}. */
	static Snooze parse(String name) {
		try {
			return Snooze.valueOf((name != null) ? name.trim() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new org.bridgework.shared.InvalidInputException("choice", "reminders.snooze.choice");
		}
	}

	/**
	 * When the reminder goes out again, or empty when the choice no longer makes sense.
	 */
	Optional<Instant> from(Instant now, ZoneId zone) {
		if (this == IN_30_MINUTES) {
			return Optional.of(now.plus(Duration.ofMinutes(30)));
		}
		ZonedDateTime evening = ReminderSchedule.at(now.atZone(zone).toLocalDate(), EVENING, zone);
		return evening.toInstant().isAfter(now) ? Optional.of(evening.toInstant()) : Optional.empty();
	}

}
