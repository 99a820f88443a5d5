package org.bridgework.relapse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Practice;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.TemplateLibrary;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booster tune-ups planned weeks or months ahead. Each date becomes a one-day assignment
 * made through homework's {@link Assignments}, so on its day the tune-up is on the
 * client's Today page and takes an entry like any practice, and it counts in adherence
 * and the digest for that one day. A booster can be cancelled until its day; then its
 * assignment, which nobody could have practised yet, is taken back.
 */
@Service
public class Boosters {

	static final int MAX_TIMES = 12;

	static final int MAX_WEEKS_APART = 52;

	static final int NOTE_MAX = 500;

	/** How far ahead the last tune-up of a series may be. */
	static final int MAX_YEARS_AHEAD = 2;

	private final CareTeam careTeam;

	private final Assignments assignments;

	private final Practice practice;

	private final TemplateLibrary library;

	private final BoosterRepository boosters;

	private final Messages messages;

	private final Clock clock;

	Boosters(CareTeam careTeam, Assignments assignments, Practice practice, TemplateLibrary library,
			BoosterRepository boosters, Messages messages, Clock clock) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.practice = practice;
		this.library = library;
		this.boosters = boosters;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Plans the tune-ups the request asks for, all or none.
	 * @return their ids, in date order
	 */
	@Transactional
	public List<UUID> schedule(CurrentUser clinician, UUID clientId, BoosterRequest request) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "schedule-boosters");
		LocalDate today = today(access);
		FieldChecks checks = new FieldChecks();
		Practise what = practise(clinician, access.clientId(), request, checks);
		int times = (request.times() == null) ? 1 : request.times();
		checks.check(request.startDate() != null, "startDate", "validation.required")
			.check(request.startDate() == null || !request.startDate().isBefore(today), "startDate",
					"validation.booster.past")
			.range("times", request.times(), 1, MAX_TIMES)
			.check(times <= 1 || request.everyWeeks() != null, "everyWeeks", "validation.booster.everyWeeks")
			.range("everyWeeks", request.everyWeeks(), 1, MAX_WEEKS_APART)
			.check(!lastDay(request, times).isAfter(today.plusYears(MAX_YEARS_AHEAD)), "startDate",
					"validation.booster.tooFar", MAX_YEARS_AHEAD)
			.maxLength("note", request.note(), NOTE_MAX)
			.throwIfAny();
		String note = FieldChecks.trimToNull(request.note());
		UUID series = UUID.randomUUID();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			LocalDate day = day(request, i);
			UUID assignment = this.assignments.assign(clinician, access.clientId(), what.planOn(day, note));
			Booster booster = new Booster(UUID.randomUUID(), access.clientId(), series, assignment, what.templateKey(),
					what.title(), day, note, null);
			this.boosters.insert(booster, clinician.id());
			ids.add(booster.id());
		}
		return ids;
	}

	/** The day of the series' tune-up number {@code i} (from 0). */
	private static LocalDate day(BoosterRequest request, int i) {
		return (i == 0) ? request.startDate() : request.startDate().plusWeeks((long) i * request.everyWeeks());
	}

	/**
	 * The last day the request asks for, or a day that is surely in range when unsure.
	 */
	private static LocalDate lastDay(BoosterRequest request, int times) {
		if (request.startDate() == null || times < 1 || times > MAX_TIMES) {
			return LocalDate.MIN;
		}
		boolean series = times > 1 && request.everyWeeks() != null && request.everyWeeks() >= 1
				&& request.everyWeeks() <= MAX_WEEKS_APART;
		return series ? day(request, times - 1) : request.startDate();
	}

	/** The client's boosters, by date, with whether each was practised. */
	@Transactional(readOnly = true)
	List<Booster.Seen> forClient(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "list-boosters");
		LocalDate today = today(access);
		return this.boosters.forClient(access.clientId()).stream().map((booster) -> {
			Booster.Status status = booster.statusOn(today);
			boolean practised = status != Booster.Status.UPCOMING && status != Booster.Status.CANCELLED
					&& booster.assignmentId() != null
					&& !this.practice.entries(actor, booster.assignmentId()).isEmpty();
			return new Booster.Seen(booster, status, practised);
		}).toList();
	}

	/**
	 * Cancels a booster before its day; on its day or after it stays, so what the client
	 * recorded is never lost. Cancelling one already cancelled changes nothing.
	 */
	@Transactional
	public void cancel(CurrentUser clinician, UUID boosterId) {
		Booster booster = this.boosters.findForUpdate(boosterId).orElseThrow(() -> new NotFoundException("Booster"));
		ClientAccess access = this.careTeam.requireClinician(clinician, booster.clientId(), "cancel-booster",
				boosterId);
		Booster.Status status = booster.statusOn(today(access));
		if (status == Booster.Status.CANCELLED) {
			return;
		}
		if (status != Booster.Status.UPCOMING) {
			throw new ConflictException("problem.booster.begun");
		}
		if (booster.assignmentId() != null) {
			this.assignments.withdrawBeforeStart(clinician, booster.assignmentId());
		}
		this.boosters.cancel(boosterId, clinician.id());
	}

	/** Which practice the tune-ups repeat, with a problem added when there is none. */
	private Practise practise(CurrentUser clinician, UUID clientId, BoosterRequest request, FieldChecks checks) {
		if (request.fromAssignmentId() != null) {
			Assignment source = this.assignments.forClient(clinician, clientId)
				.stream()
				.filter((assignment) -> assignment.id().equals(request.fromAssignmentId()))
				.findFirst()
				.orElse(null);
			if (source == null) {
				checks.add("fromAssignmentId", "validation.booster.assignment");
				return null;
			}
			return new Practise(source.templateKey(), this.messages.get("booster.title", source.title()), source);
		}
		String key = FieldChecks.trimToNull(request.templateKey());
		if (key == null) {
			checks.add("templateKey", "validation.booster.practice");
			return null;
		}
		try {
			return new Practise(key,
					this.messages.get("booster.title", this.library.forAssigning(clinician, key).name()), null);
		}
		catch (NotFoundException | InvalidInputException ex) {
			checks.add("templateKey", "validation.template.unknown");
			return null;
		}
	}

	LocalDate today(ClientAccess access) {
		return LocalDate.now(this.clock.withZone(access.timezone()));
	}

	/**
	 * The practice of a tune-up: a template, and the plan of the assignment it repeats,
	 * if any (its purpose, cue, time, length and if-then plans come along).
	 */
	private record Practise(String templateKey, String title, Assignment source) {

		static final int TITLE_MAX = 200;

		Practise {
			title = (title.length() <= TITLE_MAX) ? title : title.substring(0, TITLE_MAX - 1) + "…";
		}

		AssignmentPlan planOn(LocalDate day, String note) {
			Set<String> weekday = Set.of(day.getDayOfWeek().name());
			if (this.source == null) {
				return new AssignmentPlan(this.templateKey, this.title, null, note, weekday, null, null, null, day, day,
						List.of());
			}
			return new AssignmentPlan(this.templateKey, this.title, this.source.goal(),
					(note != null) ? note : this.source.purpose(), weekday, this.source.schedule().timeOfDay(),
					this.source.cue(), this.source.durationMinutes(), day, day, this.source.barriers());
		}

	}

}
