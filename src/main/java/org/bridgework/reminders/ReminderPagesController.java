package org.bridgework.reminders;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's reminder pages: settings (email, quiet hours, each practice, the calendar
 * address) and "remind me later", reached from the email and from Today.
 */
@Controller
class ReminderPagesController {

	private static final String SETTINGS = "reminders/settings";

	private final ReminderSettings settings;

	private final Snoozes snoozes;

	private final CalendarFeeds feeds;

	private final FeedLinks links;

	private final Messages messages;

	ReminderPagesController(ReminderSettings settings, Snoozes snoozes, CalendarFeeds feeds, FeedLinks links,
			Messages messages) {
		this.settings = settings;
		this.snoozes = snoozes;
		this.feeds = feeds;
		this.links = links;
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

	@GetMapping("/me/reminders/snooze/{assignmentId}")
	String snoozePage(CurrentUser client, @PathVariable UUID assignmentId, Model model) {
		model.addAttribute("assignment", this.snoozes.ownAssignment(client, assignmentId));
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
			model.addAttribute("notNow", true);
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
