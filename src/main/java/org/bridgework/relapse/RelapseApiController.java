package org.bridgework.relapse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staying-well plan and booster tune-ups in the JSON API: the client and their
 * clinicians read them; the clinicians write the plan (whole-plan replace, every save
 * kept as a version), plan boosters, and cancel them before their day.
 */
@RestController
class RelapseApiController {

	private final StayingWellPlans plans;

	private final Boosters boosters;

	RelapseApiController(StayingWellPlans plans, Boosters boosters) {
		this.plans = plans;
		this.boosters = boosters;
	}

	@GetMapping("/api/v1/clients/{clientId}/relapse-prevention-plan")
	PlanView plan(CurrentUser actor, @PathVariable UUID clientId) {
		return PlanView.of(this.plans.get(actor, clientId));
	}

	@PutMapping("/api/v1/clients/{clientId}/relapse-prevention-plan")
	PlanView save(CurrentUser clinician, @PathVariable UUID clientId, @RequestBody PlanRequest body) {
		this.plans.save(clinician, clientId, body);
		return PlanView.of(this.plans.get(clinician, clientId));
	}

	@GetMapping("/api/v1/clients/{clientId}/relapse-prevention-plan/versions")
	List<VersionView> versions(CurrentUser actor, @PathVariable UUID clientId) {
		return this.plans.versions(actor, clientId)
			.stream()
			.map((v) -> new VersionView(v.version(), v.savedAt(), v.savedByName(), v.content()))
			.toList();
	}

	@PostMapping("/api/v1/clients/{clientId}/boosters")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> schedule(CurrentUser clinician, @PathVariable UUID clientId, @RequestBody BoosterRequest body) {
		List<UUID> ids = this.boosters.schedule(clinician, clientId, body);
		List<BoosterView> made = this.boosters.forClient(clinician, clientId)
			.stream()
			.filter((seen) -> ids.contains(seen.booster().id()))
			.map(BoosterView::of)
			.toList();
		return Map.of("ids", ids, "boosters", made);
	}

	@GetMapping("/api/v1/clients/{clientId}/boosters")
	List<BoosterView> boosters(CurrentUser actor, @PathVariable UUID clientId) {
		return this.boosters.forClient(actor, clientId).stream().map(BoosterView::of).toList();
	}

	@DeleteMapping("/api/v1/boosters/{boosterId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancel(CurrentUser clinician, @PathVariable UUID boosterId) {
		this.boosters.cancel(clinician, boosterId);
	}

	/**
	 * @param version 0 while nothing is written yet
	 * @param updatedAt null while nothing is written yet
	 */
	record PlanView(UUID clientId, int version, Instant updatedAt, String updatedBy, List<String> warningSigns,
			List<String> triggers, List<StrategyView> copingStrategies, List<PlanRequest.Contact> contacts,
			String note) {

		static PlanView of(StayingWellPlan plan) {
			PlanRequest content = plan.content();
			PlanVersion current = plan.current();
			return new PlanView(plan.clientId(), (current == null) ? 0 : current.version(),
					(current == null) ? null : current.savedAt(), (current == null) ? null : current.savedByName(),
					content.warningSigns(), content.triggers(),
					plan.strategies().stream().map(StrategyView::of).toList(), content.contacts(), content.note());
		}

	}

	/**
	 * @param practice what the linked homework showed, or null
	 */
	record StrategyView(String text, UUID assignmentId, PracticeView practice) {

		static StrategyView of(StayingWellPlan.Strategy strategy) {
			StayingWellPlan.Practised p = strategy.practice();
			return new StrategyView(strategy.text(), strategy.assignmentId(), (p == null) ? null
					: new PracticeView(p.assignmentId(), p.title(), p.times(), p.moodBefore(), p.moodAfter()));
		}

	}

	record PracticeView(UUID assignmentId, String title, int timesPractised, Double averageMoodBefore,
			Double averageMoodAfter) {
	}

	record VersionView(int version, Instant savedAt, String savedBy, PlanRequest plan) {
	}

	record BoosterView(UUID id, UUID seriesId, UUID assignmentId, String templateKey, String title, LocalDate date,
			String note, Booster.Status status, boolean practised, boolean cancellable) {

		static BoosterView of(Booster.Seen seen) {
			Booster b = seen.booster();
			return new BoosterView(b.id(), b.seriesId(), b.assignmentId(), b.templateKey(), b.title(), b.date(),
					b.note(), seen.status(), seen.practised(), seen.isCancellable());
		}

	}

}
