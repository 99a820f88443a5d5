package org.bridgework.reminders;

import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPanel;
import org.bridgework.homework.AssignmentPanels;
import org.bridgework.homework.OccurrenceStatus;
import org.bridgework.identity.CurrentUser;
import org.bridgework.reminders.SettingsStore.AssignmentSettings;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reminders on homework's pages: on Today, "remind me later" for a practice planned today
 * and not yet done or skipped; for the clinician, each practice's reminder time and a
 * link to what was sent.
 */
@Component
@Order(50)
class ReminderPanels implements AssignmentPanels {

	private final SettingsStore settings;

	private final Snoozes snoozes;

	ReminderPanels(SettingsStore settings, Snoozes snoozes) {
		this.settings = settings;
		this.snoozes = snoozes;
	}

	@Override
	public Optional<AssignmentPanel> forClinician(CurrentUser clinician, Assignment assignment) {
		AssignmentSettings chosen = this.settings.assignments(assignment.clientId())
			.getOrDefault(assignment.id(), AssignmentSettings.DEFAULT);
		LocalTime time = ReminderSchedule.reminderTime(chosen.reminderTime(), assignment.schedule().timeOfDay());
		return Optional.of(new AssignmentPanel("reminders/panels",
				new ClinicianPanel(assignment.id(), assignment.clientId(), chosen.enabled(), time)));
	}

	@Override
	public Optional<AssignmentPanel> forPractice(CurrentUser client, Assignment assignment) {
		return Optional.empty();
	}

	@Override
	public Optional<AssignmentPanel> forToday(CurrentUser client, Assignment assignment) {
		boolean due = this.snoozes.today(client, assignment.id()).filter(OccurrenceStatus.DUE::equals).isPresent();
		boolean on = this.settings.assignments(assignment.clientId())
			.getOrDefault(assignment.id(), AssignmentSettings.DEFAULT)
			.enabled();
		if (!on || !due) {
			return Optional.empty();
		}
		return Optional
			.of(new AssignmentPanel("reminders/panels", new TodayPanel(assignment.id(), assignment.title())));
	}

	/** Today: remind me later about this practice. */
	record TodayPanel(UUID assignmentId, String title) {

		public boolean today() {
			return true;
		}

	}

	/** The clinician's view of one practice's reminder. */
	record ClinicianPanel(UUID assignmentId, UUID clientId, boolean enabled, LocalTime time) {

		public boolean today() {
			return false;
		}

	}

}
