package org.bridgework.reminders;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the clinicians' emails count, over each clinician's own clients (not erased): who
 * practised on a day, check-ins written since each client's last session, sessions on a
 * day. Only counts and client ids leave here, never a name or a word a client wrote.
 * Read-only use of caseload's, homework's and sessions' tables (ADR 0013 says why: these
 * emails go out with nobody signed in, and {@code CareTeam} and {@code SessionDays}
 * answer a signed-in person and write each look into that person's access history).
 */
@Component
class DigestFacts {

	/** As the session digest: without a past session, "since" reaches back this far. */
	static final int DAYS_BACK_WITHOUT_SESSION = 14;

	private final JdbcClient jdbc;

	DigestFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts of one clinician's daily digest, as of their {@code today}. */
	Counts counts(UUID clinicianId, LocalDate today) {
		return this.jdbc.sql("""
				with own as (
				    select c.id, c.timezone from care_team_member m join client c on c.id = m.client_id
				    where m.clinician_id = :clinician and c.erased_at is null)
				select
				    (select count(distinct e.client_id) from entry e join own on own.id = e.client_id
				     where e.occurred_on = :yesterday) as practised,
				    (select count(*) from check_in ci join own on own.id = ci.client_id
				     where ci.created_at >= cast(coalesce((select max(s.held_on) from session_date s
				                                           where s.client_id = own.id and s.held_on < :today),
				                                          cast(:today as date) - :daysBack) as timestamp)
				                            at time zone own.timezone) as check_ins,
				    (select count(*) from session_date s join own on own.id = s.client_id
				     where s.held_on = :tomorrow) as sessions""")
			.param("clinician", clinicianId)
			.param("today", today)
			.param("yesterday", today.minusDays(1))
			.param("tomorrow", today.plusDays(1))
			.param("daysBack", DAYS_BACK_WITHOUT_SESSION)
			.query((rs, row) -> new Counts(rs.getInt("practised"), rs.getInt("check_ins"), rs.getInt("sessions")))
			.single();
	}

	/**
	 * The clinician's clients with a session on {@code day}, for links to their digests.
	 */
	List<UUID> clientsWithSessionOn(UUID clinicianId, LocalDate day) {
		return this.jdbc.sql("""
				select s.client_id from session_date s
				join care_team_member m on m.client_id = s.client_id and m.clinician_id = :clinician
				join client c on c.id = s.client_id and c.erased_at is null
				where s.held_on = :day order by s.created_at, s.client_id""")
			.param("clinician", clinicianId)
			.param("day", day)
			.query(UUID.class)
			.list();
	}

	/**
	 * For each clinician, the days from {@code from} to {@code to} they have a session.
	 */
	Map<UUID, Set<LocalDate>> sessionDays(LocalDate from, LocalDate to) {
		Map<UUID, Set<LocalDate>> days = new HashMap<>();
		this.jdbc.sql("""
				select distinct m.clinician_id, s.held_on from session_date s
				join care_team_member m on m.client_id = s.client_id
				join client c on c.id = s.client_id and c.erased_at is null
				where s.held_on between :from and :to""")
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> Map.entry(rs.getObject("clinician_id", UUID.class),
					rs.getObject("held_on", LocalDate.class)))
			.list()
			.forEach((day) -> days.computeIfAbsent(day.getKey(), (id) -> new HashSet<>()).add(day.getValue()));
		return days;
	}

	/**
	 * @param practised clients with an entry yesterday
	 * @param checkInsWaiting check-ins written since each client's last session
	 * @param sessionsTomorrow clients with a session tomorrow
	 */
	record Counts(int practised, int checkInsWaiting, int sessionsTomorrow) {
	}

}
