package org.bridgework.reminders;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinicians' emails: their choices ({@code clinician_email_setting}), the emails to
 * send keyed by (clinician, local day, kind) ({@code clinician_email}), and what became
 * of each try ({@code clinician_email_delivery}). As with the clients' reminders, the
 * planner may change only rows waiting for their first try; everything else belongs to
 * the sending.
 */
@Repository
class ClinicianEmailStore {

	private static final String PLANNER_OWNS = "status = 'PENDING' and attempts = 0 and next_attempt_at > :now";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	ClinicianEmailStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	Settings settings(UUID clinicianId) {
		return this.jdbc.sql("""
				select daily_digest, session_notes, send_at from clinician_email_setting
				where clinician_id = :id""")
			.param("id", clinicianId)
			.query((rs, row) -> new Settings(rs.getBoolean("daily_digest"), rs.getBoolean("session_notes"),
					PlanningFacts.time(rs, "send_at")))
			.optional()
			.orElse(Settings.DEFAULT);
	}

	void save(UUID clinicianId, Settings settings, Instant now) {
		this.jdbc.sql("""
				insert into clinician_email_setting (clinician_id, daily_digest, session_notes, send_at, updated_at)
				values (:id, :daily, :sessions, :at, :now)
				on conflict (clinician_id) do update set daily_digest = excluded.daily_digest,
				    session_notes = excluded.session_notes, send_at = excluded.send_at,
				    updated_at = excluded.updated_at""")
			.param("id", clinicianId)
			.param("daily", settings.dailyDigest())
			.param("sessions", settings.sessionNotes())
			.param("at", Time.valueOf(settings.sendAt()))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Signed-up clinicians with an email and their choices: those given, or (null) every
	 * one who wants some email. Read-only use of identity's {@code account}, as planning
	 * reminders reads it (ADR 0013).
	 */
	List<Clinician> clinicians(Collection<UUID> ids) {
		return this.jdbc.sql("""
				select a.id, a.email, a.timezone, coalesce(s.daily_digest, false) as daily_digest,
				       coalesce(s.session_notes, true) as session_notes, coalesce(s.send_at, time '08:00') as send_at
				from account a left join clinician_email_setting s on s.clinician_id = a.id
				where 'CLINICIAN' = any(a.roles) and a.email is not null and a.password_hash is not null
				  and a.erased_at is null
				  and (cast(:all as boolean) and (coalesce(s.daily_digest, false) or coalesce(s.session_notes, true))
				       or a.id in (:ids))""")
			.param("all", ids == null)
			.param("ids", (ids == null || ids.isEmpty()) ? List.of(new UUID(0, 0)) : ids)
			.query((rs, row) -> new Clinician(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getString("timezone"),
					new Settings(rs.getBoolean("daily_digest"), rs.getBoolean("session_notes"),
							PlanningFacts.time(rs, "send_at"))))
			.list();
	}

	/** Clinicians with rows the planner may still change, so it can empty them too. */
	List<UUID> cliniciansWithPlannedEmails(Instant now) {
		return this.jdbc.sql("select distinct clinician_id from clinician_email where " + PLANNER_OWNS)
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Makes the planner's rows of these clinicians the {@code wanted} ones: adds the new,
	 * moves the changed, removes the rest. Returns how many rows changed.
	 */
	int replacePlanned(List<UUID> clinicians, List<Planned> wanted, Instant now) {
		Map<Planned, UUID> existing = new HashMap<>();
		this.jdbc
			.sql("select id, clinician_id, local_date, kind, due_at from clinician_email"
					+ " where clinician_id in (:clinicians) and " + PLANNER_OWNS)
			.param("clinicians", clinicians)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> Map.entry(
					new Planned(rs.getObject("clinician_id", UUID.class), rs.getObject("local_date", LocalDate.class),
							ClinicianEmailKind.valueOf(rs.getString("kind")), rs.getTimestamp("due_at").toInstant()),
					rs.getObject("id", UUID.class)))
			.list()
			.forEach((row) -> existing.put(row.getKey(), row.getValue()));
		List<Object[]> inserts = new ArrayList<>();
		for (Planned email : wanted) {
			// The same key and time is already there; a new time is a removal and an
			// insert.
			if (existing.remove(email) == null) {
				Timestamp due = Timestamp.from(email.dueAt());
				inserts.add(new Object[] { UUID.randomUUID(), email.clinicianId(), email.day(), email.kind().name(),
						due, due });
			}
		}
		List<Object[]> removals = existing.values().stream().map((id) -> new Object[] { id }).toList();
		this.batches.batchUpdate("delete from clinician_email where id = ? and status = 'PENDING' and attempts = 0",
				removals);
		this.batches.batchUpdate("""
				insert into clinician_email (id, clinician_id, local_date, kind, due_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?) on conflict (clinician_id, local_date, kind) do nothing""", inserts);
		return inserts.size() + removals.size();
	}

	/**
	 * Claims up to {@code limit} due emails (or ones whose lease ran out) for
	 * {@code claim}: committed before anything is sent, as for reminders.
	 */
	List<ClaimedEmail> claimDue(Instant now, Instant leaseUntil, UUID claim, int limit) {
		return this.jdbc.sql("""
				update clinician_email e
				set status = 'SENDING', lease_until = :lease, claim = :claim, attempts = e.attempts + 1
				where e.id in (select id from clinician_email
				               where (status = 'PENDING' and next_attempt_at <= :now)
				                  or (status = 'SENDING' and lease_until < :now)
				               order by next_attempt_at
				               limit :limit
				               for update skip locked)
				returning e.id, e.clinician_id, e.local_date, e.kind, e.due_at, e.attempts""")
			.param("now", Timestamp.from(now))
			.param("lease", Timestamp.from(leaseUntil))
			.param("claim", claim)
			.param("limit", limit)
			.query((rs, row) -> new ClaimedEmail(rs.getObject("id", UUID.class),
					rs.getObject("clinician_id", UUID.class), rs.getObject("local_date", LocalDate.class),
					ClinicianEmailKind.valueOf(rs.getString("kind")), rs.getTimestamp("due_at").toInstant(),
					rs.getInt("attempts")))
			.list();
	}

	/**
	 * Records the outcomes of one claim, each with a line in the log, only where the
	 * claim still holds the lease.
	 */
	void record(UUID claim, List<Outcome<ClaimedEmail>> outcomes, Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Object[]> log = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		for (Outcome<ClaimedEmail> outcome : outcomes) {
			ClaimedEmail email = outcome.claimed();
			log.add(new Object[] { UUID.randomUUID(), email.id(), email.clinicianId(), email.kind().name(),
					outcome.kind().name(), email.attempt(), at, outcome.detail(), email.id(), claim });
			Timestamp next = (outcome.retryAt() != null) ? Timestamp.from(outcome.retryAt()) : null;
			String status = outcome.status();
			updates.add(new Object[] { status, next, status, at, email.id(), claim });
		}
		this.batches.batchUpdate("""
				insert into clinician_email_delivery (id, email_id, clinician_id, kind, outcome, attempt, at, detail)
				select ?, ?, ?, ?, ?, ?, ?, cast(? as text)
				where exists (select 1 from clinician_email where id = ? and claim = ? and status = 'SENDING')""", log);
		this.batches.batchUpdate("""
				update clinician_email
				set status = ?, lease_until = null, claim = null,
				    next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at),
				    sent_at = case when cast(? as text) = 'SENT' then cast(? as timestamptz) else sent_at end
				where id = ? and claim = ? and status = 'SENDING'""", updates);
	}

	/** The clinician's latest tries, newest first. */
	List<Sent> recent(UUID clinicianId, int limit) {
		return this.jdbc.sql("""
				select d.kind, e.local_date, d.outcome, d.at from clinician_email_delivery d
				join clinician_email e on e.id = d.email_id
				where d.clinician_id = :id order by d.at desc, d.attempt desc limit :limit""")
			.param("id", clinicianId)
			.param("limit", limit)
			.query((rs, row) -> new Sent(rs.getString("kind"), rs.getObject("local_date", LocalDate.class),
					rs.getString("outcome"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/**
	 * A clinician's choices; no row: no daily digest, notes before sessions, at 08:00.
	 */
	record Settings(boolean dailyDigest, boolean sessionNotes, LocalTime sendAt) {

		static final Settings DEFAULT = new Settings(false, true, LocalTime.of(8, 0));

	}

	/**
	 * A clinician who may get emails.
	 *
	 * @param timezone their own choice as stored, or null
	 */
	record Clinician(UUID id, String email, String timezone, Settings settings) {
	}

	/** One email wanted: its key and when it goes. */
	record Planned(UUID clinicianId, LocalDate day, ClinicianEmailKind kind, Instant dueAt) {
	}

	/** An email this node holds; {@code attempt} counts this try. */
	record ClaimedEmail(UUID id, UUID clinicianId, LocalDate day, ClinicianEmailKind kind, Instant dueAt, int attempt) {
	}

	/** One try, as the clinician sees it. */
	record Sent(String kind, LocalDate day, String outcome, Instant at) {
	}

}
