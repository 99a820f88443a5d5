package org.bridgework.reminders;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses of calendar feeds: under {@code bridgework.reminders.base-url} when set,
 * else the address of the request that asked for one.
 */
@Component
class FeedLinks {

	private final RemindersProperties properties;

	FeedLinks(RemindersProperties properties) {
		this.properties = properties;
	}

	String feedUrl(String token) {
		String base = (this.properties.baseUrl() != null) ? this.properties.baseUrl()
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + "/calendar/" + token + ".ics";
	}

	/** The same address for a phone's calendar to subscribe to. */
	static String webcal(String url) {
		return url.replaceFirst("^https?://", "webcal://");
	}

}
