package org.bridgework.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's treatment goals: written by their clinician together with them, read by
 * both. A goal is reworded, tied to a value, moved or set aside, never deleted; every
 * change is kept as a revision.
 */
@Service
public class Goals {

	static final int WORDS_MAX = 500;

	static final int VALUE_MAX = 100;

	private final GoalRepository goals;

	private final CareTeam careTeam;

	Goals(GoalRepository goals, CareTeam careTeam) {
		this.goals = goals;
		this.careTeam = careTeam;
	}

	/**
	 * Goals in use in their order, then those set aside; for the client and their
	 * clinicians.
	 */
	@Transactional(readOnly = true)
	public List<Goal> forClient(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "list-goals");
		return this.goals.forClient(access.clientId());
	}

	/** The same, for a caller who has checked access already. */
	@Transactional(readOnly = true)
	public List<Goal> forClient(ClientAccess access) {
		return this.goals.forClient(access.clientId());
	}

	/**
	 * One goal, for the client and their clinicians; anyone else is told it does not
	 * exist.
	 */
	@Transactional(readOnly = true)
	public Goal get(CurrentUser actor, UUID goalId) {
		Goal goal = this.goals.find(goalId).orElseThrow(() -> new NotFoundException("Goal"));
		this.careTeam.require(actor, goal.clientId(), "view-goal", goalId);
		return goal;
	}

	@Transactional(readOnly = true)
	public List<GoalRevision> history(CurrentUser actor, UUID goalId) {
		get(actor, goalId);
		return this.goals.revisions(goalId);
	}

	/**
	 * A new goal, last in the client's order. Nothing is stored when a part is refused.
	 */
	@Transactional
	public Goal add(CurrentUser clinician, UUID clientId, String words, String value) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "add-goal");
		FieldChecks checks = new FieldChecks();
		String kept = checkedWords(words, checks);
		String tiedTo = checkedValue(value, checks);
		checks.throwIfAny();
		return this.goals.find(this.goals.insert(access.clientId(), kept, tiedTo, clinician.id())).orElseThrow();
	}

	/**
	 * The client's clinician changes parts of a goal; each part that changes is kept as a
	 * revision. Other clinicians and clients are told it does not exist, or may not.
	 */
	@Transactional
	public Goal change(CurrentUser clinician, UUID goalId, GoalChange change) {
		Goal goal = this.goals.find(goalId).orElseThrow(() -> new NotFoundException("Goal"));
		ClientAccess access = this.careTeam.requireClinician(clinician, goal.clientId(), "change-goal", goalId);
		FieldChecks checks = new FieldChecks();
		String words = (change.words() == null) ? goal.words() : checkedWords(change.words(), checks);
		String value = (change.value() == null) ? goal.value() : checkedValue(change.value(), checks);
		List<Goal> inUse = this.goals.forClient(access.clientId()).stream().filter((g) -> !g.archived()).toList();
		if (change.position() != null) {
			checks.check(!goal.archived(), "position", "validation.goal.positionArchived");
			checks.range("position", change.position(), 1, Math.max(1, inUse.size()));
		}
		checks.throwIfAny();
		UUID by = clinician.id();
		boolean changed = record(goal, by, "words", goal.words(), words, () -> this.goals.setWords(goalId, words));
		changed |= record(goal, by, "value", goal.value(), value, () -> this.goals.setValue(goalId, value));
		if (change.archived() != null) {
			boolean archived = change.archived();
			changed |= record(goal, by, "archived", String.valueOf(goal.archived()), String.valueOf(archived),
					() -> this.goals.setArchived(goalId, archived));
		}
		if (change.position() != null) {
			changed |= move(goal, inUse, change.position(), by);
		}
		if (changed) {
			this.goals.touched(goalId, by);
		}
		return this.goals.find(goalId).orElseThrow();
	}

	/**
	 * The goal an assignment of the client is to serve: one of theirs and in use.
	 * Anything else is a problem with {@code goalId}, so nothing of the assignment is
	 * stored.
	 */
	@Transactional(readOnly = true)
	public Goal toServe(ClientAccess access, UUID goalId) {
		Goal goal = this.goals.find(goalId)
			.filter((found) -> found.clientId().equals(access.clientId()))
			.orElseThrow(() -> new InvalidInputException("goalId", "validation.goal.unknown"));
		if (goal.archived()) {
			throw new InvalidInputException("goalId", "validation.goal.archived");
		}
		return goal;
	}

	/**
	 * The client's goal in use with these words, or a new one written by the caller: how
	 * homework assigned with a goal in words (and not a goal's id) finds its goal.
	 */
	@Transactional
	public Goal inWords(ClientAccess access, String words) {
		FieldChecks checks = new FieldChecks();
		String kept = checkedWords(words, checks);
		checks.throwIfAny();
		return this.goals.inUseWithWords(access.clientId(), kept)
			.orElseGet(() -> this.goals.find(this.goals.insert(access.clientId(), kept, null, access.actor().id()))
				.orElseThrow());
	}

	private boolean record(Goal goal, UUID by, String part, String before, String after, Runnable apply) {
		if (Objects.equals(before, after)) {
			return false;
		}
		apply.run();
		this.goals.revision(goal.id(), by, part, before, after);
		return true;
	}

	/** Moves the goal to its new place among those in use and numbers them all again. */
	private boolean move(Goal goal, List<Goal> inUse, int position, UUID by) {
		List<Goal> ordered = new ArrayList<>(inUse);
		int from = ordered.indexOf(ordered.stream().filter((g) -> g.id().equals(goal.id())).findFirst().orElseThrow());
		if (from == position - 1) {
			return false;
		}
		ordered.add(position - 1, ordered.remove(from));
		for (int i = 0; i < ordered.size(); i++) {
			this.goals.setPosition(ordered.get(i).id(), i + 1);
		}
		this.goals.revision(goal.id(), by, "position", String.valueOf(from + 1), String.valueOf(position));
		return true;
	}

	private static String checkedWords(String words, FieldChecks checks) {
		String kept = (words == null) ? null : words.strip();
		checks.required("words", kept).maxLength("words", kept, WORDS_MAX);
		return kept;
	}

	private static String checkedValue(String value, FieldChecks checks) {
		String kept = FieldChecks.trimToNull(value);
		checks.maxLength("value", kept, VALUE_MAX);
		return kept;
	}

}
