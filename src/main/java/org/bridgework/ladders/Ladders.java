package org.bridgework.ladders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Practice;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.ladders.LadderState.NumberField;
import org.bridgework.ladders.StepEvaluator.Practised;
import org.bridgework.ladders.StepEvaluator.Skipped;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ladders on assignments: the clinician writes one, everyone who may see the assignment
 * sees where the client is and what the ladder suggests, and the clinician (or the
 * client, when allowed) accepts a step change. Who may see what is decided by
 * {@link Assignments#get} and {@link CareTeam} only.
 *
 * <p>
 * Suggestions are worked out from what the client's clinician may see: a private entry
 * counts as practice on its day, but its answers and quality count for nothing, so a
 * suggestion never gives away what the client kept to themselves.
 */
@Service
public class Ladders {

	static final int MAX_STEPS = 12;

	static final int MAX_WINDOW = 60;

	static final int LABEL_MAX = 200;

	static final int NOTE_MAX = 1000;

	private final Assignments assignments;

	private final Practice practice;

	private final CareTeam careTeam;

	private final LadderRepository ladders;

	private final Clock clock;

	Ladders(Assignments assignments, Practice practice, CareTeam careTeam, LadderRepository ladders, Clock clock) {
		this.assignments = assignments;
		this.practice = practice;
		this.careTeam = careTeam;
		this.ladders = ladders;
		this.clock = clock;
	}

	/** The assignment's ladder, or empty when it has none. */
	@Transactional(readOnly = true)
	public Optional<LadderState> find(CurrentUser actor, UUID assignmentId) {
		Assignment assignment = this.assignments.get(actor, assignmentId);
		ClientAccess access = this.careTeam.require(actor, assignment.clientId(), "view-ladder", assignmentId);
		return this.ladders.find(assignmentId).map((ladder) -> state(actor, access, assignment, ladder));
	}

	/** The questions of the assignment's template a rule can watch. */
	@Transactional(readOnly = true)
	public List<NumberField> numberFields(CurrentUser actor, UUID assignmentId) {
		return numberFields(this.assignments.get(actor, assignmentId));
	}

	/**
	 * Writes or rewrites the ladder. A new ladder starts on step 1, begun on the
	 * assignment's start date (the practice so far is the first step); an edit keeps the
	 * step the client is on.
	 */
	@Transactional
	public LadderState save(CurrentUser clinician, UUID assignmentId, LadderRequest request) {
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		ClientAccess access = this.careTeam.requireClinician(clinician, assignment.clientId(), "edit-ladder",
				assignmentId);
		LadderPlan plan = check(request, numberFields(assignment));
		Ladder ladder = this.ladders.findForUpdate(assignmentId)
			.map((existing) -> existing.edited(plan))
			.orElseGet(() -> new Ladder(assignmentId, plan, 1, assignment.startDate()));
		this.ladders.save(ladder, clinician);
		return state(clinician, access, assignment, ladder);
	}

	/**
	 * Moves the client to another step and keeps the change in the history. A client may
	 * only accept what the ladder suggests, and only when their clinician allowed it.
	 */
	@Transactional
	public LadderState change(CurrentUser actor, UUID assignmentId, StepChangeRequest request) {
		Assignment assignment = this.assignments.get(actor, assignmentId);
		ClientAccess access = this.careTeam.require(actor, assignment.clientId(), "change-ladder-step", assignmentId);
		Ladder ladder = this.ladders.findForUpdate(assignmentId).orElseThrow(() -> new NotFoundException("Ladder"));
		LadderState before = state(actor, access, assignment, ladder);
		if (!before.viewerMayStep()) {
			throw new AccessDeniedException("The clinician keeps step changes for session");
		}
		if (request.from() != null && request.from() != ladder.currentStep()) {
			throw new ConflictException("problem.ladder.moved");
		}
		Suggestion suggestion = before.suggestion();
		boolean suggested = request.to() == null || request.to().equals(suggestion.to());
		if (suggested && !suggestion.isChange()) {
			throw new ConflictException("problem.ladder.noSuggestion");
		}
		if (!suggested && access.isClient()) {
			throw new AccessDeniedException("A client accepts what the ladder suggests");
		}
		String note = FieldChecks.trimToNull(request.note());
		new FieldChecks().check(suggested || note != null, "note", "validation.ladder.noteNeeded")
			.maxLength("note", note, NOTE_MAX)
			.throwIfAny();
		int to = suggested ? suggestion.to() : request.to();
		Ladder moved = ladder.steppedTo(to, before.today());
		StepChange change = new StepChange(ladder.currentStep(), to, ladder.current().label(), moved.current().label(),
				this.clock.instant(), access.isClient() ? Role.CLIENT : Role.CLINICIAN, actor.displayName(),
				suggested ? suggestion.reasonCode() : null, suggested ? suggestion.reasonArgs() : List.of(), note);
		this.ladders.save(moved, actor);
		this.ladders.addChange(assignmentId, change, actor);
		return state(actor, access, assignment, moved);
	}

	private LadderState state(CurrentUser actor, ClientAccess access, Assignment assignment, Ladder ladder) {
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		List<Practised> entries = this.practice.entries(actor, assignment.id())
			.stream()
			.map((entry) -> entry.keepPrivate() ? entry.withoutContent() : entry)
			.map(Ladders::practised)
			.toList();
		List<Skipped> skips = this.practice.skips(actor, assignment.id())
			.stream()
			.map((skip) -> new Skipped(skip.occurredOn(), skip.createdAt(), skip.reason()))
			.toList();
		Suggestion suggestion = StepEvaluator.evaluate(ladder.currentStep(), ladder.steps().size(),
				ladder.stepStartedOn(), today, ladder.plan().moveOn(), ladder.plan().stepBack(),
				assignment::isOccurrence, entries, skips);
		boolean mayStep = access.isClinician() || (access.isClient() && ladder.plan().clientMayStep());
		return new LadderState(assignment, ladder, suggestion, this.ladders.history(assignment.id()), access.isClient(),
				mayStep, today, access.timezone(), numberFields(assignment));
	}

	private static Practised practised(Entry entry) {
		return new Practised(entry.occurredOn(), entry.createdAt(), entry.quality(), entry.answers());
	}

	private List<NumberField> numberFields(Assignment assignment) {
		return this.assignments.templateOf(assignment)
			.fields()
			.stream()
			.filter((field) -> field.type().isWholeNumber())
			.map((TemplateField field) -> new NumberField(field.name(), field.label()))
			.toList();
	}

	/** Every problem of the request at once, or the plan it describes. */
	static LadderPlan check(LadderRequest request, List<NumberField> numberFields) {
		FieldChecks checks = new FieldChecks();
		List<LadderStep> steps = new ArrayList<>();
		for (int i = 0; i < request.steps().size(); i++) {
			LadderRequest.Step step = request.steps().get(i);
			String label = (step == null) ? null : FieldChecks.trimToNull(step.label());
			checks.required("steps[" + i + "].label", label)
				.maxLength("steps[" + i + "].label", label, LABEL_MAX)
				.range("steps[" + i + "].target", (step == null) ? null : step.target(), 0, 100_000);
			steps.add(new LadderStep(label, (step == null) ? null : step.target()));
		}
		checks.check(steps.size() >= 2, "steps", "validation.ladder.tooFewSteps")
			.check(steps.size() <= MAX_STEPS, "steps", "validation.ladder.tooManySteps", MAX_STEPS)
			.maxLength("targetUnit", request.targetUnit(), 40);
		MoveOn moveOn = moveOn(request.moveOn(), numberFields, checks);
		StepBack stepBack = stepBack(request.stepBack(), numberFields, checks);
		checks.throwIfAny();
		return new LadderPlan(steps, FieldChecks.trimToNull(request.targetUnit()),
				Boolean.TRUE.equals(request.clientMayStep()), moveOn, stepBack);
	}

	private static MoveOn moveOn(LadderRequest.Rule rule, List<NumberField> numberFields, FieldChecks checks) {
		if (rule == null || rule.kind() == null
				|| !List.of("DONE_DAYS", "FIELD_AT_MOST").contains(rule.kind().toUpperCase(java.util.Locale.ROOT))) {
			checks.add("moveOn.kind", "validation.ladder.kind");
			return null;
		}
		boolean days = rule.kind().equalsIgnoreCase("DONE_DAYS");
		String timesField = days ? "moveOn.days" : "moveOn.times";
		Integer times = days ? rule.days() : rule.times();
		checks.check(times != null, timesField, "validation.required")
			.range(timesField, times, 1, MAX_WINDOW)
			.check(rule.ofLast() != null, "moveOn.ofLast", "validation.required")
			.range("moveOn.ofLast", rule.ofLast(), 1, MAX_WINDOW)
			.check(times == null || rule.ofLast() == null || rule.ofLast() >= times, "moveOn.ofLast",
					"validation.ladder.window");
		if (days) {
			checks.range("moveOn.minQuality", rule.minQuality(), 1, 5);
		}
		else {
			checkField("moveOn.field", rule.field(), numberFields, checks);
			checks.check(rule.atMost() != null, "moveOn.atMost", "validation.required")
				.range("moveOn.atMost", rule.atMost(), -100_000, 100_000);
		}
		if (checks.hasProblemWith(timesField) || checks.hasProblemWith("moveOn.ofLast")
				|| checks.hasProblemWith("moveOn.field") || checks.hasProblemWith("moveOn.atMost")) {
			return null;
		}
		return days ? new MoveOn.DoneOnDays(times, rule.ofLast(), rule.minQuality())
				: new MoveOn.FieldAtMost(rule.field(), rule.atMost(), times, rule.ofLast());
	}

	private static StepBack stepBack(StepBack rule, List<NumberField> numberFields, FieldChecks checks) {
		if (rule == null) {
			return StepBack.NEVER;
		}
		String field = FieldChecks.trimToNull(rule.field());
		boolean distress = field != null || rule.atLeast() != null || rule.entries() != null;
		if (distress) {
			checkField("stepBack.field", field, numberFields, checks);
			checks.check(rule.atLeast() != null, "stepBack.atLeast", "validation.required")
				.range("stepBack.atLeast", rule.atLeast(), -100_000, 100_000)
				.check(rule.entries() != null, "stepBack.entries", "validation.required")
				.range("stepBack.entries", rule.entries(), 1, MAX_WINDOW);
		}
		checks.range("stepBack.hardSkips", rule.hardSkips(), 1, MAX_WINDOW);
		return distress ? new StepBack(field, rule.atLeast(), rule.entries(), rule.hardSkips())
				: new StepBack(null, null, null, rule.hardSkips());
	}

	private static void checkField(String name, String field, List<NumberField> numberFields, FieldChecks checks) {
		if (field == null || field.isBlank()) {
			checks.add(name, "validation.required");
		}
		else if (numberFields.stream().noneMatch((candidate) -> candidate.name().equals(field))) {
			checks.add(name, "validation.ladder.field");
		}
	}

}
