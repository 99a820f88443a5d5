package org.bridgework.homework.web;

import java.util.UUID;

import org.bridgework.homework.Attachments;
import org.bridgework.homework.Attachments.AddedAttachment;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ByteRanges;
import org.bridgework.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files on entries for client programs: upload one for a question, then name its id as
 * that question's answer when posting the entry.
 */
@RestController
class AttachmentApiController {

	private final Attachments attachments;

	AttachmentApiController(Attachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping("/api/v1/assignments/{id}/attachments")
	@ResponseStatus(HttpStatus.CREATED)
	AttachmentView add(CurrentUser client, @PathVariable UUID id, @RequestParam(required = false) String field,
			@RequestParam(required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file",
					(file == null) ? "validation.attachment.missing" : "validation.attachment.empty");
		}
		return AttachmentView.of(this.attachments.add(client, id, field, file));
	}

	@GetMapping("/api/v1/attachments/{attachmentId}")
	ResponseEntity<byte[]> file(CurrentUser actor, @PathVariable UUID attachmentId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
		return ByteRanges.serve(this.attachments.open(actor, attachmentId), range, "attachment");
	}

	record AttachmentView(UUID id, String field, String mediaType, int size, String url) {

		static AttachmentView of(AddedAttachment added) {
			return new AttachmentView(added.id(), added.field(), added.mediaType(), added.size(),
					"/api/v1/attachments/" + added.id());
		}

	}

}
