package org.bridgework.exports;

import java.util.List;

import org.bridgework.caseload.ClientAccess;

/**
 * Extension point of the exported record: a Spring bean implementing this adds its tables
 * to every export, in the order of {@link #position()}. The export asks each section
 * after the caller's access to the client was checked (the {@code access} proves it), so
 * a section only decides what the caller may read: a clinician's export of a private
 * entry shows that it exists and its date, never what the client wrote.
 *
 * <p>
 * A new section is one class: implement this, return one {@link ExportTable} per kind of
 * record, and the PDF gets a heading and a table, the ZIP a CSV file of the table's
 * {@link ExportTable#name() name}.
 */
public interface ExportSection {

	/**
	 * Where the section stands in the record: lower comes first (goals 100, homework 200,
	 * sessions 600).
	 */
	int position();

	List<ExportTable> tables(ClientAccess access, ExportPeriod period);

}
