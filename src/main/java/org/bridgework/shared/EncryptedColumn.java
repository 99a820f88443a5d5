package org.bridgework.shared;

import java.util.regex.Pattern;

/**
 * A column whose values {@link FieldCipher} encrypts, and the column that names each row
 * (a uuid). Where a value lives is bound into its ciphertext, so a value copied into
 * another row, column or table does not open.
 *
 * @param table the table
 * @param keyColumn the column naming a row: its uuid primary key
 * @param column the encrypted column
 */
public record EncryptedColumn(String table, String keyColumn, String column) {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	public EncryptedColumn {
		for (String name : new String[] { table, keyColumn, column }) {
			// The names go into SQL (re-encryption): only plain identifiers.
			if (name == null || !NAME.matcher(name).matches()) {
				throw new IllegalArgumentException("Not a column name: " + name);
			}
		}
	}

	/** A column of a table whose rows go by {@code id}. */
	public static EncryptedColumn of(String table, String column) {
		return new EncryptedColumn(table, "id", column);
	}

	@Override
	public String toString() {
		return this.table + "." + this.column;
	}

}
