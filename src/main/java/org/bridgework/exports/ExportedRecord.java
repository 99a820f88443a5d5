package org.bridgework.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bridgework.caseload.CareRecordHeader;

/**
 * Everything one export holds, read once for both writers.
 *
 * @param today the client's today, the date in the file's name
 * @param generatedAt when it was read
 */
record ExportedRecord(CareRecordHeader header, ExportPeriod period, LocalDate today, Instant generatedAt,
		List<ExportTable> tables) {

	ExportedRecord {
		tables = List.copyOf(tables);
	}

}
