package org.bridgework.reminders;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.bridgework.homework.OccurrenceStatus;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's reminder pages: settings (email, quiet hours, each practice, the calendar
 * address, notifications on this device and the others) and "remind me later", reached
 * from the email and from Today.
 */
@Controller
class ReminderPagesController {

	private static final String SETTINGS = "reminders/settings";

	private final ReminderSettings settings;

	private final Snoozes snoozes;

	private final CalendarFeeds feeds;

	private final FeedLinks links;

	private final PushSubscriptions push;

	private final Messages messages;

	ReminderPagesController(ReminderSettings settings, Snoozes snoozes, CalendarFeeds feeds, FeedLinks links,
			PushSubscriptions push, Messages messages) {
		this.settings = settings;
		this.snoozes = snoozes;
		this.feeds = feeds;
		this.links = links;
		this.push = push;
		this.messages = messages;
	}

	@GetMapping("/me/reminders")
	String settings(CurrentUser client, Model model) {
		return page(model, this.settings.view(client), FormErrors.none(), null);
	}

	@PostMapping("/me/reminders")
	String change(CurrentUser client, @RequestParam(defaultValue = "false") boolean emailEnabled,
			@RequestParam(defaultValue = "") String quietStart, @RequestParam(defaultValue = "") String quietEnd,
			Model model, HttpServletResponse response) {
		try {
			this.settings.change(client, emailEnabled, quietStart, quietEnd);
			return "redirect:/me/reminders?saved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, this.settings.view(client), FormErrors.of(ex, this.messages), null);
		}
	}

	@PostMapping("/me/reminders/practices/{assignmentId}")
	String changePractice(CurrentUser client, @PathVariable UUID assignmentId,
			@RequestParam(defaultValue = "false") boolean enabled, @RequestParam(defaultValue = "") String reminderTime,
			Model model, HttpServletResponse response) {
		try {
			this.settings.changePractice(client, assignmentId, enabled, reminderTime);
			return "redirect:/me/reminders?saved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, this.settings.view(client), FormErrors.of(ex, this.messages), null);
		}
	}

	/** Shows the new address once, on this answer: only its hash is kept. */
	@PostMapping("/me/reminders/calendar")
	String newCalendar(CurrentUser client, Model model) {
		String url = this.links.feedUrl(this.feeds.create(client).token());
		return page(model, this.settings.view(client), FormErrors.none(), url);
	}

	@PostMapping("/me/reminders/calendar/off")
	String calendarOff(CurrentUser client) {
		this.feeds.revoke(client);
		return "redirect:/me/reminders?calendarOff";
	}

	/**
	 * Turns notifications on for this browser: the page's script fills the form with what
	 * the browser's push service gave it.
	 */
	@PostMapping("/me/reminders/push")
	String turnOnPush(CurrentUser client, @RequestParam(defaultValue = "") String endpoint,
			@RequestParam(defaultValue = "") String p256dh, @RequestParam(defaultValue = "") String auth,
			@RequestHeader(name = "User-Agent", required = false) String userAgent, Model model,
			HttpServletResponse response) {
		try {
			this.push.turnOn(client, endpoint, p256dh, auth, userAgent);
			return "redirect:/me/reminders?pushOn#notifications";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, this.settings.view(client), FormErrors.of(ex, this.messages), null);
		}
	}

	/**
	 * Turns notifications off for one device from the list ({@code id}), or for this
	 * browser, named by its push address ({@code endpoint}).
	 */
	@PostMapping("/me/reminders/push/off")
	String turnOffPush(CurrentUser client, @RequestParam(required = false) UUID id,
			@RequestParam(required = false) String endpoint) {
		if (id != null) {
			this.push.turnOff(client, id);
		}
		else {
			this.push.turnOff(client, endpoint);
		}
		return "redirect:/me/reminders?pushOff#notifications";
	}

	@GetMapping("/me/reminders/snooze/{assignmentId}")
	String snoozePage(CurrentUser client, @PathVariable UUID assignmentId, Model model) {
		model.addAttribute("assignment", this.snoozes.ownAssignment(client, assignmentId));
		this.snoozes.today(client, assignmentId)
			.filter((status) -> status != OccurrenceStatus.DUE)
			.ifPresent((status) -> model.addAttribute("notNow", Snoozes.nothingToRemindOf(status)));
		return "reminders/snooze";
	}

	@PostMapping("/me/reminders/snooze/{assignmentId}")
	String snooze(CurrentUser client, @PathVariable UUID assignmentId, @RequestParam(defaultValue = "") String choice,
			Model model, HttpServletResponse response) {
		model.addAttribute("assignment", this.snoozes.ownAssignment(client, assignmentId));
		try {
			Instant at = this.snoozes.snooze(client, assignmentId, Snooze.parse(choice));
			model.addAttribute("remindAt", at);
			model.addAttribute("zone", this.settings.view(client).timezone());
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FormErrors.of(ex, this.messages));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("notNow", ex.getMessage());
		}
		return "reminders/snooze";
	}

	private static String page(Model model, ReminderSettings.SettingsView view, FormErrors errors, String newFeed) {
		model.addAttribute("settings", view);
		model.addAttribute("errors", errors);
		model.addAttribute("newFeed", newFeed);
		model.addAttribute("newFeedWebcal", (newFeed != null) ? FeedLinks.webcal(newFeed) : null);
		return SETTINGS;
	}

}
