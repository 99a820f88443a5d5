package org.bridgework.reminders;

import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler, made by hand (its Spring Boot starter does not activate on Boot 4): two
 * recurring tasks in {@code reminder_scheduled_tasks}, each run by one node at a time,
 * taken over by another when that node's heartbeat stops. Planning works out the coming
 * reminders; sending claims the due ones (ADR 0013). Off with
 * {@code bridgework.reminders.scheduler-enabled=false} (the tests drive both by hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RemindersProperties.class)
class RemindersConfiguration {

	static final String TABLE = "reminder_scheduled_tasks";

	@Bean
	@ConditionalOnBooleanProperty(name = "bridgework.reminders.scheduler-enabled", matchIfMissing = true)
	SchedulerLifecycle reminderScheduler(DataSource dataSource, RemindersProperties properties, ReminderTasks tasks) {
		Scheduler scheduler = Scheduler.create(dataSource, List.of())
			.tableName(TABLE)
			.startTasks(tasks.all())
			.pollingInterval(properties.sendEvery())
			.threads(2)
			.build();
		return new SchedulerLifecycle(scheduler);
	}

	/**
	 * Starts db-scheduler with the application and stops it, waiting for a running task.
	 */
	static final class SchedulerLifecycle implements SmartLifecycle {

		private static final Log logger = LogFactory.getLog(SchedulerLifecycle.class);

		private final Scheduler scheduler;

		private volatile boolean running;

		SchedulerLifecycle(Scheduler scheduler) {
			this.scheduler = scheduler;
		}

		Scheduler scheduler() {
			return this.scheduler;
		}

		@Override
		public void start() {
			this.scheduler.start();
			this.running = true;
			logger.info("Reminder scheduler started");
		}

		@Override
		public void stop() {
			this.scheduler.stop();
			this.running = false;
		}

		@Override
		public boolean isRunning() {
			return this.running;
		}

	}

}
