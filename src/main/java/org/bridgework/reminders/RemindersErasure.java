package org.bridgework.reminders;

import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client removes their reminder settings, every planned reminder and its
 * delivery log, their calendar address and the devices they get notifications on, before
 * homework removes the assignments those belong to.
 */
@Component
class RemindersErasure extends ClientRowsErasure {

	static final int ORDER = 150;

	RemindersErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "reminder_delivery", "reminder_occurrence", "assignment_reminder", "reminder_preference",
				"calendar_feed", "push_subscription");
	}

	@Override
	public void erase(ErasedClient client) {
		client.deleteRows(this.jdbc, "reminder_delivery", "reminder_occurrence");
		client.deleteAssignmentRows(this.jdbc, "assignment_reminder");
		client.deleteRows(this.jdbc, "reminder_preference", "calendar_feed", "push_subscription");
	}

}
