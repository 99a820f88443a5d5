package org.bridgework.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days of a client's sessions, past and planned, and what "since the last session"
 * means for them.
 */
@Service
class SessionCalendar {

	/**
	 * How far back "since the last session" reaches before a first session is recorded.
	 */
	static final int DAYS_BACK_WITHOUT_SESSION = 14;

	static final int YEARS_BACK = 10;

	static final int YEARS_AHEAD = 2;

	private final CareTeam careTeam;

	private final SessionStore store;

	private final Clock clock;

	SessionCalendar(CareTeam careTeam, SessionStore store, Clock clock) {
		this.careTeam = careTeam;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Records a session day (one that was, or the next appointment). The same day again
	 * changes nothing and answers the same id.
	 */
	@Transactional
	UUID add(CurrentUser clinician, UUID clientId, LocalDate day) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "add-session");
		LocalDate today = today(access);
		new FieldChecks().check(day != null, "date", "validation.required")
			.check(day == null
					|| (!day.isBefore(today.minusYears(YEARS_BACK)) && !day.isAfter(today.plusYears(YEARS_AHEAD))),
					"date", "sessions.validation.date.far", YEARS_BACK, YEARS_AHEAD)
			.throwIfAny();
		return this.store.addSession(access.clientId(), day, clinician.id());
	}

	/**
	 * Removes a session date recorded by mistake, when the clinician confirmed it; "since
	 * the last session" then reaches back to the one before.
	 * @return whether it was removed (false: not confirmed, nothing changed)
	 */
	@Transactional
	boolean remove(CurrentUser clinician, UUID clientId, UUID sessionId, boolean confirmed) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "remove-session");
		if (!confirmed) {
			return false;
		}
		if (!this.store.removeSession(access.clientId(), sessionId)) {
			throw new NotFoundException("Session");
		}
		return true;
	}

	@Transactional(readOnly = true)
	Calendar calendar(CurrentUser actor, UUID clientId) {
		return of(this.careTeam.require(actor, clientId, "view-sessions"));
	}

	Calendar of(ClientAccess access) {
		return Calendar.of(today(access), this.store.sessions(access.clientId()));
	}

	LocalDate today(ClientAccess access) {
		return LocalDate.now(this.clock.withZone(access.timezone()));
	}

	/**
	 * A client's sessions as of their today. A session dated today still counts as coming
	 * up: the digest prepared that morning covers the time since the one before.
	 *
	 * @param lastSession the latest session before today, or null
	 * @param nextSession the earliest session from today on, or null
	 * @param sessions every session, newest first
	 */
	record Calendar(LocalDate today, LocalDate lastSession, LocalDate nextSession, List<SessionDate> sessions) {

		static Calendar of(LocalDate today, List<SessionDate> sessions) {
			LocalDate last = sessions.stream()
				.map(SessionDate::date)
				.filter((day) -> day.isBefore(today))
				.max(Comparator.naturalOrder())
				.orElse(null);
			LocalDate next = sessions.stream()
				.map(SessionDate::date)
				.filter((day) -> !day.isBefore(today))
				.min(Comparator.naturalOrder())
				.orElse(null);
			return new Calendar(today, last, next, sessions);
		}

		/**
		 * The first day of "since the last session": that session's day, or 14 days back.
		 */
		public LocalDate since() {
			return (this.lastSession != null) ? this.lastSession : this.today.minusDays(DAYS_BACK_WITHOUT_SESSION);
		}

		/** Whether a session dated after {@code day} is over (before today). */
		public boolean sessionPassedAfter(LocalDate day) {
			return this.sessions.stream()
				.map(SessionDate::date)
				.anyMatch((d) -> d.isAfter(day) && d.isBefore(this.today));
		}

	}

}
