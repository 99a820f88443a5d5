package org.bridgework.exports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One kind of record in an export, as rows under column headings.
 *
 * @param name what its CSV file is called, without ".csv" ("entries"): lower case letters
 * and hyphens
 * @param title the heading the PDF shows ("Entries")
 * @param columns the column headings, in the reader's words
 * @param rows one list of cells per record, as many as there are columns; a null cell is
 * empty
 * @param empty what the PDF says when there are no rows ("No entries in these dates.")
 */
public record ExportTable(String name, String title, List<String> columns, List<List<String>> rows, String empty) {

	public ExportTable {
		if (!name.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("Not a file name: " + name);
		}
		columns = List.copyOf(columns);
		List<List<String>> copied = new ArrayList<>();
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						name + ": a row of " + row.size() + " cells under " + columns.size() + " columns");
			}
			copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = Collections.unmodifiableList(copied);
	}

}
