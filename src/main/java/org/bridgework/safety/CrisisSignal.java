package org.bridgework.safety;

import java.util.UUID;

/**
 * Something a client did that their clinicians must know about soon: a non-zero answer to
 * PHQ-9 item 9, or pressing "I need help now". Published synchronously inside the
 * transaction that stores what caused it, so a listener that records an alert with a
 * plain {@code @EventListener} commits or rolls back together with it: no crash can store
 * the answer and lose the alert. It carries no clinical content.
 *
 * @param clientId the client concerned
 * @param kind what happened
 * @param sourceId the stored thing that caused it (a measure response), or null
 */
public record CrisisSignal(UUID clientId, Kind kind, UUID sourceId) {

	public enum Kind {

		/** PHQ-9 item 9 ("thoughts that you would be better off dead...") above 0. */
		PHQ9_ITEM9,

		/** The client pressed "I need help now". */
		HELP_NOW

	}

}
