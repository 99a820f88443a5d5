package org.bridgework.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

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
 * told the client does not exist): the profile, then every {@link ExportSection}'s
 * tables, as a PDF or a ZIP of CSV files.
 */
@Service
class ClientRecords {

	private static final int NAME_MAX = 40;

	private final CareTeam careTeam;

	private final Clients clients;

	private final List<ExportSection> sections;

	private final Messages messages;

	private final Clock clock;

	ClientRecords(CareTeam careTeam, Clients clients, List<ExportSection> sections, Messages messages, Clock clock) {
		this.careTeam = careTeam;
		this.clients = clients;
		this.sections = sections.stream().sorted(Comparator.comparingInt(ExportSection::position)).toList();
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param from the first day, or null for the beginning of the record
	 * @param to the last day, or null for the client's today
	 */
	@Transactional(readOnly = true)
	ExportedRecord read(CurrentUser actor, UUID clientId, LocalDate from, LocalDate to) {
		ClientAccess access = this.careTeam.require(actor, clientId, "export-record");
		LocalDate today = LocalDate.now(this.clock.withZone(access.timezone()));
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : LocalDate.EPOCH;
		if (first.isAfter(last)) {
			throw new InvalidInputException("from", "validation.export.range");
		}
		ExportPeriod period = new ExportPeriod(first, last);
		CareRecordHeader header = this.clients.header(access);
		List<ExportTable> tables = new ArrayList<>();
		tables.add(profile(header));
		this.sections.forEach((section) -> tables.addAll(section.tables(access, period)));
		return new ExportedRecord(header, period, today, this.clock.instant(), tables);
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

	private ExportTable profile(CareRecordHeader header) {
		return new ExportTable("profile", this.messages.get("export.profile.title"),
				List.of(this.messages.get("export.profile.name"), this.messages.get("export.profile.timezone"),
						this.messages.get("export.profile.clinicians")),
				List.of(List.of(header.profile().displayName(), header.profile().timezone(), clinicians(header))), "");
	}

	private String clinicians(CareRecordHeader header) {
		return header.clinicianNames().isEmpty() ? this.messages.get("export.title.noClinician")
				: String.join(", ", header.clinicianNames());
	}

	private String periodWords(ExportPeriod period) {
		DateTimeFormatter date = pattern("export.date.pattern");
		return period.fromStart() ? this.messages.get("export.period.toDate", date.format(period.to()))
				: this.messages.get("export.period.between", date.format(period.from()), date.format(period.to()));
	}

	private DateTimeFormatter pattern(String code) {
		return DateTimeFormatter.ofPattern(this.messages.get(code), LocaleContextHolder.getLocale());
	}

}
