package org.bridgework.exports;

import java.time.LocalDate;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The record as a file to save: named for the client and the day, never cached, never
 * sniffed into something else. Shared by the API and the pages.
 */
@Component
class ExportDownloads {

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ClientRecords records;

	ExportDownloads(ClientRecords records) {
		this.records = records;
	}

	ResponseEntity<byte[]> pdf(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ExportedRecord record = this.records.read(actor, clientId, from, to);
		return download(this.records.pdf(record), PDF, ClientRecords.fileName(record, "pdf"));
	}

	ResponseEntity<byte[]> zip(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ExportedRecord record = this.records.read(actor, clientId, from, to);
		return download(this.records.zip(record), ZIP, ClientRecords.fileName(record, "zip"));
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
