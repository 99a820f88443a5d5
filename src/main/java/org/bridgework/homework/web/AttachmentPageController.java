package org.bridgework.homework.web;

import java.util.UUID;

import org.bridgework.homework.Attachments;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ByteRanges;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A drawing, photo or voice note shown on a page, for the people who may see its entry.
 */
@Controller
class AttachmentPageController {

	private final Attachments attachments;

	AttachmentPageController(Attachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<byte[]> file(CurrentUser actor, @PathVariable UUID attachmentId,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range) {
		return ByteRanges.serve(this.attachments.open(actor, attachmentId), range, "attachment");
	}

}
