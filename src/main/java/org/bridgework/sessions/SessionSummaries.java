package org.bridgework.sessions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.sessions.SessionCalendar.Calendar;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the clinician writes for the client after a session: what we learned, what we
 * practised, what is still hard and the homework agreed. The latest one stays on the
 * client's Today page until the next session has passed.
 */
@Service
class SessionSummaries {

	static final int PART_MAX = 4000;

	private final CareTeam careTeam;

	private final SessionStore store;

	private final SessionCalendar calendar;

	private final Clock clock;

	SessionSummaries(CareTeam careTeam, SessionStore store, SessionCalendar calendar, Clock clock) {
		this.careTeam = careTeam;
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Transactional
	UUID write(CurrentUser clinician, UUID clientId, SummaryRequest request) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "write-session-summary");
		SummaryRequest summary = new SummaryRequest(FieldChecks.trimToNull(request.learned()),
				FieldChecks.trimToNull(request.practised()), FieldChecks.trimToNull(request.stillHard()),
				FieldChecks.trimToNull(request.homeworkAgreed()));
		new FieldChecks()
			.check(summary.learned() != null || summary.practised() != null || summary.stillHard() != null
					|| summary.homeworkAgreed() != null, "learned", "sessions.validation.summary.empty")
			.maxLength("learned", summary.learned(), PART_MAX)
			.maxLength("practised", summary.practised(), PART_MAX)
			.maxLength("stillHard", summary.stillHard(), PART_MAX)
			.maxLength("homeworkAgreed", summary.homeworkAgreed(), PART_MAX)
			.throwIfAny();
		return this.store.addSummary(access.clientId(), this.calendar.today(access), summary, clinician.id(),
				this.clock.instant());
	}

	/** Newest first; the one the client sees on Today now is marked as showing. */
	@Transactional(readOnly = true)
	List<SessionSummary> all(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-session-summaries");
		List<SessionSummary> all = new ArrayList<>(this.store.summaries(access.clientId()));
		current(all, this.calendar.of(access)).ifPresent((showing) -> all.set(0, showing));
		return all;
	}

	/** The summary the client sees on Today now, if any. */
	@Transactional(readOnly = true)
	Optional<SessionSummary> current(ClientAccess access) {
		return current(this.store.summaries(access.clientId()), this.calendar.of(access));
	}

	private static Optional<SessionSummary> current(List<SessionSummary> newestFirst, Calendar calendar) {
		if (newestFirst.isEmpty() || calendar.sessionPassedAfter(newestFirst.get(0).writtenOn())) {
			return Optional.empty();
		}
		return Optional.of(newestFirst.get(0).showing(true));
	}

}
