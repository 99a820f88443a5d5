package org.bridgework.homework;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.AttachmentRepository.StoredAttachment;
import org.bridgework.homework.Assignments.AccessibleAssignment;
import org.bridgework.identity.CurrentUser;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;
import org.bridgework.shared.StoredMedia;

import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drawings, photos and voice notes clients add to entries. A file is uploaded first
 * and the entry names it; until an entry does, the file belongs to no entry and nobody
 * but the client who added it can open it. Once part of an entry, it is seen by whoever
 * may see the entry: the client and their clinicians, and for a private entry the client
 * only.
 */
@Service
public class Attachments {

	/**
	 * How long an upload no entry claimed is kept, for a client who comes back to the
	 * form.
	 */
	static final Duration UNCLAIMED_KEPT = Duration.ofDays(1);

	private final Assignments assignments;

	private final AttachmentRepository attachments;

	private final CareTeam careTeam;

	private final AttachmentProperties limits;

	private final Clock clock;

	Attachments(Assignments assignments, AttachmentRepository attachments, CareTeam careTeam,
			AttachmentProperties limits, Clock clock) {
		this.assignments = assignments;
		this.attachments = attachments;
		this.careTeam = careTeam;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * Keeps a file the client adds to one question of an assignment, checked by what its
	 * bytes are, not by its name. Refused files store nothing.
	 */
	@Transactional
	public AddedAttachment add(CurrentUser client, UUID assignmentId, String fieldName, InputStreamSource file) {
		AccessibleAssignment own = this.assignments.readable(client, assignmentId, "add-attachment");
		if (!own.access().isClient()) {
			throw new AccessDeniedException("Only the client adds files to their own entries");
		}
		Template template = this.assignments.templateOf(own.assignment());
		TemplateField field = template.field((fieldName == null) ? "" : fieldName)
			.filter((found) -> found.type().isAttachment())
			.orElseThrow(() -> new InvalidInputException("field", "validation.attachment.notAttachment"));
		String path = "answers." + field.name();
		MediaKind kind = MediaKind.of(field.type()).orElseThrow();
		byte[] content = UploadedBytes.read(file, this.limits.maxBytes(), path, this.limits.maxMegabytes());
		String mediaType = kind.detect(content).orElseThrow(() -> new InvalidInputException(path, kind.refusal()));
		this.attachments.deleteUnclaimedBefore(this.clock.instant().minus(UNCLAIMED_KEPT));
		UUID id = UUID.randomUUID();
		this.attachments.insert(id, own.assignment(), field.name(), mediaType, content);
		return new AddedAttachment(id, field.name(), mediaType, content.length);
	}

	/**
	 * A file to show or play, for the people who may see the entry it belongs to; anyone
	 * else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public StoredMedia open(CurrentUser actor, UUID attachmentId) {
		StoredAttachment found = this.attachments.find(attachmentId)
			.orElseThrow(() -> new NotFoundException("Attachment"));
		ClientAccess access = this.careTeam.require(actor, found.clientId(), "view-attachment", attachmentId);
		if (!access.isClient() && (!found.isClaimed() || found.privateEntry())) {
			throw new NotFoundException("Attachment");
		}
		return new PieceReader(found.mediaType(), found.size(),
				(offset, length) -> this.attachments.read(found.id(), offset, length));
	}

	/**
	 * The files of a client's record, for someone whose access was checked: all of them
	 * to the client (an upload no entry names yet too), and to a clinician those in
	 * entries they may see, never one in a private entry.
	 */
	@Transactional(readOnly = true)
	public List<AttachmentFile> inRecord(ClientAccess access) {
		return this.attachments.forClient(access.clientId())
			.stream()
			.filter((kept) -> access.isClient() || (kept.file().entryId() != null && !kept.privateEntry()))
			.map(AttachmentRepository.KeptFile::file)
			.toList();
	}

	/**
	 * Checks that each file an entry names was added by this client to this question and
	 * is not part of another entry.
	 */
	void checkClaims(Assignment assignment, Template template, Map<String, Object> answers, String idempotencyKey,
			FieldChecks checks) {
		attachmentIds(template, answers).forEach(
				(fieldName, id) -> checks.check(this.attachments.isClaimable(assignment, fieldName, id, idempotencyKey),
						"answers." + fieldName, "validation.attachment.unknown"));
	}

	/**
	 * Makes the named files part of a new entry. Two entries racing for one file: the
	 * second is refused whole, so neither is half-saved.
	 */
	void claim(UUID entryId, Template template, Map<String, Object> answers) {
		FieldChecks checks = new FieldChecks();
		attachmentIds(template, answers).forEach((fieldName, id) -> checks.check(this.attachments.claim(entryId, id),
				"answers." + fieldName, "validation.attachment.unknown"));
		checks.throwIfAny();
	}

	/** The well-formed file ids among the answers, by question. */
	private static Map<String, UUID> attachmentIds(Template template, Map<String, Object> answers) {
		Map<String, UUID> ids = new LinkedHashMap<>();
		for (TemplateField field : template.fields()) {
			Object answer = answers.get(field.name());
			if (field.type().isAttachment() && answer instanceof String text) {
				try {
					ids.put(field.name(), UUID.fromString(text));
				}
				catch (IllegalArgumentException ex) {
					// Not an id: the template's own check has refused it already.
				}
			}
		}
		return ids;
	}

	/** A file kept for a question, ready for an entry to name. */
	public record AddedAttachment(UUID id, String field, String mediaType, int size) {
	}

}
