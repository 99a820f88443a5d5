package org.bridgework.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * "just now", "5 minutes ago", "3 hours ago", "2 days ago": when something happened to a
 * person's own account, in words that need no time zone.
 */
@Component
class TimeAgo {

	private final Messages messages;

	private final Clock clock;

	TimeAgo(Messages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	String since(Instant then) {
		Duration since = Duration.between(then, this.clock.instant());
		if (since.toMinutes() < 1) {
			return this.messages.get("devices.ago.now");
		}
		if (since.toHours() < 1) {
			return this.messages.get("devices.ago.minutes", since.toMinutes());
		}
		if (since.toDays() < 1) {
			return this.messages.get("devices.ago.hours", since.toHours());
		}
		return this.messages.get("devices.ago.days", since.toDays());
	}

}
