package org.bridgework.shared;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The client whose erasure is being finished, as every {@link ErasureStep} gets them.
 *
 * @param clientId the client record, which stays (with the pseudonym) for the audit trail
 * @param accountId the client's account, which stays too, unable to sign in
 * @param pseudonym what the client and account are called from now on ("Erased client
 * 3f2a91c0")
 * @param at when the erasure happens
 */
public record ErasedClient(UUID clientId, UUID accountId, String pseudonym, Instant at) {

	/**
	 * Deletes the client's rows from each table, in the order given, by its
	 * {@code client_id}. The names come from the steps' code, never from a request.
	 */
	public void deleteRows(JdbcClient jdbc, String... tables) {
		deleteWhere(jdbc, "client_id = :client", tables);
	}

	/**
	 * Deletes the rows of the client's assignments from each table, in the order given,
	 * by its {@code assignment_id}.
	 */
	public void deleteAssignmentRows(JdbcClient jdbc, String... tables) {
		deleteWhere(jdbc, "assignment_id in (select id from assignment where client_id = :client)", tables);
	}

	private void deleteWhere(JdbcClient jdbc, String condition, String... tables) {
		for (String table : tables) {
			jdbc.sql("delete from " + table + " where " + condition).param("client", this.clientId).update();
		}
	}

	/** "Erased client" and the first eight characters of the client's id. */
	public static String pseudonymOf(UUID clientId) {
		return "Erased client " + clientId.toString().substring(0, 8);
	}

}
