package org.bridgework.homework.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.bridgework.homework.Adherence;
import org.bridgework.homework.AdherenceReport;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Barrier;
import org.bridgework.homework.Entry;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.HardPractice;
import org.bridgework.homework.OccurrenceStatus;
import org.bridgework.homework.Practice;
import org.bridgework.homework.Skip;
import org.bridgework.homework.SkipRequest;
import org.bridgework.homework.Today;
import org.bridgework.homework.Wins;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;
import org.bridgework.safety.CrisisResource;
import org.bridgework.safety.CrisisResources;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HomeworkApiController {

	static final String HELP_PAGE = "/help";

	private final Assignments assignments;

	private final Practice practice;

	private final Today today;

	private final AdherenceReport adherence;

	private final Wins wins;

	private final CrisisResources crisisResources;

	HomeworkApiController(Assignments assignments, Practice practice, Today today, AdherenceReport adherence, Wins wins,
			CrisisResources crisisResources) {
		this.wins = wins;
		this.crisisResources = crisisResources;
		this.assignments = assignments;
		this.practice = practice;
		this.today = today;
		this.adherence = adherence;
	}

	@PostMapping("/api/v1/clients/{clientId}/assignments")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> assign(CurrentUser clinician, @PathVariable UUID clientId, @RequestBody AssignmentBody body) {
		return Map.of("id", this.assignments.assign(clinician, clientId, body.toPlan()));
	}

	@GetMapping("/api/v1/clients/{clientId}/assignments")
	List<AssignmentView> assignments(CurrentUser actor, @PathVariable UUID clientId) {
		return this.assignments.forClient(actor, clientId).stream().map(AssignmentView::of).toList();
	}

	@GetMapping("/api/v1/assignments/{id}")
	AssignmentView assignment(CurrentUser actor, @PathVariable UUID id) {
		return AssignmentView.of(this.assignments.get(actor, id));
	}

	/**
	 * One version of a template: a client reads the versions their own homework uses,
	 * clinicians every version of a template they may see.
	 */
	@GetMapping("/api/v1/templates/{key}/versions/{version}")
	Template templateVersion(CurrentUser anyone, @PathVariable String key, @PathVariable int version) {
		return this.assignments.templateVersion(anyone, key, version);
	}

	@GetMapping("/api/v1/me/wins")
	Wins.ClientWins wins(CurrentUser client) {
		return this.wins.forClient(client);
	}

	@GetMapping("/api/v1/me/today")
	List<TodayView> today(CurrentUser client) {
		return this.today.forClient(client)
			.stream()
			.map((item) -> new TodayView(item.assignmentId(), item.title(), item.date(), item.status()))
			.toList();
	}

	@PostMapping("/api/v1/assignments/{id}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> record(CurrentUser client, @PathVariable UUID id,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody EntryBody body) {
		EntryRequest entry = body.toRequest();
		UUID entryId = this.practice.record(client, id, key, entry);
		// After a hard practice the app offers a self-care step and the crisis resources
		// at once; a replay of the same entry says the same.
		return HardPractice.of(this.assignments.templateOf(this.assignments.get(client, id)), entry)
			.<Map<String, Object>>map((reason) -> Map.of("id", entryId, "selfCare",
					new SelfCare(reason, HELP_PAGE, this.crisisResources.all())))
			.orElseGet(() -> Map.of("id", entryId));
	}

	@GetMapping("/api/v1/assignments/{id}/entries")
	List<EntryView> entries(CurrentUser actor, @PathVariable UUID id) {
		return this.practice.entries(actor, id).stream().map(EntryView::of).toList();
	}

	@PostMapping("/api/v1/assignments/{id}/skips")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> skip(CurrentUser client, @PathVariable UUID id,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody SkipRequest body) {
		UUID skipId = this.practice.skip(client, id, key, body);
		// The client's own if-then plans for this practice, for the app to show them now.
		List<Barrier> ownPlans = this.assignments.get(client, id)
			.barriers()
			.stream()
			.filter((barrier) -> barrier.plan() != null)
			.toList();
		return Map.of("id", skipId, "ownPlans", ownPlans);
	}

	@GetMapping("/api/v1/assignments/{id}/skips")
	List<Skip> skips(CurrentUser actor, @PathVariable UUID id) {
		return this.practice.skips(actor, id);
	}

	@GetMapping("/api/v1/clients/{clientId}/adherence")
	Adherence adherence(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.adherence.between(actor, clientId, from, to);
	}

	record ScheduleBody(Set<String> daysOfWeek, LocalTime timeOfDay) {
	}

	record AssignmentBody(String templateKey, String title, String goal, String purpose, ScheduleBody schedule,
			String cue, Integer durationMinutes, LocalDate startDate, LocalDate endDate, List<Barrier> barriers,
			UUID goalId) {

		AssignmentPlan toPlan() {
			ScheduleBody plan = (this.schedule == null) ? new ScheduleBody(Set.of(), null) : this.schedule;
			return new AssignmentPlan(this.templateKey, this.title, this.goal, this.purpose, plan.daysOfWeek(),
					plan.timeOfDay(), this.cue, this.durationMinutes, this.startDate, this.endDate, this.barriers,
					this.goalId);
		}

	}

	record AssignmentView(UUID id, UUID clientId, String templateKey, String title, String goal, String purpose,
			Map<String, Object> schedule, String cue, Integer durationMinutes, LocalDate startDate, LocalDate endDate,
			List<Barrier> barriers, Instant createdAt, String place, UUID goalId) {

		static AssignmentView of(Assignment a) {
			List<String> days = a.schedule().orderedDays().stream().map((day) -> day.name().substring(0, 3)).toList();
			Map<String, Object> schedule = new java.util.LinkedHashMap<>();
			schedule.put("daysOfWeek", days);
			schedule.put("timeOfDay", a.schedule().timeOfDay());
			return new AssignmentView(a.id(), a.clientId(), a.templateKey(), a.title(), a.goal(), a.purpose(), schedule,
					a.cue(), a.durationMinutes(), a.startDate(), a.endDate(), a.barriers(), a.createdAt(), a.place(),
					a.goalId());
		}

	}

	record TodayView(UUID assignmentId, String title, LocalDate date, OccurrenceStatus status) {
	}

	record EntryBody(LocalDate occurredOn, Map<String, Object> answers, Integer durationSeconds, Integer quality,
			Integer moodBefore, Integer moodAfter, String note, @JsonProperty("private") Boolean keepPrivate,
			Boolean flagForSession, Integer listenedSeconds) {

		EntryRequest toRequest() {
			return new EntryRequest(this.occurredOn, this.answers, this.durationSeconds, this.quality, this.moodBefore,
					this.moodAfter, this.note, Boolean.TRUE.equals(this.keepPrivate),
					Boolean.TRUE.equals(this.flagForSession), this.listenedSeconds);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record EntryView(UUID id, UUID assignmentId, LocalDate occurredOn, Map<String, Object> answers,
			Integer durationSeconds, Integer quality, Integer moodBefore, Integer moodAfter, String note,
			@JsonProperty("private") boolean keepPrivate, Boolean flagForSession, Instant createdAt,
			Integer listenedSeconds) {

		static EntryView of(Entry e) {
			boolean hidden = e.answers() == null;
			return new EntryView(e.id(), e.assignmentId(), e.occurredOn(), e.answers(), e.durationSeconds(),
					e.quality(), e.moodBefore(), e.moodAfter(), e.note(), e.keepPrivate(),
					hidden ? null : e.flagForSession(), e.createdAt(), e.listenedSeconds());
		}

	}

	/**
	 * What the app offers after a hard practice.
	 *
	 * @param helpPage the page with the crisis resources and a self-care step
	 */
	record SelfCare(HardPractice reason, String helpPage, List<CrisisResource> crisisResources) {
	}

}
