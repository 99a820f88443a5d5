package org.bridgework.homework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.EntryRepository.IdempotentRecord;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;
import org.bridgework.shared.Tokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practices the client thinks of themselves: they write the idea in their own words;
 * their clinician plans it as homework with them (editing what it needs) or asks to talk
 * it through in session. Nothing the client wrote is changed: the homework is a new
 * assignment that points back to the idea.
 */
@Service
public class PracticeIdeas {

	static final int TITLE_MAX = 120;

	static final int TEXT_MAX = 2000;

	static final int WHEN_MAX = 300;

	public static final int LONGEST_MINUTES = 240;

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final CareTeam careTeam;

	private final PracticeIdeaRepository ideas;

	private final Assignments assignments;

	PracticeIdeas(CareTeam careTeam, PracticeIdeaRepository ideas, Assignments assignments) {
		this.careTeam = careTeam;
		this.ideas = ideas;
		this.assignments = assignments;
	}

	/**
	 * The client's idea, stored once per idempotency key: the same key and words again
	 * return the first idea; the same key with other words is refused.
	 */
	@Transactional
	public UUID propose(CurrentUser client, String idempotencyKey, PracticeIdeaRequest idea) {
		ClientAccess own = this.careTeam.requireSelf(client, "propose-practice-idea");
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? UUID.randomUUID().toString()
				: idempotencyKey.trim();
		PracticeIdeaRequest clean = cleaned(idea);
		checks(clean).maxLength("Idempotency-Key", key, Practice.KEY_MAX).throwIfAny();
		String hash = Tokens.sha256(CANONICAL.writeValueAsString(clean));
		Optional<UUID> stored = this.ideas.insertOnce(UUID.randomUUID(), own.clientId(), client.id(), clean, key, hash);
		if (stored.isPresent()) {
			return stored.get();
		}
		IdempotentRecord existing = this.ideas.findByKey(own.clientId(), key).orElseThrow();
		if (!existing.requestHash().equals(hash)) {
			throw new ConflictException("problem.idea.keyReused");
		}
		return existing.id();
	}

	/** Refuses an idea that could not be stored, naming every problem; stores nothing. */
	public void check(PracticeIdeaRequest idea) {
		checks(cleaned(idea)).throwIfAny();
	}

	private static PracticeIdeaRequest cleaned(PracticeIdeaRequest idea) {
		return new PracticeIdeaRequest(FieldChecks.trimToNull(idea.title()), FieldChecks.trimToNull(idea.why()),
				FieldChecks.trimToNull(idea.whenAndCue()), idea.durationMinutes());
	}

	private static FieldChecks checks(PracticeIdeaRequest idea) {
		return new FieldChecks().required("title", idea.title())
			.maxLength("title", idea.title(), TITLE_MAX)
			.maxLength("why", idea.why(), TEXT_MAX)
			.maxLength("whenAndCue", idea.whenAndCue(), WHEN_MAX)
			.range("durationMinutes", idea.durationMinutes(), 1, LONGEST_MINUTES);
	}

	/** The client's ideas, newest first, for the client and their clinicians. */
	@Transactional(readOnly = true)
	public List<PracticeIdea> forClient(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.require(actor, clientId, "list-practice-ideas");
		return this.ideas.forClient(access.clientId());
	}

	/** The signed-in client's own ideas. */
	@Transactional(readOnly = true)
	public List<PracticeIdea> own(CurrentUser client) {
		return this.ideas.forClient(this.careTeam.requireSelf(client, "list-practice-ideas").clientId());
	}

	/**
	 * An idea still waiting, for the client's clinician to plan; anyone else is told it
	 * does not exist.
	 */
	@Transactional(readOnly = true)
	public PracticeIdea openIdea(CurrentUser clinician, UUID ideaId) {
		PracticeIdea idea = ideaFor(clinician, ideaId);
		if (!idea.isOpen()) {
			throw new ConflictException("problem.idea.decided");
		}
		return idea;
	}

	/**
	 * The clinician plans the idea as homework: the assignment is made and the idea
	 * marked as planned in one transaction, so neither happens without the other.
	 */
	@Transactional
	public UUID planAsHomework(CurrentUser clinician, UUID ideaId, AssignmentPlan plan) {
		PracticeIdea idea = openIdea(clinician, ideaId);
		UUID assignmentId = this.assignments.assign(clinician, idea.clientId(), plan);
		decide(idea, PlanProposal.Status.ACCEPTED, null, assignmentId, clinician);
		return assignmentId;
	}

	/** The clinician would rather talk the idea through in session. */
	@Transactional
	public void discuss(CurrentUser clinician, UUID ideaId, String reply) {
		PracticeIdea idea = openIdea(clinician, ideaId);
		new FieldChecks().maxLength("reply", reply, TEXT_MAX).throwIfAny();
		decide(idea, PlanProposal.Status.DISCUSS, FieldChecks.trimToNull(reply), null, clinician);
	}

	private PracticeIdea ideaFor(CurrentUser clinician, UUID ideaId) {
		PracticeIdea idea = this.ideas.find(ideaId).orElseThrow(() -> new NotFoundException("Practice idea"));
		this.careTeam.requireClinician(clinician, idea.clientId(), "decide-practice-idea", ideaId);
		return idea;
	}

	private void decide(PracticeIdea idea, PlanProposal.Status status, String reply, UUID assignmentId,
			CurrentUser clinician) {
		if (!this.ideas.decide(idea.id(), status, reply, assignmentId, clinician.id())) {
			throw new ConflictException("problem.idea.decided");
		}
	}

}
