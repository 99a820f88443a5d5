package org.bridgework.relapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Entry;
import org.bridgework.homework.Practice;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's staying-well plan: the client and their clinicians read it, the clinicians
 * write it (with the client, in session). Every save is a new version. Who may see what
 * is decided by {@link CareTeam}; what linked homework showed is read through homework's
 * {@link Practice}, so a clinician never sees what the client kept private.
 */
@Service
public class StayingWellPlans {

	static final int MAX_ITEMS = 20;

	static final int TEXT_MAX = 500;

	static final int NAME_MAX = 200;

	static final int NOTE_MAX = 2000;

	private final CareTeam careTeam;

	private final Assignments assignments;

	private final Practice practice;

	private final StayingWellPlanRepository plans;

	StayingWellPlans(CareTeam careTeam, Assignments assignments, Practice practice, StayingWellPlanRepository plans) {
		this.careTeam = careTeam;
		this.assignments = assignments;
		this.practice = practice;
		this.plans = plans;
	}

	@Transactional(readOnly = true)
	StayingWellPlan get(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-staying-well-plan");
		return state(actor, access.clientId(), this.plans.current(access.clientId()).orElse(null));
	}

	@Transactional(readOnly = true)
	List<PlanVersion> versions(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "view-staying-well-versions");
		return this.plans.versions(access.clientId());
	}

	/**
	 * Replaces the whole plan with a new version; the earlier ones are kept. A plan with
	 * any problem stores nothing.
	 */
	@Transactional
	public void save(CurrentUser clinician, UUID clientId, PlanRequest request) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "edit-staying-well-plan");
		PlanRequest clean = check(request, this.assignments.forClient(clinician, access.clientId()));
		this.plans.add(access.clientId(), clean, clinician);
	}

	private StayingWellPlan state(CurrentUser actor, UUID clientId, PlanVersion current) {
		List<StayingWellPlan.Strategy> strategies = new ArrayList<>();
		if (current != null) {
			Map<UUID, Assignment> own = this.assignments.forClient(actor, clientId)
				.stream()
				.collect(Collectors.toMap(Assignment::id, Function.identity()));
			for (PlanRequest.CopingStrategy strategy : current.content().copingStrategies()) {
				Assignment linked = (strategy.assignmentId() == null) ? null : own.get(strategy.assignmentId());
				strategies.add(new StayingWellPlan.Strategy(strategy.text(), strategy.assignmentId(),
						(linked == null) ? null : practised(actor, linked)));
			}
		}
		return new StayingWellPlan(clientId, current, strategies);
	}

	private StayingWellPlan.Practised practised(CurrentUser actor, Assignment assignment) {
		List<Entry> entries = this.practice.entries(actor, assignment.id());
		List<Entry> withMoods = entries.stream()
			.filter((entry) -> entry.moodBefore() != null && entry.moodAfter() != null)
			.toList();
		return new StayingWellPlan.Practised(assignment.id(), assignment.title(), entries.size(),
				average(withMoods, Entry::moodBefore), average(withMoods, Entry::moodAfter));
	}

	private static Double average(List<Entry> entries, Function<Entry, Integer> mood) {
		if (entries.isEmpty()) {
			return null;
		}
		double mean = entries.stream().mapToInt(mood::apply).average().orElseThrow();
		return Math.round(mean * 10) / 10.0;
	}

	/** Every problem of the plan at once, or the plan trimmed. */
	static PlanRequest check(PlanRequest request, List<Assignment> clientsAssignments) {
		FieldChecks checks = new FieldChecks();
		List<String> signs = texts("warningSigns", request.warningSigns(), checks);
		List<String> triggers = texts("triggers", request.triggers(), checks);
		List<PlanRequest.CopingStrategy> strategies = new ArrayList<>();
		checks.check(request.copingStrategies().size() <= MAX_ITEMS, "copingStrategies",
				"validation.stayingWell.tooMany", MAX_ITEMS);
		for (int i = 0; i < request.copingStrategies().size(); i++) {
			PlanRequest.CopingStrategy strategy = request.copingStrategies().get(i);
			String text = (strategy == null) ? null : FieldChecks.trimToNull(strategy.text());
			UUID linked = (strategy == null) ? null : strategy.assignmentId();
			checks.required("copingStrategies[" + i + "].text", text)
				.maxLength("copingStrategies[" + i + "].text", text, TEXT_MAX)
				.check(linked == null || clientsAssignments.stream().anyMatch((a) -> a.id().equals(linked)),
						"copingStrategies[" + i + "].assignmentId", "validation.stayingWell.assignment");
			strategies.add(new PlanRequest.CopingStrategy(text, linked));
		}
		List<PlanRequest.Contact> contacts = new ArrayList<>();
		checks.check(request.contacts().size() <= MAX_ITEMS, "contacts", "validation.stayingWell.tooMany", MAX_ITEMS);
		for (int i = 0; i < request.contacts().size(); i++) {
			PlanRequest.Contact contact = request.contacts().get(i);
			String name = (contact == null) ? null : FieldChecks.trimToNull(contact.name());
			String reach = (contact == null) ? null : FieldChecks.trimToNull(contact.reach());
			String helps = (contact == null) ? null : FieldChecks.trimToNull(contact.helpsWith());
			checks.required("contacts[" + i + "].name", name)
				.maxLength("contacts[" + i + "].name", name, NAME_MAX)
				.maxLength("contacts[" + i + "].reach", reach, NAME_MAX)
				.maxLength("contacts[" + i + "].helpsWith", helps, TEXT_MAX);
			contacts.add(new PlanRequest.Contact(name, reach, helps));
		}
		String note = FieldChecks.trimToNull(request.note());
		checks.maxLength("note", note, NOTE_MAX).throwIfAny();
		return new PlanRequest(signs, triggers, strategies, contacts, note);
	}

	private static List<String> texts(String name, List<String> items, FieldChecks checks) {
		checks.check(items.size() <= MAX_ITEMS, name, "validation.stayingWell.tooMany", MAX_ITEMS);
		List<String> clean = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String text = FieldChecks.trimToNull(items.get(i));
			checks.required(name + "[" + i + "]", text).maxLength(name + "[" + i + "]", text, TEXT_MAX);
			clean.add(text);
		}
		return clean;
	}

}
