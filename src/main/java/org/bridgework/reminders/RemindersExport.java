package org.bridgework.reminders;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;

import org.springframework.stereotype.Component;

/**
 * The client's reminder settings in the JSON export: email on or off, quiet hours, each
 * practice's reminder as they chose it, and the devices notifications are on for. The PDF
 * and CSV files leave them out; the planned reminders and what happened to each are the
 * sending's working state, not something the client wrote, and stay out too.
 */
@Component
class RemindersExport implements ExportSection {

	static final int POSITION = 950;

	private final SettingsStore settings;

	private final PushSubscriptions push;

	RemindersExport(SettingsStore settings, PushSubscriptions push) {
		this.settings = settings;
		this.push = push;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		return List.of();
	}

	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		SettingsStore.ClientSettings chosen = this.settings.client(access.clientId());
		QuietHours quiet = chosen.quietHours();
		List<PracticePart> practices = this.settings.assignments(access.clientId())
			.entrySet()
			.stream()
			.map((entry) -> new PracticePart(entry.getKey(), entry.getValue().enabled(),
					entry.getValue().reminderTime()))
			.toList();
		return List.of(new ExportPart("reminders",
				new RemindersPart(chosen.emailEnabled(), (quiet != null) ? quiet.start() : null,
						(quiet != null) ? quiet.end() : null, practices, this.push.devices(access.clientId()))));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("reminder_preference", "reminders", "assignment_reminder", "reminders", "push_subscription",
				"reminders");
	}

	/**
	 * @param notificationDevices the devices notifications are on for, as the client sees
	 * them (never their push addresses or keys)
	 */
	record RemindersPart(boolean emailEnabled, LocalTime quietStart, LocalTime quietEnd, List<PracticePart> practices,
			List<PushSubscriptions.Device> notificationDevices) {
	}

	/**
	 * @param reminderTime the time the client chose, or null for the practice's own
	 */
	record PracticePart(UUID assignmentId, boolean enabled, LocalTime reminderTime) {
	}

}
