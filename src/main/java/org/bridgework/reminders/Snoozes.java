package org.bridgework.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.OccurrenceStatus;
import org.bridgework.homework.Today;
import org.bridgework.homework.TodayItem;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Remind me later" for one day's practice: the client's own, for today only, on each
 * channel that reaches them (email, and push when they have a device). A reminder already
 * sent is sent once more at the new time (a new round, with its own Message-ID); one
 * still waiting moves. Refused once the practice is done or skipped today (nothing to
 * remind of), and while it is being sent.
 */
@Service
class Snoozes {

	private final CareTeam careTeam;

	private final Assignments assignments;

	private final Today today;

	private final SettingsStore settings;

	private final JdbcClient jdbc;

	private final Clock clock;

	Snoozes(CareTeam careTeam, Assignments assignments, Today today, SettingsStore settings, JdbcClient jdbc,
			Clock clock) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.today = today;
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * How the client's practice stands today (due, done or skipped), or empty when it is
	 * not planned today.
	 */
	@Transactional(readOnly = true)
	Optional<OccurrenceStatus> today(CurrentUser client, UUID assignmentId) {
		return this.today.forClient(client)
			.stream()
			.filter((item) -> item.assignmentId().equals(assignmentId))
			.map(TodayItem::status)
			.findFirst();
	}

	/** The words for a practice there is nothing to remind of today. */
	static String nothingToRemindOf(OccurrenceStatus status) {
		return (status == OccurrenceStatus.DONE) ? "reminders.snooze.alreadyDone" : "reminders.snooze.alreadySkipped";
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
		OccurrenceStatus status = today(client, assignmentId).orElse(OccurrenceStatus.DUE);
		if (status != OccurrenceStatus.DUE) {
			throw new ConflictException(nothingToRemindOf(status));
		}
		Instant chosen = choice.from(now, access.timezone())
			.orElseThrow(() -> new InvalidInputException("choice", "reminders.snooze.eveningPast"));
		Instant at = new ReminderSchedule(access.timezone(), this.settings.client(access.clientId()).quietHours())
			.snoozed(chosen);
		boolean moved = false;
		for (Channel channel : channels(access)) {
			moved |= snooze(channel, assignmentId, access, today, at);
		}
		if (!moved) {
			throw new ConflictException("reminders.snooze.notNow");
		}
		return at;
	}

	/** Email always (turned off, it is recorded as not needed); push with a device. */
	private List<Channel> channels(ClientAccess access) {
		boolean device = this.jdbc.sql("select exists(select 1 from push_subscription where client_id = :client)")
			.param("client", access.clientId())
			.query(Boolean.class)
			.single();
		return device ? List.of(Channel.EMAIL, Channel.PUSH) : List.of(Channel.EMAIL);
	}

	/** Moves or adds the day's reminder on the channel; false while it is being sent. */
	private boolean snooze(Channel channel, UUID assignmentId, ClientAccess access, LocalDate today, Instant at) {
		return this.jdbc
			.sql("""
					insert into reminder_occurrence (id, assignment_id, client_id, local_date, channel, due_at,
					                                 next_attempt_at, snoozed_until)
					values (:id, :assignment, :client, :day, :channel, :at, :at, :at)
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
			.param("channel", channel.name())
			.param("at", Timestamp.from(at))
			.query(String.class)
			.optional()
			.isPresent();
	}

}
