package org.bridgework.exports;

import java.time.LocalDate;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The record as a file to save: named for the client and the day, never cached, never
 * sniffed into something else. Shared by the API and the pages.
 */
@Component
class ExportDownloads {

	static final MediaType PDF = MediaType.APPLICATION_PDF;

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	private final ClientRecords records;

	private final String baseUrl;

	/**
	 * @param baseUrl the address people reach Bridgework at, for the links to files in a
	 * JSON record; empty: the address of the request
	 */
	ExportDownloads(ClientRecords records, @Value("${bridgework.exports.base-url:}") String baseUrl) {
		this.records = records;
		this.baseUrl = baseUrl;
	}

	ResponseEntity<byte[]> pdf(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ExportedRecord record = this.records.read(actor, clientId, from, to);
		return download(this.records.pdf(record), PDF, ClientRecords.fileName(record, "pdf"));
	}

	ResponseEntity<byte[]> zip(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ExportedRecord record = this.records.read(actor, clientId, from, to);
		return download(this.records.zip(record), ZIP, ClientRecords.fileName(record, "zip"));
	}

	/**
	 * @param api whether the record is asked for through the API (its file links then
	 * lead to the API too)
	 */
	ResponseEntity<byte[]> json(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to, boolean api) {
		String base = this.baseUrl.isBlank()
				? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : this.baseUrl;
		ExportedRecord record = this.records.readData(actor, clientId, from, to, new ExportLinks(base, api));
		return download(this.records.json(record), MediaType.APPLICATION_JSON, ClientRecords.fileName(record, "json"));
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
