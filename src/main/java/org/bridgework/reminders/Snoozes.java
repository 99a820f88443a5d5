package org.bridgework.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Remind me later" for one day's practice: the client's own, for today only. A reminder
 * already sent is sent once more at the new time (a new round, with its own Message-ID);
 * one still waiting moves. Refused while it is being sent, and once the practice is done
 * or skipped (nothing to remind of).
 */
@Service
class Snoozes {

	private final CareTeam careTeam;

	private final Assignments assignments;

	private final SettingsStore settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	Snoozes(CareTeam careTeam, Assignments assignments, SettingsStore settings, JdbcClient jdbc, Clock clock) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One of the client's own assignments; a clinician is refused, anyone else told it
	 * does not exist.
	 */
	@Transactional(readOnly = true)
	Assignment ownAssignment(CurrentUser client, UUID assignmentId) {
		this.careTeam.requireSelf(client, "view-reminder");
		return this.assignments.get(client, assignmentId);
	}

	/** Snoozes today's reminder of the assignment; returns when it will go out. */
	@Transactional
	Instant snooze(CurrentUser client, UUID assignmentId, Snooze choice) {
		ClientAccess access = this.careTeam.requireSelf(client, "snooze-reminder");
		Assignment assignment = this.assignments.get(client, assignmentId);
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, access.timezone());
		if (!assignment.isOccurrence(today)) {
			throw new InvalidInputException("assignmentId", "reminders.snooze.notToday");
		}
		Instant chosen = choice.from(now, access.timezone())
			.orElseThrow(() -> new InvalidInputException("choice", "reminders.snooze.eveningPast"));
		Instant at = new ReminderSchedule(access.timezone(), this.settings.client(access.clientId()).quietHours())
			.snoozed(chosen);
		boolean moved = this.jdbc
			.sql("""
					insert into reminder_occurrence (id, assignment_id, client_id, local_date, channel, due_at,
					                                 next_attempt_at, snoozed_until)
					values (:id, :assignment, :client, :day, 'EMAIL', :at, :at, :at)
					on conflict (assignment_id, local_date, channel) do update
					set snoozed_until = excluded.snoozed_until, next_attempt_at = excluded.next_attempt_at,
					    round = reminder_occurrence.round + case when reminder_occurrence.status = 'PENDING' then 0 else 1 end,
					    status = 'PENDING', attempts = 0
					where reminder_occurrence.status in ('PENDING', 'SENT', 'FAILED')
					returning status""")
			.param("id", UUID.randomUUID())
			.param("assignment", assignmentId)
			.param("client", access.clientId())
			.param("day", today)
			.param("at", Timestamp.from(at))
			.query(String.class)
			.optional()
			.isPresent();
		if (!moved) {
			throw new ConflictException("reminders.snooze.notNow");
		}
		return at;
	}

}
