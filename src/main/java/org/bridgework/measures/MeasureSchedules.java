package org.bridgework.measures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.sessions.SessionDays;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician asks for a measure on a rhythm, or before each session; the client sees it
 * on Today when it is due in their own time zone, until they have answered it.
 */
@Service
public class MeasureSchedules {

	/** How far back a first ask may start: a schedule is about now, not the past. */
	static final int MAX_DAYS_BACK = 31;

	/** How far ahead a first ask may start. */
	static final int MAX_DAYS_AHEAD = 366;

	private final MeasureScheduleRepository schedules;

	private final MeasureRepository responses;

	private final Instruments instruments;

	private final CareTeam careTeam;

	private final SessionDays sessionDays;

	private final Clock clock;

	MeasureSchedules(MeasureScheduleRepository schedules, MeasureRepository responses, Instruments instruments,
			CareTeam careTeam, SessionDays sessionDays, Clock clock) {
		this.schedules = schedules;
		this.responses = responses;
		this.instruments = instruments;
		this.careTeam = careTeam;
		this.sessionDays = sessionDays;
		this.clock = clock;
	}

	/**
	 * The clinician asks the client to answer an instrument ({@code PHQ-9},
	 * {@code GAD-7}, ...) every week from {@code startDate}, checked as the schedule form
	 * is.
	 * @return the schedule's id
	 */
	@Transactional
	public UUID scheduleWeekly(CurrentUser clinician, UUID clientId, String instrument, LocalDate startDate) {
		return add(clinician, clientId, instrument, MeasureSchedule.Every.WEEKLY, startDate).schedule().id();
	}

	@Transactional
	Seen add(CurrentUser clinician, UUID clientId, String instrument, MeasureSchedule.Every every,
			LocalDate startDate) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "schedule-measure");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		List<FieldProblem> problems = new ArrayList<>();
		Instrument known = this.instruments.find(instrument).orElse(null);
		if (known == null) {
			problems.add(FieldProblem.of("instrument", "measures.schedule.instrument"));
		}
		if (every == null) {
			problems.add(FieldProblem.of("every", "measures.schedule.every"));
		}
		if (startDate == null || startDate.isBefore(today.minusDays(MAX_DAYS_BACK))
				|| startDate.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			problems.add(FieldProblem.of("startDate", "measures.schedule.startDate", MAX_DAYS_BACK));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		MeasureSchedule schedule = new MeasureSchedule(UUID.randomUUID(), clientId, known.key(), every, startDate);
		this.schedules.add(schedule, clinician);
		return seen(access, List.of(schedule)).get(0);
	}

	@Transactional(readOnly = true)
	List<Seen> forClient(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-measure-schedules");
		return seen(access, this.schedules.active(clientId));
	}

	/** What the signed-in client is asked to answer now. */
	@Transactional(readOnly = true)
	List<Seen> dueFor(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-measure-schedules");
		return seen(access, this.schedules.active(access.clientId())).stream().filter(Seen::due).toList();
	}

	@Transactional
	void stop(CurrentUser clinician, UUID scheduleId) {
		MeasureSchedule schedule = find(clinician, scheduleId);
		this.schedules.stop(schedule.id(), clinician);
	}

	/** A running schedule a clinician of the client may change. */
	@Transactional(readOnly = true)
	MeasureSchedule find(CurrentUser clinician, UUID scheduleId) {
		MeasureSchedule schedule = this.schedules.findActive(scheduleId)
			.orElseThrow(() -> new NotFoundException("Schedule"));
		this.careTeam.requireClinician(clinician, schedule.clientId(), "stop-measure-schedule", scheduleId);
		return schedule;
	}

	/**
	 * Where each schedule stands now; the session days are read only when one of them is
	 * asked before sessions.
	 */
	private List<Seen> seen(ClientAccess access, List<MeasureSchedule> running) {
		boolean bySessions = running.stream().anyMatch((s) -> s.every() == MeasureSchedule.Every.BEFORE_SESSION);
		List<LocalDate> sessionDays = bySessions ? this.sessionDays.of(access.actor(), access.clientId()) : List.of();
		Instant now = this.clock.instant();
		return running.stream()
			.map((s) -> new Seen(s, s.at(now, access.timezone(), lastTaken(s), sessionDays)))
			.toList();
	}

	private Instant lastTaken(MeasureSchedule schedule) {
		return this.responses.series(schedule.clientId(), schedule.instrument())
			.stream()
			.map(MeasureResponse::takenAt)
			.reduce((a, b) -> b)
			.orElse(null);
	}

	record Seen(MeasureSchedule schedule, MeasureSchedule.Asking asking) {

		/** The day it asks next (today or earlier when due now), or null. */
		LocalDate nextDue() {
			return this.asking.nextDue();
		}

		boolean due() {
			return this.asking.due();
		}

	}

}
