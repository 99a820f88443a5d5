package org.bridgework.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignments.AccessibleAssignment;
import org.bridgework.homework.EntryRepository.IdempotentRecord;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.Tokens;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client records between sessions: entries and skips, each exactly once per
 * idempotency key, and what each person may read of them.
 */
@Service
public class Practice {

	static final int NOTE_MAX = 4000;

	static final int KEY_MAX = 200;

	/** Canonical JSON for comparing replayed requests: same content, same bytes. */
	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private final Assignments assignments;

	private final EntryRepository entries;

	private final SkipRepository skips;

	private final Attachments attachments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Practice(Assignments assignments, EntryRepository entries, SkipRepository skips, Attachments attachments,
			ApplicationEventPublisher events, Clock clock) {
		this.assignments = assignments;
		this.entries = entries;
		this.skips = skips;
		this.attachments = attachments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records an entry. The same key with the same content returns the first entry's id
	 * and stores nothing new; the same key with other content is refused.
	 */
	@Transactional
	public UUID record(CurrentUser client, UUID assignmentId, String idempotencyKey, EntryRequest entry) {
		AccessibleAssignment own = ownAssignment(client, assignmentId);
		Assignment assignment = own.assignment();
		checkKey(idempotencyKey);
		Template template = this.assignments.templateOf(assignment);
		FieldChecks checks = new FieldChecks();
		assignment.checkRecordableOn(entry.occurredOn(), today(own.access()), checks);
		template.check(entry.answers())
			.forEach((problem) -> checks.add(problem.field(), problem.code(), problem.args()));
		this.attachments.checkClaims(assignment, template, entry.answers(), idempotencyKey, checks);
		checks.range("durationSeconds", entry.durationSeconds(), 0, 24 * 60 * 60)
			.range("listenedSeconds", entry.listenedSeconds(), 0, 24 * 60 * 60)
			.range("quality", entry.quality(), 1, 5)
			.range("moodBefore", entry.moodBefore(), 0, 10)
			.range("moodAfter", entry.moodAfter(), 0, 10)
			.maxLength("note", entry.note(), NOTE_MAX)
			.throwIfAny();
		String hash = Tokens.sha256(assignmentId + CANONICAL.writeValueAsString(entry));
		Optional<UUID> stored = this.entries.insertOnce(UUID.randomUUID(), assignment, entry, idempotencyKey, hash);
		if (stored.isEmpty()) {
			return replayed(this.entries.findByKey(assignment.clientId(), idempotencyKey).orElseThrow(), hash);
		}
		this.attachments.claim(stored.get(), template, entry.answers());
		this.events.publishEvent(new EntryRecorded(stored.get(), assignmentId, assignment.clientId(),
				entry.occurredOn(), entry.flagForSession()));
		return stored.get();
	}

	@Transactional
	public UUID skip(CurrentUser client, UUID assignmentId, String idempotencyKey, SkipRequest skip) {
		AccessibleAssignment own = ownAssignment(client, assignmentId);
		Assignment assignment = own.assignment();
		String key = (idempotencyKey == null || idempotencyKey.isBlank()) ? UUID.randomUUID().toString()
				: idempotencyKey;
		checkKey(key);
		FieldChecks checks = new FieldChecks();
		assignment.checkRecordableOn(skip.occurredOn(), today(own.access()), checks);
		checks.check(skip.reason() != null, "reason", "validation.skip.reason")
			.maxLength("note", skip.note(), NOTE_MAX)
			.throwIfAny();
		String hash = Tokens.sha256(assignmentId + CANONICAL.writeValueAsString(skip));
		Optional<UUID> stored = this.skips.insertOnce(UUID.randomUUID(), assignment, skip, key, hash);
		if (stored.isEmpty()) {
			return replayed(this.skips.findByKey(assignment.clientId(), key).orElseThrow(), hash);
		}
		this.events.publishEvent(
				new SkipRecorded(stored.get(), assignmentId, assignment.clientId(), skip.occurredOn(), skip.reason()));
		return stored.get();
	}

	/**
	 * The entries of an assignment. A clinician sees that a private entry exists and its
	 * date, never what the client wrote in it.
	 */
	@Transactional(readOnly = true)
	public List<Entry> entries(CurrentUser actor, UUID assignmentId) {
		AccessibleAssignment found = this.assignments.readable(actor, assignmentId, "list-entries");
		return visibleTo(found.access(), this.entries.forAssignment(assignmentId));
	}

	@Transactional(readOnly = true)
	public List<Skip> skips(CurrentUser actor, UUID assignmentId) {
		this.assignments.readable(actor, assignmentId, "list-skips");
		return this.skips.forAssignment(assignmentId);
	}

	static List<Entry> visibleTo(ClientAccess access, List<Entry> entries) {
		if (access.isClient()) {
			return entries;
		}
		return entries.stream().map((entry) -> entry.keepPrivate() ? entry.withoutContent() : entry).toList();
	}

	private AccessibleAssignment ownAssignment(CurrentUser client, UUID assignmentId) {
		AccessibleAssignment found = this.assignments.readable(client, assignmentId, "record-practice");
		if (!found.access().isClient()) {
			throw new AccessDeniedException("Only the client records their own practice");
		}
		return found;
	}

	private LocalDate today(ClientAccess access) {
		return LocalDate.now(this.clock.withZone(access.timezone()));
	}

	private static void checkKey(String key) {
		new FieldChecks().required("Idempotency-Key", key).maxLength("Idempotency-Key", key, KEY_MAX).throwIfAny();
	}

	private static UUID replayed(IdempotentRecord existing, String hash) {
		if (!existing.requestHash().equals(hash)) {
			throw new ConflictException("problem.idempotency.conflict");
		}
		return existing.id();
	}

}
