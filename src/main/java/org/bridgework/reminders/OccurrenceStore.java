package org.bridgework.reminders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders to send and what became of them ({@code reminder_occurrence}). Rows the
 * planner may change are those waiting for their first try and not snoozed; everything
 * else belongs to the sending (ADR 0013).
 */
@Repository
class OccurrenceStore {

	private static final String PLANNER_OWNS = """
			status = 'PENDING' and snoozed_until is null and attempts = 0 and next_attempt_at > :now""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	OccurrenceStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	List<UUID> clientsWithPlannedReminders(Instant now) {
		return this.jdbc.sql("select distinct client_id from reminder_occurrence where " + PLANNER_OWNS)
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Makes the planner's rows of these clients on {@code channel} the {@code wanted}
	 * ones: adds the new, moves the changed, removes the rest. Returns how many rows
	 * changed.
	 */
	int replacePlanned(List<UUID> clients, Channel channel, List<PlannedReminder> wanted, Map<UUID, UUID> clientOf,
			Instant now) {
		Map<Key, Planned> existing = new HashMap<>();
		this.jdbc
			.sql("select id, assignment_id, local_date, due_at from reminder_occurrence where client_id in (:clients)"
					+ " and channel = :channel and " + PLANNER_OWNS)
			.param("clients", clients)
			.param("channel", channel.name())
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Planned(rs.getObject("id", UUID.class),
					new Key(rs.getObject("assignment_id", UUID.class), rs.getObject("local_date", LocalDate.class)),
					rs.getTimestamp("due_at").toInstant()))
			.list()
			.forEach((planned) -> existing.put(planned.key(), planned));
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> moves = new ArrayList<>();
		for (PlannedReminder reminder : wanted) {
			Planned before = existing.remove(new Key(reminder.assignmentId(), reminder.day()));
			Timestamp due = Timestamp.from(reminder.dueAt());
			if (before == null) {
				inserts.add(new Object[] { UUID.randomUUID(), reminder.assignmentId(),
						clientOf.get(reminder.assignmentId()), reminder.day(), channel.name(), due, due });
			}
			else if (!before.dueAt().equals(reminder.dueAt())) {
				moves.add(new Object[] { due, due, before.id() });
			}
		}
		List<Object[]> removals = existing.values().stream().map((gone) -> new Object[] { gone.id() }).toList();
		this.batches.batchUpdate(
				"""
						insert into reminder_occurrence (id, assignment_id, client_id, local_date, channel, due_at, next_attempt_at)
						values (?, ?, ?, ?, ?, ?, ?) on conflict (assignment_id, local_date, channel) do nothing""",
				inserts);
		this.batches.batchUpdate("""
				update reminder_occurrence set due_at = ?, next_attempt_at = ?
				where id = ? and status = 'PENDING' and snoozed_until is null and attempts = 0""", moves);
		this.batches.batchUpdate("""
				delete from reminder_occurrence
				where id = ? and status = 'PENDING' and snoozed_until is null and attempts = 0""", removals);
		return inserts.size() + moves.size() + removals.size();
	}

	/**
	 * Claims up to {@code limit} reminders on {@code channel} that are due, or whose
	 * lease ran out (their node stopped), for {@code claim} until {@code leaseUntil}.
	 * Committed before anything is sent: this is the "sending" record. Rows another node
	 * is claiming are skipped, not waited for.
	 */
	List<Claimed> claimDue(Channel channel, Instant now, Instant leaseUntil, UUID claim, int limit) {
		return this.jdbc.sql("""
				update reminder_occurrence o
				set status = 'SENDING', lease_until = :lease, claim = :claim, attempts = o.attempts + 1
				where o.id in (select id from reminder_occurrence
				               where channel = :channel
				                 and ((status = 'PENDING' and next_attempt_at <= :now)
				                      or (status = 'SENDING' and lease_until < :now))
				               order by next_attempt_at
				               limit :limit
				               for update skip locked)
				returning o.id, o.assignment_id, o.client_id, o.local_date, o.channel, o.due_at, o.snoozed_until,
				          o.round, o.attempts""")
			.param("channel", channel.name())
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(leaseUntil))
			.param("claim", claim)
			.param("limit", limit)
			.query((rs, row) -> {
				Timestamp snoozed = rs.getTimestamp("snoozed_until");
				return new Claimed(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
						rs.getObject("client_id", UUID.class), rs.getObject("local_date", LocalDate.class),
						Channel.valueOf(rs.getString("channel")),
						(snoozed != null) ? snoozed.toInstant() : rs.getTimestamp("due_at").toInstant(),
						rs.getInt("round"), rs.getInt("attempts"));
			})
			.list();
	}

	/**
	 * Records outcomes of one claim, with a line in the delivery log for each. A row
	 * whose lease another claim took over in the meantime is left to that claim.
	 */
	void record(UUID claim, List<Outcome<Claimed>> outcomes, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> updates = new ArrayList<>();
		List<Object[]> log = new ArrayList<>();
		for (Outcome<Claimed> outcome : outcomes) {
			Claimed claimed = outcome.claimed();
			String status = outcome.status();
			Timestamp next = (outcome.retryAt() != null) ? Timestamp.from(outcome.retryAt()) : null;
			updates.add(new Object[] { status, next, status, at, claimed.id(), claim });
			log.add(new Object[] { UUID.randomUUID(), claimed.id(), claimed.clientId(), claimed.channel().name(),
					outcome.kind().name(), claimed.attempt(), at, outcome.detail(), claimed.id(), claim });
		}
		// The log first: its rows are only written while the claim still holds the lease.
		this.batches.batchUpdate("""
				insert into reminder_delivery (id, occurrence_id, client_id, channel, outcome, attempt, at, detail)
				select ?, ?, ?, ?, ?, ?, ?, cast(? as text)
				where exists (select 1 from reminder_occurrence where id = ? and claim = ? and status = 'SENDING')""",
				log);
		this.batches.batchUpdate("""
				update reminder_occurrence
				set status = ?, lease_until = null, claim = null,
				    next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at),
				    sent_at = case when cast(? as text) = 'SENT' then cast(? as timestamptz) else sent_at end
				where id = ? and claim = ? and status = 'SENDING'""", updates);
	}

	record Key(UUID assignmentId, LocalDate day) {
	}

	private record Planned(UUID id, Key key, Instant dueAt) {
	}

	/**
	 * A reminder this node holds. {@code dueAt} is when it was meant to go out (its
	 * snooze when snoozed), {@code attempt} counts this try.
	 */
	record Claimed(UUID id, UUID assignmentId, UUID clientId, LocalDate day, Channel channel, Instant dueAt, int round,
			int attempt) {
	}

}
