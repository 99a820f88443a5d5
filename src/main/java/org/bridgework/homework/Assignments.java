package org.bridgework.homework;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.goals.Goal;
import org.bridgework.goals.Goals;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateLibrary;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning homework to a client and reading it back.
 */
@Service
public class Assignments {

	static final int TEXT_MAX = 500;

	private final AssignmentRepository assignments;

	private final TemplateLibrary library;

	private final CareTeam careTeam;

	private final Goals goals;

	private final Clock clock;

	Assignments(AssignmentRepository assignments, TemplateLibrary library, CareTeam careTeam, Goals goals,
			Clock clock) {
		this.goals = goals;
		this.assignments = assignments;
		this.library = library;
		this.careTeam = careTeam;
		this.clock = clock;
	}

	@Transactional
	public UUID assign(CurrentUser clinician, UUID clientId, AssignmentPlan plan) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "assign-homework");
		Template template = templateFor(clinician, plan.templateKey());
		Set<DayOfWeek> days = checkPlan(plan);
		Goal goal = goalServed(access, plan);
		Assignment assignment = new Assignment(UUID.randomUUID(), access.clientId(), template.versionId(),
				template.key(), plan.title().trim(), goalInWords(plan, goal), FieldChecks.trimToNull(plan.purpose()),
				new WeeklySchedule(days, plan.timeOfDay()), FieldChecks.trimToNull(plan.cue()), plan.durationMinutes(),
				plan.startDate(), plan.endDate(), cleanBarriers(plan.barriers()), null, null,
				(goal == null) ? null : goal.id());
		this.assignments.insert(assignment, clinician.id());
		return assignment.id();
	}

	/**
	 * The goal the plan serves: the client's goal named by id, or the one in use with the
	 * words given (made when there is none). Words that name another goal than the id are
	 * refused. The whole assignment is one transaction, so a refusal stores no goal
	 * either.
	 */
	private Goal goalServed(ClientAccess access, AssignmentPlan plan) {
		String words = FieldChecks.trimToNull(plan.goal());
		if (plan.goalId() == null) {
			return (words == null) ? null : this.goals.inWords(access, words);
		}
		Goal goal = this.goals.toServe(access, plan.goalId());
		if (words != null && !words.equalsIgnoreCase(goal.words().strip())) {
			throw new InvalidInputException("goal", "validation.goal.notTheGoalId");
		}
		return goal;
	}

	/** The goal as the clinician wrote it here, or else in the goal's own words. */
	private static String goalInWords(AssignmentPlan plan, Goal goal) {
		String words = FieldChecks.trimToNull(plan.goal());
		return (words != null || goal == null) ? words : goal.words();
	}

	/**
	 * Takes back an assignment that has not begun: its start date is still to come in the
	 * client's time zone, so the client cannot have recorded anything for it. Used for
	 * practices planned far ahead (booster tune-ups) that are no longer wanted; one that
	 * has begun is refused, so nothing the client wrote is ever lost.
	 */
	@Transactional
	public void withdrawBeforeStart(CurrentUser clinician, UUID assignmentId) {
		Assignment assignment = this.assignments.find(assignmentId)
			.orElseThrow(() -> new NotFoundException("Assignment"));
		ClientAccess access = this.careTeam.requireClinician(clinician, assignment.clientId(), "withdraw-assignment");
		if (!assignment.startDate().isAfter(LocalDate.now(this.clock.withZone(access.timezone())))
				|| !this.assignments.deleteIfUntouched(assignmentId)) {
			throw new ConflictException("problem.assignment.begun");
		}
	}

	@Transactional(readOnly = true)
	public List<Assignment> forClient(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "list-assignments");
		return this.assignments.forClient(access.clientId());
	}

	/**
	 * One assignment, for its client or one of their clinicians; anyone else is told it
	 * does not exist.
	 */
	@Transactional(readOnly = true)
	public Assignment get(CurrentUser actor, UUID assignmentId) {
		return readable(actor, assignmentId, "view-assignment").assignment();
	}

	/**
	 * One version of a template, for whoever may read it: a clinician reads any version
	 * of a template they may see; a client only a version their own homework uses. Anyone
	 * else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public Template templateVersion(CurrentUser actor, String key, int version) {
		if (!actor.is(Role.CLIENT)) {
			return this.library.version(actor, key, version);
		}
		UUID clientId = this.careTeam.requireSelf(actor, "view-template-version").clientId();
		return this.assignments.forClient(clientId)
			.stream()
			.filter((assignment) -> key.equals(assignment.templateKey()))
			.map(this::templateOf)
			.filter((template) -> template.version() == version)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Template version"));
	}

	@Transactional(readOnly = true)
	public Template templateOf(Assignment assignment) {
		return this.library.version(assignment.templateVersionId());
	}

	AccessibleAssignment readable(CurrentUser actor, UUID assignmentId, String action) {
		Assignment assignment = this.assignments.find(assignmentId)
			.orElseThrow(() -> new NotFoundException("Assignment"));
		ClientAccess access = this.careTeam.require(actor, assignment.clientId(), action, assignmentId);
		return new AccessibleAssignment(assignment, access);
	}

	private Template templateFor(CurrentUser clinician, String key) {
		if (key == null || key.isBlank()) {
			throw new InvalidInputException("templateKey", "validation.required");
		}
		try {
			return this.library.forAssigning(clinician, key);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("templateKey", "validation.template.unknown");
		}
	}

	/**
	 * Refuses a plan with every problem it has apart from its template, storing nothing.
	 * The web form uses it to show all problems at once when some values could not even
	 * be read.
	 */
	public void check(AssignmentPlan plan) {
		checkPlan(plan);
	}

	private static Set<DayOfWeek> checkPlan(AssignmentPlan plan) {
		FieldChecks checks = new FieldChecks().required("title", plan.title())
			.maxLength("title", plan.title(), 200)
			.maxLength("goal", plan.goal(), TEXT_MAX)
			.maxLength("purpose", plan.purpose(), TEXT_MAX)
			.maxLength("cue", plan.cue(), TEXT_MAX)
			.range("durationMinutes", plan.durationMinutes(), 1, 600)
			.check(plan.startDate() != null, "startDate", "validation.required")
			.check(plan.startDate() == null || plan.endDate() == null || !plan.endDate().isBefore(plan.startDate()),
					"endDate", "validation.endDate.beforeStart")
			.check(!plan.daysOfWeek().isEmpty(), "schedule.daysOfWeek", "validation.days.none");
		Set<DayOfWeek> days = parseDays(plan.daysOfWeek(), checks);
		for (int i = 0; i < plan.barriers().size(); i++) {
			Barrier barrier = plan.barriers().get(i);
			checks.check(barrier != null && barrier.barrier() != null && !barrier.barrier().isBlank(),
					"barriers[" + i + "].barrier", "validation.required");
			checks.maxLength("barriers[" + i + "].plan", (barrier == null) ? null : barrier.plan(), TEXT_MAX);
		}
		checks.throwIfAny();
		return days;
	}

	private static Set<DayOfWeek> parseDays(Set<String> names, FieldChecks checks) {
		Set<String> upper = names.stream()
			.map((name) -> (name == null) ? "" : name.trim().toUpperCase(Locale.ROOT))
			.collect(Collectors.toSet());
		Set<DayOfWeek> days = java.util.Arrays.stream(DayOfWeek.values())
			.filter((day) -> upper.contains(day.name().substring(0, 3)) || upper.contains(day.name()))
			.collect(Collectors.toSet());
		checks.check(days.size() == upper.size(), "schedule.daysOfWeek", "validation.days.unknown");
		return days;
	}

	private static List<Barrier> cleanBarriers(List<Barrier> barriers) {
		return barriers.stream()
			.map((barrier) -> new Barrier(barrier.barrier().trim(), FieldChecks.trimToNull(barrier.plan())))
			.toList();
	}

	record AccessibleAssignment(Assignment assignment, ClientAccess access) {
	}

}
