package org.bridgework.reminders;

import org.bridgework.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feed itself, fetched by a phone's calendar without signing in: the secret
 * in the address is the key. Unknown and revoked addresses answer 404 alike.
 */
@RestController
class CalendarFeedController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		String calendar = this.feeds.calendar(token).orElseThrow(() -> new NotFoundException("Calendar"));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header("X-Robots-Tag", "noindex")
			.body(calendar);
	}

}
