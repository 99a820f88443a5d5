package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.PlanChange;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.Plans;
import org.bridgework.homework.PracticeIdea;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * What the client proposed since the last session, for the digest: each change to a plan
 * with its status and the client's own words about it, and each practice of their own
 * they thought of.
 */
@Component
class ProposalsInDigest implements DigestContributor {

	private final Assignments assignments;

	private final Plans plans;

	private final Messages messages;

	private final PracticeIdeas ideas;

	ProposalsInDigest(Assignments assignments, Plans plans, Messages messages, PracticeIdeas ideas) {
		this.ideas = ideas;
		this.assignments = assignments;
		this.plans = plans;
		this.messages = messages;
	}

	@Override
	public DigestSlot slot() {
		return DigestSlot.CLIENT_PROPOSALS;
	}

	@Override
	public List<DigestNote> notes(ClientAccess access, LocalDate from, LocalDate to) {
		Stream<DigestNote> changes = this.assignments.forClient(access.actor(), access.clientId())
			.stream()
			.flatMap((assignment) -> notes(access, assignment, from, to));
		Stream<DigestNote> ideas = this.ideas.forClient(access.actor(), access.clientId()).stream().flatMap((idea) -> {
			LocalDate day = LocalDate.ofInstant(idea.createdAt(), access.timezone());
			return (day.isBefore(from) || day.isAfter(to)) ? Stream.empty() : Stream.of(note(idea, day));
		});
		return Stream.concat(changes, ideas).sorted(Comparator.comparing(DigestNote::day)).toList();
	}

	private DigestNote note(PracticeIdea idea, LocalDate day) {
		String status = this.messages.get("idea.status.clinician." + idea.status().name());
		String detail = (idea.why() != null) ? this.messages.get("digest.idea.detailWithWhy", status, idea.why())
				: status;
		return new DigestNote(day, this.messages.get("digest.idea.text", idea.title()), detail);
	}

	private Stream<DigestNote> notes(ClientAccess access, Assignment assignment, LocalDate from, LocalDate to) {
		return this.plans.proposals(access.actor(), assignment.id()).stream().flatMap((proposal) -> {
			LocalDate day = LocalDate.ofInstant(proposal.createdAt(), access.timezone());
			if (day.isBefore(from) || day.isAfter(to)) {
				return Stream.empty();
			}
			return Stream.of(note(assignment, proposal, day));
		});
	}

	private DigestNote note(Assignment assignment, PlanProposal proposal, LocalDate day) {
		String changes = proposal.changes().stream().map(this::change).collect(Collectors.joining("; "));
		String status = this.messages.get("plan.status.clinician." + proposal.status().name());
		String detail = (proposal.note() != null)
				? this.messages.get("digest.proposal.detailWithNote", status, proposal.note()) : status;
		return new DigestNote(day, this.messages.get("digest.proposal.text", assignment.title(), changes), detail);
	}

	private String change(PlanChange change) {
		String none = this.messages.get("plan.value.none");
		return this.messages.get("digest.proposal.change", this.messages.get("plan.field." + change.field().jsonName()),
				(change.before() != null) ? change.before() : none, (change.after() != null) ? change.after() : none);
	}

}
