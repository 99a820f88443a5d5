package org.bridgework.exports;

/**
 * One kind of record in the JSON export.
 *
 * @param name its member in the document ("entries", "planHistory"): a camelCase word
 * @param content the records, as Jackson writes them: a list of records, or one record
 */
public record ExportPart(String name, Object content) {

	public ExportPart {
		if (!name.matches("[a-z][A-Za-z0-9]*")) {
			throw new IllegalArgumentException("Not a member name: " + name);
		}
	}

}
