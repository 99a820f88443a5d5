package org.bridgework.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisResource;
import org.bridgework.safety.CrisisResources;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measures in the JSON API: a client answers one, anyone in their care reads the series,
 * and clinicians schedule them.
 */
@RestController
class MeasuresApiController {

	private final Measures measures;

	private final MeasureSchedules schedules;

	private final CrisisResources crisisResources;

	MeasuresApiController(Measures measures, MeasureSchedules schedules, CrisisResources crisisResources) {
		this.measures = measures;
		this.schedules = schedules;
		this.crisisResources = crisisResources;
	}

	@PostMapping("/api/v1/me/measures/{instrument}")
	@ResponseStatus(HttpStatus.CREATED)
	TakenView take(CurrentUser client, @PathVariable String instrument,
			@RequestBody(required = false) TakeRequest body) {
		TakeRequest request = (body == null) ? new TakeRequest(null, null) : body;
		MeasureResponse response = this.measures.take(client, instrument, request.answers(), request.difficulty());
		Score score = response.score();
		return new TakenView(response.id(), response.instrument(), score.total(), score.severity(), score.flags(),
				score.item9Positive() ? this.crisisResources.all() : List.of(), response.takenAt(),
				score.clusters().isEmpty() ? null : score.clusters(), score.cutOffZone());
	}

	@GetMapping("/api/v1/clients/{clientId}/measures")
	List<SeriesPoint> series(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) String instrument) {
		return this.measures.series(actor, clientId, instrument)
			.stream()
			.map((r) -> new SeriesPoint(r.id(), r.instrument(), r.takenAt(), r.total(), r.severity(),
					r.score().flags()))
			.toList();
	}

	@PostMapping("/api/v1/clients/{clientId}/measure-schedules")
	@ResponseStatus(HttpStatus.CREATED)
	ScheduleView schedule(CurrentUser clinician, @PathVariable UUID clientId,
			@RequestBody(required = false) ScheduleRequest body) {
		ScheduleRequest request = (body == null) ? new ScheduleRequest(null, null, null) : body;
		return view(
				this.schedules.add(clinician, clientId, request.instrument(), request.every(), request.startDate()));
	}

	@GetMapping("/api/v1/clients/{clientId}/measure-schedules")
	List<ScheduleView> schedules(CurrentUser actor, @PathVariable UUID clientId) {
		return this.schedules.forClient(actor, clientId).stream().map(this::view).toList();
	}

	@DeleteMapping("/api/v1/measure-schedules/{scheduleId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void stop(CurrentUser clinician, @PathVariable UUID scheduleId) {
		this.schedules.stop(clinician, scheduleId);
	}

	private ScheduleView view(MeasureSchedules.Seen seen) {
		MeasureSchedule s = seen.schedule();
		return new ScheduleView(s.id(), s.clientId(), s.instrument(), s.every(), s.startDate(), seen.nextDue(),
				seen.due());
	}

	record TakeRequest(List<Integer> answers, Integer difficulty) {
	}

	/**
	 * @param clusters the PCL-5's cluster sub-scores, only for the PCL-5
	 * @param cutOffZone the PCL-5 total against the 31-33 zone, only for the PCL-5
	 */
	record TakenView(UUID id, String instrument, int total, String severity, List<String> flags,
			List<CrisisResource> crisisResources, Instant takenAt, Map<String, Integer> clusters, String cutOffZone) {
	}

	record SeriesPoint(UUID id, String instrument, Instant takenAt, int total, String severity, List<String> flags) {
	}

	record ScheduleRequest(String instrument, MeasureSchedule.Every every, LocalDate startDate) {
	}

	/**
	 * @param nextDue the day the next one is asked for (today or earlier when due now)
	 * @param due whether the client is asked for it now
	 */
	record ScheduleView(UUID id, UUID clientId, String instrument, MeasureSchedule.Every every, LocalDate startDate,
			LocalDate nextDue, boolean due) {
	}

}
