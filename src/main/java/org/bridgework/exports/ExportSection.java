package org.bridgework.exports;

import java.util.List;
import java.util.Map;

import org.bridgework.caseload.ClientAccess;

/**
 * Extension point of the exported record: a Spring bean implementing this adds its part
 * to every export, in the order of {@link #position()}. The export asks each section
 * after the caller's access to the client was checked (the {@code access} proves it), so
 * a section only decides what the caller may read: a clinician's export of a private
 * entry shows that it exists and its date, never what the client wrote.
 *
 * <p>
 * A section gives its records twice from the same reads: as {@link ExportTable tables}
 * for people (a heading and a table in the PDF, a CSV file in the ZIP) and as
 * {@link ExportPart parts} for programs (members of the JSON document, with every field
 * and id). It names the database tables it exports, so that a new table holding client
 * data without a section fails {@code ClientDataCoverageIntegrationTests}.
 */
public interface ExportSection {

	/**
	 * Where the section stands in the record: lower comes first (goals 100, homework 200,
	 * sessions 600).
	 */
	int position();

	List<ExportTable> tables(ClientAccess access, ExportPeriod period);

	/**
	 * The same records as data for the JSON export, each kind under its own member name;
	 * every table of {@link #exportedTables()} ends up in one of them.
	 * @param links absolute links to the record's files (drawings, voice notes,
	 * recordings)
	 */
	List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links);

	/**
	 * The database tables whose rows about the client this section exports, each with the
	 * name of the {@link ExportPart} that holds them.
	 */
	Map<String, String> exportedTables();

}
