package org.bridgework.homework.web;

import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.GuidedAudio;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ByteRanges;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Guided recordings on pages: the clinician adds, replaces or removes one on the client
 * page; the client plays it on the practice page.
 */
@Controller
class GuidedAudioPageController {

	/**
	 * What the client page says after a change to a recording: the message code for each
	 * outcome the redirect names.
	 */
	static final Map<String, String> NOTICES = Map.of("added", "review.recording.added", "removed",
			"review.recording.removed", "notRemoved", "review.recording.notRemoved", "notAudio",
			"validation.attachment.audio", "tooLarge", "validation.attachment.tooLarge", "empty",
			"validation.attachment.empty", "missing", "validation.attachment.missing");

	private final Assignments assignments;

	private final GuidedAudio guidedAudio;

	GuidedAudioPageController(Assignments assignments, GuidedAudio guidedAudio) {
		this.assignments = assignments;
		this.guidedAudio = guidedAudio;
	}

	@PostMapping("/clients/{clientId}/assignments/{assignmentId}/guided-audio")
	String add(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID assignmentId,
			@RequestParam(required = false) MultipartFile recording) {
		clientsAssignment(clinician, clientId, assignmentId);
		String outcome;
		try {
			if (recording == null || recording.isEmpty()) {
				throw new InvalidInputException(GuidedAudio.FIELD, "validation.attachment.missing");
			}
			this.guidedAudio.put(clinician, assignmentId, recording);
			outcome = "added";
		}
		catch (InvalidInputException ex) {
			String code = ex.problems().get(0).code();
			outcome = NOTICES.entrySet()
				.stream()
				.filter((notice) -> notice.getValue().equals(code))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse("notAudio");
		}
		return backTo(clientId, assignmentId, outcome);
	}

	@PostMapping("/clients/{clientId}/assignments/{assignmentId}/guided-audio/remove")
	String remove(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID assignmentId,
			@RequestParam(required = false) String confirm) {
		clientsAssignment(clinician, clientId, assignmentId);
		if (!"yes".equals(confirm)) {
			return backTo(clientId, assignmentId, "notRemoved");
		}
		this.guidedAudio.remove(clinician, assignmentId);
		return backTo(clientId, assignmentId, "removed");
	}

	@GetMapping("/assignments/{assignmentId}/guided-audio")
	ResponseEntity<byte[]> play(CurrentUser actor, @PathVariable UUID assignmentId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
		return ByteRanges.serve(this.guidedAudio.open(actor, assignmentId), range, "guided-recording");
	}

	/** The client's clinicians only; the assignment must be this client's. */
	private void clientsAssignment(CurrentUser clinician, UUID clientId, UUID assignmentId) {
		clinician.require(Role.CLINICIAN);
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		if (!assignment.clientId().equals(clientId)) {
			throw new NotFoundException("Assignment");
		}
	}

	private static String backTo(UUID clientId, UUID assignmentId, String outcome) {
		return "redirect:/clients/" + clientId + "?recording=" + outcome + "#recording-" + assignmentId;
	}

}
