package org.bridgework.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.caseload.CareRecordHeader;

/**
 * Everything one export holds, read once for its writer.
 *
 * @param today the client's today, the date in the file's name
 * @param generatedAt when it was read
 * @param tables what the PDF and the CSV files show (empty for the JSON export)
 * @param parts what the JSON export holds (empty for the others)
 */
record ExportedRecord(CareRecordHeader header, ExportPeriod period, LocalDate today, Instant generatedAt,
		List<ExportTable> tables, List<ExportPart> parts) {

	ExportedRecord {
		tables = List.copyOf(tables);
		parts = List.copyOf(parts);
	}

}
