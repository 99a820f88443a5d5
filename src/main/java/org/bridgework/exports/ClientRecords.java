package org.bridgework.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;
import org.bridgework.caseload.CareRecordHeader;
import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.Clients;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's record for the client themselves or one of their clinicians (anyone else is
 * told the client does not exist): every {@link ExportSection}'s tables, the profile
 * first, as a PDF or a ZIP of CSV files; or every section's parts as one JSON document.
 */
@Service
class ClientRecords {

	private static final int NAME_MAX = 40;

	/** What the JSON document says it is, so a program reading it knows. */
	static final String JSON_FORMAT = "bridgework-client-record";

	private final CareTeam careTeam;

	private final Clients clients;

	private final List<ExportSection> sections;

	private final Messages messages;

	private final Clock clock;

	private final JsonMapper json;

	ClientRecords(CareTeam careTeam, Clients clients, List<ExportSection> sections, Messages messages, Clock clock,
			JsonMapper json) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ExportSection::position)).toList();
		this.messages = messages;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * @param from the first day, or null for the beginning of the record
	 * @param to the last day, or null for the client's today
	 */
	@Transactional(readOnly = true)
	ExportedRecord read(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		Opened opened = open(actor, clientId, from, to);
		List<ExportTable> tables = new ArrayList<>();
		this.sections.forEach((section) -> tables.addAll(section.tables(opened.access(), opened.period())));
		return opened.record(tables, List.of());
	}

	/**
	 * The record as data for the JSON export: every section's parts, from the same reads
	 * as the tables.
	 */
	@Transactional(readOnly = true)
	ExportedRecord readData(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to, ExportLinks links) {
		Opened opened = open(actor, clientId, from, to);
		List<ExportPart> parts = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (ExportSection section : this.sections) {
			for (ExportPart part : section.parts(opened.access(), opened.period(), links)) {
				if (!names.add(part.name())) {
					throw new IllegalStateException("Two export parts are called " + part.name());
				}
				parts.add(part);
			}
		}
		return opened.record(List.of(), parts);
	}

	private Opened open(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ClientAccess access = this.careTeam.requireOwn(actor, clientId, "export-record");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : LocalDate.EPOCH;
		if (first.isAfter(last)) {
			throw new InvalidInputException("from", "validation.export.range");
		}
		return new Opened(access, new ExportPeriod(first, last, to == null), this.clients.header(access), today,
				this.clock.instant());
	}

	/**
	 * The JSON document: what it is and when it was made, then each part under its name.
	 */
	byte[] json(ExportedRecord record) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", JSON_FORMAT);
		document.put("formatVersion", 1);
		document.put("generatedAt", record.generatedAt());
		document.put("period",
				new PeriodPart(record.period().fromStart() ? null : record.period().from(), record.period().to()));
		record.parts().forEach((part) -> document.put(part.name(), part.content()));
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
	}

	byte[] pdf(ExportedRecord record) {
		String name = record.header().profile().displayName();
		ZoneId zone = ZoneId.of(record.header().profile().timezone());
		List<String> details = new ArrayList<>();
		details.add(this.messages.get("export.title.clinicians", clinicians(record.header())));
		details.add(this.messages.get("export.title.period", periodWords(record.period())));
		details.add(this.messages.get("export.title.generated",
				pattern("export.dateTime.pattern").format(record.generatedAt().atZone(zone)), zone.getId()));
		details.add(this.messages.get("export.title.privacy"));
		return Pdf.of(this.messages.get("export.title", name), details, record.tables(),
				this.messages.get("export.footer", name), this.messages.get("export.page"));
	}

	byte[] zip(ExportedRecord record) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ExportTable table : record.tables()) {
				ZipEntry entry = new ZipEntry(table.name() + ".csv");
				entry.setTime(record.generatedAt().toEpochMilli());
				zip.putNextEntry(entry);
				zip.write(Csv.of(table));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** {@code bridgework-zoe-ng-2026-03-02.pdf}: the name in plain letters, the day. */
	static String fileName(ExportedRecord record, String extension) {
		return "bridgework-" + safeName(record.header().profile().displayName()) + "-" + record.today() + "."
				+ extension;
	}

	static String safeName(String displayName) {
		String plain = Normalizer.normalize(
				displayName.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss"),
				Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > NAME_MAX) {
			plain = plain.substring(0, NAME_MAX).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "client" : plain;
	}

	private String clinicians(CareRecordHeader header) {
		return ProfileExport.clinicians(header, this.messages);
	}

	private String periodWords(ExportPeriod period) {
		DateTimeFormatter date = pattern("export.date.pattern");
		return period.fromStart() ? this.messages.get("export.period.toDate", date.format(period.to()))
				: this.messages.get("export.period.between", date.format(period.from()), date.format(period.to()));
	}

	private DateTimeFormatter pattern(String code) {
		return DateTimeFormatter.ofPattern(this.messages.get(code), LocaleContextHolder.getLocale());
	}

	/** The caller's checked access and what every export of theirs is made from. */
	private record Opened(ClientAccess access, ExportPeriod period, CareRecordHeader header, LocalDate today,
			Instant generatedAt) {

		ExportedRecord record(List<ExportTable> tables, List<ExportPart> parts) {
			return new ExportedRecord(this.header, this.period, this.today, this.generatedAt, tables, parts);
		}

	}

	/**
	 * @param from the first day, or null when the record starts at its beginning
	 */
	record PeriodPart(LocalDate from, LocalDate to) {
	}

}
