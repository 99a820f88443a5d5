package org.bridgework.homework;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.homework.Assignments.AccessibleAssignment;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;
import org.bridgework.shared.StoredMedia;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recording a clinician adds to an assignment (their own voice guiding a breathing
 * practice, say), played on the client's practice page beside the written steps. One per
 * assignment; a new one replaces the old.
 */
@Service
public class GuidedAudio {

	public static final String FIELD = "file";

	private final Assignments assignments;

	private final CareTeam careTeam;

	private final JdbcClient jdbc;

	private final AttachmentProperties limits;

	GuidedAudio(Assignments assignments, CareTeam careTeam, JdbcClient jdbc, AttachmentProperties limits) {
		this.assignments = assignments;
		this.careTeam = careTeam;
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/**
	 * Keeps the recording for the assignment, checked by its bytes; refused, it keeps
	 * nothing.
	 */
	@Transactional
	public Recording put(CurrentUser clinician, UUID assignmentId, InputStreamSource file) {
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		this.careTeam.requireClinician(clinician, assignment.clientId(), "add-guided-audio", assignmentId);
		byte[] content = UploadedBytes.read(file, this.limits.maxRecordingBytes(), FIELD,
				this.limits.maxRecordingMegabytes());
		String mediaType = MediaKind.AUDIO.detect(content)
			.orElseThrow(() -> new InvalidInputException(FIELD, MediaKind.AUDIO.refusal()));
		this.jdbc.sql("""
				insert into guided_audio (assignment_id, media_type, byte_size, content, uploaded_by)
				values (:assignment, :mediaType, :size, :content, :by)
				on conflict (assignment_id) do update set media_type = excluded.media_type,
				    byte_size = excluded.byte_size, content = excluded.content, uploaded_by = excluded.uploaded_by,
				    uploaded_at = now()""")
			.param("assignment", assignmentId)
			.param("mediaType", mediaType)
			.param("size", content.length)
			.param("content", content)
			.param("by", clinician.id())
			.update();
		return find(assignmentId).orElseThrow();
	}

	@Transactional
	public void remove(CurrentUser clinician, UUID assignmentId) {
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		this.careTeam.requireClinician(clinician, assignment.clientId(), "remove-guided-audio", assignmentId);
		this.jdbc.sql("delete from guided_audio where assignment_id = :assignment")
			.param("assignment", assignmentId)
			.update();
	}

	/** The assignment's recording, if it has one, for its client and their clinicians. */
	@Transactional(readOnly = true)
	public Optional<Recording> of(CurrentUser actor, UUID assignmentId) {
		this.assignments.get(actor, assignmentId);
		return find(assignmentId);
	}

	/**
	 * The recording to play; anyone who may not see the assignment is told it does not
	 * exist.
	 */
	@Transactional(readOnly = true)
	public StoredMedia open(CurrentUser actor, UUID assignmentId) {
		AccessibleAssignment found = this.assignments.readable(actor, assignmentId, "play-guided-audio");
		Recording recording = find(found.assignment().id()).orElseThrow(() -> new NotFoundException("Recording"));
		return new PieceReader(recording.mediaType(), recording.size(), (offset, length) -> this.jdbc.sql(
				"select substring(content from :from::integer for :length) from guided_audio where assignment_id = :assignment")
			.param("assignment", assignmentId)
			.param("from", Math.toIntExact(offset + 1))
			.param("length", length)
			.query(byte[].class)
			.single());
	}

	private Optional<Recording> find(UUID assignmentId) {
		return this.jdbc
			.sql("select media_type, byte_size, uploaded_at from guided_audio where assignment_id = :assignment")
			.param("assignment", assignmentId)
			.query((rs, row) -> new Recording(rs.getString("media_type"), rs.getInt("byte_size"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.optional();
	}

	/** What is known of a recording without reading it. */
	public record Recording(String mediaType, int size, Instant uploadedAt) {
	}

}
