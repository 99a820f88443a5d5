package org.bridgework.homework.web;

import java.time.Instant;
import java.util.UUID;

import org.bridgework.homework.GuidedAudio;
import org.bridgework.homework.GuidedAudio.Recording;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ByteRanges;
import org.bridgework.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An assignment's guided recording for client programs: the clinician uploads it, the
 * client and their clinicians play it (with byte ranges, as players ask).
 */
@RestController
class GuidedAudioApiController {

	private final GuidedAudio guidedAudio;

	GuidedAudioApiController(GuidedAudio guidedAudio) {
		this.guidedAudio = guidedAudio;
	}

	@PostMapping("/api/v1/assignments/{id}/guided-audio")
	RecordingView add(CurrentUser clinician, @PathVariable UUID id,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file",
					(file == null) ? "validation.attachment.missing" : "validation.attachment.empty");
		}
		return RecordingView.of(id, this.guidedAudio.put(clinician, id, file));
	}

	@GetMapping("/api/v1/assignments/{id}/guided-audio")
	ResponseEntity<byte[]> play(CurrentUser actor, @PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
		return ByteRanges.serve(this.guidedAudio.open(actor, id), range, "guided-recording");
	}

	@DeleteMapping("/api/v1/assignments/{id}/guided-audio")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(CurrentUser clinician, @PathVariable UUID id) {
		this.guidedAudio.remove(clinician, id);
	}

	record RecordingView(String mediaType, int size, Instant uploadedAt, String url) {

		static RecordingView of(UUID assignmentId, Recording recording) {
			return new RecordingView(recording.mediaType(), recording.size(), recording.uploadedAt(),
					"/api/v1/assignments/" + assignmentId + "/guided-audio");
		}

	}

}
