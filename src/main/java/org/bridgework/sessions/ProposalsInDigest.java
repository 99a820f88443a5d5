package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.PlanChange;
import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.Plans;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * What the client proposed for their plans since the last session, for the digest: each
 * proposal with its changes, its status, and the client's own words about it.
 */
@Component
class ProposalsInDigest implements DigestContributor {

	private final Assignments assignments;

	private final Plans plans;

	private final Messages messages;

	ProposalsInDigest(Assignments assignments, Plans plans, Messages messages) {
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
		return this.assignments.forClient(access.actor(), access.clientId())
			.stream()
			.flatMap((assignment) -> notes(access, assignment, from, to))
			.toList();
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
