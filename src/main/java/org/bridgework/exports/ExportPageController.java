package org.bridgework.exports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.InvalidInputException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The record as a download from the pages: the clinician's client page links to
 * {@code /clients/{id}/export.pdf}, {@code .zip} and {@code .json}, the client's "My
 * data" page to their own. Dates that do not read, or a first day after the last, send
 * the person back to the form with the problem named next to the field, and nothing is
 * downloaded.
 */
@Controller
class ExportPageController {

	static final String BAD_RANGE = "exportError";

	private final ExportDownloads downloads;

	private final CareTeam careTeam;

	ExportPageController(ExportDownloads downloads, CareTeam careTeam) {
		this.downloads = downloads;
		this.careTeam = careTeam;
	}

	@GetMapping("/my-data")
	String myData(CurrentUser client, @RequestParam(name = BAD_RANGE, required = false) String badRange,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		this.careTeam.requireSelf(client, "view-my-data");
		model.addAttribute("exportForm", new ExportPanels.Form("/my-data/record", from, to, badRange != null));
		return "exports/my-data";
	}

	@GetMapping("/my-data/record.pdf")
	ResponseEntity<byte[]> ownPdf(CurrentUser client, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		UUID clientId = this.careTeam.requireSelf(client, "export-record").clientId();
		return download(client, clientId, from, to, Format.PDF, "/my-data");
	}

	@GetMapping("/my-data/record.zip")
	ResponseEntity<byte[]> ownZip(CurrentUser client, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		UUID clientId = this.careTeam.requireSelf(client, "export-record").clientId();
		return download(client, clientId, from, to, Format.ZIP, "/my-data");
	}

	@GetMapping("/my-data/record.json")
	ResponseEntity<byte[]> ownJson(CurrentUser client, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		UUID clientId = this.careTeam.requireSelf(client, "export-record").clientId();
		return download(client, clientId, from, to, Format.JSON, "/my-data");
	}

	@GetMapping("/clients/{clientId}/export.pdf")
	ResponseEntity<byte[]> pdf(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return download(actor, clientId, from, to, Format.PDF, "/clients/" + clientId);
	}

	@GetMapping("/clients/{clientId}/export.zip")
	ResponseEntity<byte[]> zip(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return download(actor, clientId, from, to, Format.ZIP, "/clients/" + clientId);
	}

	@GetMapping("/clients/{clientId}/export.json")
	ResponseEntity<byte[]> json(CurrentUser actor, @PathVariable UUID clientId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return download(actor, clientId, from, to, Format.JSON, "/clients/" + clientId);
	}

	private ResponseEntity<byte[]> download(CurrentUser actor, UUID clientId, String from, String to, Format format,
			String back) {
		LocalDate first;
		LocalDate last;
		try {
			first = day(from);
			last = day(to);
		}
		catch (DateTimeParseException ex) {
			return backToForm(actor, clientId, back, from, to);
		}
		try {
			return switch (format) {
				case PDF -> this.downloads.pdf(actor, clientId, first, last);
				case ZIP -> this.downloads.zip(actor, clientId, first, last);
				case JSON -> this.downloads.json(actor, clientId, first, last, false);
			};
		}
		catch (InvalidInputException ex) {
			return backToForm(actor, clientId, back, from, to);
		}
	}

	/** Back to the form, once it is certain the person may see the client at all. */
	private ResponseEntity<byte[]> backToForm(CurrentUser actor, UUID clientId, String back, String from, String to) {
		this.careTeam.requireOwn(actor, clientId, "export-record");
		String query = "?" + BAD_RANGE + "&from=" + encode(from) + "&to=" + encode(to) + "#export";
		return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, back + query).build();
	}

	private static String encode(String value) {
		return (value == null) ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static LocalDate day(String value) {
		return (value == null || value.isBlank()) ? null : LocalDate.parse(value.strip());
	}

	private enum Format {

		PDF, ZIP, JSON

	}

}
