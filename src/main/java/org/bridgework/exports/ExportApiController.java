package org.bridgework.exports;

import java.time.LocalDate;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's record as a download in the JSON API's terms: the client themselves or one
 * of their clinicians, optionally for some dates.
 */
@RestController
class ExportApiController {

	private final ExportDownloads downloads;

	ExportApiController(ExportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/api/v1/clients/{clientId}/export.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return this.downloads.pdf(actor, clientId, from, to);
	}

	@GetMapping("/api/v1/clients/{clientId}/export.zip")
	ResponseEntity<byte[]> zip(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return this.downloads.zip(actor, clientId, from, to);
	}

	@GetMapping("/api/v1/clients/{clientId}/export.json")
	ResponseEntity<byte[]> json(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return this.downloads.json(actor, clientId, from, to, true);
	}

}
