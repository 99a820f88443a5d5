package org.bridgework.shared;

import java.util.List;

/**
 * What a re-encryption did.
 *
 * @param reencrypted how many values were written under the current key
 * @param unreadable where the values are that did not open and were left as they were
 * (table, column and row; never what they hold)
 */
public record ReencryptionOutcome(long reencrypted, List<String> unreadable) {

	public ReencryptionOutcome {
		unreadable = List.copyOf(unreadable);
	}

}
