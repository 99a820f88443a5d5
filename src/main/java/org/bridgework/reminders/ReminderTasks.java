package org.bridgework.reminders;

import java.util.List;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.stereotype.Component;

/**
 * The two recurring db-scheduler tasks: planning the coming reminders (and the
 * clinicians' emails), and sending the due ones. db-scheduler runs each on one node at a
 * time and hands it to another node when that node's heartbeat stops; the claims in
 * {@link OccurrenceStore} keep sending safe even if two nodes ever ran it at once.
 */
@Component
class ReminderTasks {

	private final List<RecurringTask<Void>> tasks;

	ReminderTasks(RemindersProperties properties, ReminderPlanner planner, ClinicianEmailPlanner clinicianEmails,
			ReminderDispatcher dispatcher) {
		this.tasks = List.of(Tasks.recurring("reminders-plan", FixedDelay.of(properties.planEvery()))
			.execute((instance, context) -> {
				planner.planAll();
				clinicianEmails.planAll();
			}), Tasks.recurring("reminders-send", FixedDelay.of(properties.sendEvery()))
				.execute((instance, context) -> dispatcher.dispatchDue()));
	}

	List<RecurringTask<Void>> all() {
		return this.tasks;
	}

}
