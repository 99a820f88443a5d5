package org.bridgework.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts every stored value of some columns under the current key: values under an older
 * key (key rotation) and, only when a migration encrypts what was written before
 * encryption, plain text. Walks each table once in the order of its key, a batch at a
 * time; each value is replaced only if it is still what was read, so a node writing at
 * the same time, or a second node doing the same, loses nothing. Safe to run again: a
 * value already under the current key is left alone.
 */
final class Reencryption {

	private static final int BATCH = 200;

	private static final UUID FIRST = new UUID(0, 0);

	private Reencryption() {
	}

	/**
	 * @param plainIsExpected whether a value without {@link FieldCipher#PREFIX} is plain
	 * text to encrypt (the migration) rather than a value that does not open
	 */
	static ReencryptionOutcome run(JdbcClient jdbc, FieldCipher cipher, Collection<EncryptedColumn> columns,
			boolean plainIsExpected) {
		long done = 0;
		List<String> unreadable = new ArrayList<>();
		for (EncryptedColumn column : columns) {
			done += column(jdbc, cipher, column, plainIsExpected, unreadable);
		}
		return new ReencryptionOutcome(done, unreadable);
	}

	/** How many values of these columns are not under the current key. */
	static long notCurrent(JdbcClient jdbc, FieldCipher cipher, Collection<EncryptedColumn> columns) {
		long count = 0;
		for (EncryptedColumn column : columns) {
			count += jdbc
				.sql("select count(*) from %s where %s not like :current".formatted(column.table(), column.column()))
				.param("current", cipher.currentPrefix() + "%")
				.query(Long.class)
				.single();
		}
		return count;
	}

	private static long column(JdbcClient jdbc, FieldCipher cipher, EncryptedColumn column, boolean plainIsExpected,
			List<String> unreadable) {
		// Names come from EncryptedColumn, which holds them to plain identifiers.
		String select = """
				select %1$s as row_key, %2$s as stored from %3$s
				where %2$s not like :current and (:first or %1$s > :after)
				order by %1$s limit %4$d""".formatted(column.keyColumn(), column.column(), column.table(), BATCH);
		String update = "update %3$s set %2$s = :sealed where %1$s = :row and %2$s = :stored"
			.formatted(column.keyColumn(), column.column(), column.table());
		long done = 0;
		UUID after = FIRST;
		boolean first = true;
		List<Stored> batch;
		do {
			batch = jdbc.sql(select)
				.param("current", cipher.currentPrefix() + "%")
				.param("first", first)
				.param("after", after)
				.query((rs, row) -> new Stored(rs.getObject("row_key", UUID.class), rs.getString("stored")))
				.list();
			for (Stored stored : batch) {
				String plain;
				try {
					plain = (plainIsExpected && !stored.value().startsWith(FieldCipher.PREFIX)) ? stored.value()
							: cipher.open(column, stored.row(), stored.value());
				}
				catch (UnreadableFieldException ex) {
					unreadable.add(ex.getMessage());
					continue;
				}
				done += jdbc.sql(update)
					.param("sealed", cipher.seal(column, stored.row(), plain))
					.param("row", stored.row())
					.param("stored", stored.value())
					.update();
			}
			if (!batch.isEmpty()) {
				after = batch.get(batch.size() - 1).row();
				first = false;
			}
		}
		while (batch.size() == BATCH);
		return done;
	}

	private record Stored(UUID row, String value) {
	}

}
