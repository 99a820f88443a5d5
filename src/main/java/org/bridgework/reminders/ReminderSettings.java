package org.bridgework.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.CurrentUser;
import org.bridgework.reminders.PushSubscriptions.Device;
import org.bridgework.reminders.SettingsStore.AssignmentSettings;
import org.bridgework.reminders.SettingsStore.ClientSettings;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's own reminder settings: email on or off, quiet hours, per practice on or off
 * and the time, and the devices they turned notifications on for. A change is planned at
 * once, so the next reminder already follows it.
 */
@Service
class ReminderSettings {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final CareTeam careTeam;

	private final Assignments assignments;

	private final SettingsStore store;

	private final ReminderPlanner planner;

	private final EmailChannel email;

	private final CalendarFeeds feeds;

	private final PushSubscriptions push;

	private final PushKeys pushKeys;

	private final Clock clock;

	ReminderSettings(CareTeam careTeam, Assignments assignments, SettingsStore store, ReminderPlanner planner,
			EmailChannel email, CalendarFeeds feeds, PushSubscriptions push, PushKeys pushKeys, Clock clock) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.store = store;
		this.planner = planner;
		this.email = email;
		this.feeds = feeds;
		this.push = push;
		this.pushKeys = pushKeys;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	SettingsView view(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-reminder-settings");
		ClientSettings settings = this.store.client(access.clientId());
		Map<UUID, AssignmentSettings> chosen = this.store.assignments(access.clientId());
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		List<PracticeReminder> practices = this.assignments.forClient(client, access.clientId())
			.stream()
			.filter((assignment) -> !assignment.hasEndedBefore(today))
			.sorted(Comparator.comparing(Assignment::title))
			.map((assignment) -> PracticeReminder.of(assignment,
					chosen.getOrDefault(assignment.id(), AssignmentSettings.DEFAULT)))
			.toList();
		return new SettingsView(this.email.configured(), settings.emailEnabled(), QuietView.of(settings.quietHours()),
				access.timezone().getId(), this.feeds.since(access).orElse(null), practices, this.pushKeys.publicKey(),
				this.push.devices(access.clientId()));
	}

	/**
	 * Email on or off (null: as it is) and quiet hours: both times "HH:MM", both empty
	 * for none, both null to leave them as they are.
	 */
	@Transactional
	SettingsView change(CurrentUser client, Boolean emailEnabled, String quietStart, String quietEnd) {
		ClientAccess access = this.careTeam.requireSelf(client, "change-reminder-settings");
		ClientSettings before = this.store.client(access.clientId());
		QuietHours quiet = before.quietHours();
		if (quietStart != null || quietEnd != null) {
			quiet = quietHours(quietStart, quietEnd);
		}
		this.store.saveClient(access.clientId(),
				new ClientSettings((emailEnabled != null) ? emailEnabled : before.emailEnabled(), quiet),
				this.clock.instant());
		this.planner.planClient(access.clientId());
		return view(client);
	}

	/**
	 * One practice's reminder on or off (null: as it is) and its time: "HH:MM", empty for
	 * the practice's own time, null to leave it.
	 */
	@Transactional
	SettingsView changePractice(CurrentUser client, UUID assignmentId, Boolean enabled, String reminderTime) {
		ClientAccess access = this.careTeam.requireSelf(client, "change-reminder-settings");
		Assignment assignment = this.assignments.get(client, assignmentId);
		if (!assignment.clientId().equals(access.clientId())) {
			throw new NotFoundException("Assignment");
		}
		AssignmentSettings before = this.store.assignments(access.clientId())
			.getOrDefault(assignmentId, AssignmentSettings.DEFAULT);
		LocalTime time = before.reminderTime();
		if (reminderTime != null) {
			FieldChecks checks = new FieldChecks();
			time = parse("reminderTime", reminderTime, checks);
			checks.throwIfAny();
		}
		this.store.saveAssignment(assignmentId,
				new AssignmentSettings((enabled != null) ? enabled : before.enabled(), time), this.clock.instant());
		this.planner.planClient(access.clientId());
		return view(client);
	}

	private static QuietHours quietHours(String start, String end) {
		FieldChecks checks = new FieldChecks();
		LocalTime from = parse("quietStart", start, checks);
		LocalTime to = parse("quietEnd", end, checks);
		checks.check(checks.hasProblems() || (from == null) == (to == null), (from == null) ? "quietStart" : "quietEnd",
				"reminders.quiet.both");
		checks.check(checks.hasProblems() || from == null || !from.equals(to), "quietEnd", "reminders.quiet.same");
		checks.throwIfAny();
		return (from != null) ? new QuietHours(from, to) : null;
	}

	private static LocalTime parse(String field, String value, FieldChecks checks) {
		String time = FieldChecks.trimToNull(value);
		if (time == null) {
			return null;
		}
		try {
			return LocalTime.parse(time);
		}
		catch (DateTimeParseException ex) {
			checks.add(field, "reminders.time.invalid");
			return null;
		}
	}

	/**
	 * @param emailAvailable whether the installation can send email at all
	 * @param calendarSince when the client's calendar address was made, or null
	 * @param pushKey the installation's VAPID public key (base64url), the
	 * {@code applicationServerKey} a browser subscribes with
	 * @param pushDevices the devices the client turned notifications on for, newest first
	 */
	record SettingsView(boolean emailAvailable, boolean emailEnabled, QuietView quietHours, String timezone,
			Instant calendarSince, List<PracticeReminder> practices, String pushKey, List<Device> pushDevices) {
	}

	/** Quiet hours as "HH:MM" times. */
	record QuietView(String start, String end) {

		static QuietView of(QuietHours quiet) {
			return (quiet != null) ? new QuietView(hhmm(quiet.start()), hhmm(quiet.end())) : null;
		}

	}

	static String hhmm(LocalTime time) {
		return (time != null) ? time.format(HH_MM) : null;
	}

	/**
	 * One practice's reminder: {@code reminderTime} chosen by the client (null: the
	 * practice's own), {@code time} the one that applies.
	 */
	record PracticeReminder(UUID assignmentId, String title, boolean enabled, String reminderTime, String practiceTime,
			String time) {

		static PracticeReminder of(Assignment assignment, AssignmentSettings settings) {
			LocalTime practiceTime = assignment.schedule().timeOfDay();
			return new PracticeReminder(assignment.id(), assignment.title(), settings.enabled(),
					hhmm(settings.reminderTime()), hhmm(practiceTime),
					hhmm(ReminderSchedule.reminderTime(settings.reminderTime(), practiceTime)));
		}

	}

}
