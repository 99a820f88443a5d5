package org.bridgework.reminders;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.reminders.ClinicianEmailSettings.EmailsView;
import org.bridgework.reminders.DeliveryLog.Delivery;
import org.bridgework.reminders.PushSubscriptions.Device;
import org.bridgework.reminders.ReminderSettings.SettingsView;
import org.bridgework.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reminders in the JSON API: the client's own settings, snoozes, calendar address and
 * devices for notifications; a client's delivery log for their clinicians and admins; and
 * a clinician's own emails.
 */
@RestController
class RemindersApiController {

	private final ReminderSettings settings;

	private final Snoozes snoozes;

	private final CalendarFeeds feeds;

	private final FeedLinks links;

	private final DeliveryLog log;

	private final PushSubscriptions push;

	private final ClinicianEmailSettings clinicianEmails;

	RemindersApiController(ReminderSettings settings, Snoozes snoozes, CalendarFeeds feeds, FeedLinks links,
			DeliveryLog log, PushSubscriptions push, ClinicianEmailSettings clinicianEmails) {
		this.settings = settings;
		this.snoozes = snoozes;
		this.feeds = feeds;
		this.links = links;
		this.log = log;
		this.push = push;
		this.clinicianEmails = clinicianEmails;
	}

	@GetMapping("/api/v1/me/reminders")
	SettingsView reminders(CurrentUser client) {
		return this.settings.view(client);
	}

	@PutMapping("/api/v1/me/reminders")
	SettingsView change(CurrentUser client, @RequestBody(required = false) SettingsRequest body) {
		SettingsRequest request = (body != null) ? body : new SettingsRequest(null, null, null);
		return this.settings.change(client, request.emailEnabled(), request.quietStart(), request.quietEnd());
	}

	@PutMapping("/api/v1/me/reminders/assignments/{assignmentId}")
	SettingsView changePractice(CurrentUser client, @PathVariable UUID assignmentId,
			@RequestBody(required = false) PracticeRequest body) {
		PracticeRequest request = (body != null) ? body : new PracticeRequest(null, null);
		return this.settings.changePractice(client, assignmentId, request.enabled(), request.reminderTime());
	}

	@PostMapping("/api/v1/me/reminders/snoozes")
	SnoozeView snooze(CurrentUser client, @RequestBody(required = false) SnoozeRequest body) {
		if (body == null || body.assignmentId() == null) {
			throw new InvalidInputException("assignmentId", "validation.required");
		}
		Snooze choice = Snooze.parse(body.choice());
		return new SnoozeView(body.assignmentId(), choice.name(),
				this.snoozes.snooze(client, body.assignmentId(), choice));
	}

	@PostMapping("/api/v1/me/calendar-feed")
	ResponseEntity<FeedView> newFeed(CurrentUser client) {
		CalendarFeeds.NewFeed feed = this.feeds.create(client);
		String url = this.links.feedUrl(feed.token());
		return ResponseEntity.created(URI.create(url)).body(new FeedView(url, FeedLinks.webcal(url), feed.createdAt()));
	}

	@DeleteMapping("/api/v1/me/calendar-feed")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeFeed(CurrentUser client) {
		this.feeds.revoke(client);
	}

	/**
	 * A browser's push subscription, as {@code PushSubscription.toJSON()} gives it:
	 * {@code {endpoint, keys: {p256dh, auth}}}.
	 */
	@PostMapping("/api/v1/me/push-subscriptions")
	ResponseEntity<Device> turnOnPush(CurrentUser client, @RequestBody(required = false) PushRequest body,
			@RequestHeader(name = "User-Agent", required = false) String userAgent) {
		PushRequest request = (body != null) ? body : new PushRequest(null, null);
		PushKeysRequest keys = (request.keys() != null) ? request.keys() : new PushKeysRequest(null, null);
		Device device = this.push.turnOn(client, request.endpoint(), keys.p256dh(), keys.auth(), userAgent);
		return ResponseEntity.status(HttpStatus.CREATED).body(device);
	}

	@DeleteMapping("/api/v1/me/push-subscriptions/{deviceId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void turnOffPush(CurrentUser client, @PathVariable UUID deviceId) {
		this.push.turnOff(client, deviceId);
	}

	@GetMapping("/api/v1/me/digest-emails")
	EmailsView clinicianEmails(CurrentUser clinician) {
		return this.clinicianEmails.view(clinician);
	}

	@PutMapping("/api/v1/me/digest-emails")
	EmailsView changeClinicianEmails(CurrentUser clinician, @RequestBody(required = false) EmailsRequest body) {
		EmailsRequest request = (body != null) ? body : new EmailsRequest(null, null, null);
		return this.clinicianEmails.change(clinician, request.dailyDigest(), request.sessionNotes(), request.sendAt());
	}

	@GetMapping("/api/v1/clients/{clientId}/reminder-deliveries")
	List<Delivery> deliveries(CurrentUser actor, @PathVariable UUID clientId) {
		return this.log.forClient(actor, clientId);
	}

	/**
	 * @param quietStart "HH:MM", with {@code quietEnd}; both empty: no quiet hours; both
	 * left out: as they are
	 */
	record SettingsRequest(Boolean emailEnabled, String quietStart, String quietEnd) {
	}

	/**
	 * @param reminderTime "HH:MM"; empty: the practice's own time; left out: as it is
	 */
	record PracticeRequest(Boolean enabled, String reminderTime) {
	}

	record SnoozeRequest(UUID assignmentId, String choice) {
	}

	record PushRequest(String endpoint, PushKeysRequest keys) {
	}

	/** The browser's public key and auth secret, base64url. */
	record PushKeysRequest(String p256dh, String auth) {
	}

	/**
	 * @param sendAt "HH:MM" on the clinician's clock; left out: as it is
	 */
	record EmailsRequest(Boolean dailyDigest, Boolean sessionNotes, String sendAt) {
	}

	record SnoozeView(UUID assignmentId, String choice, Instant remindAt) {
	}

	record FeedView(String url, String webcalUrl, Instant createdAt) {
	}

}
