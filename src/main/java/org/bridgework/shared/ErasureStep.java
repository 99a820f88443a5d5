package org.bridgework.shared;

import java.util.Optional;
import java.util.Set;

/**
 * Extension point of erasure: a Spring bean implementing this removes one module's rows
 * about a client when the client's erasure is finished. Every step runs in one
 * transaction, in the order of {@link #order()}, so an erasure is whole or not at all
 * (docs/adr/0012). It lives here, below every module, because identity and caseload
 * (accounts, clients) erase their part too.
 *
 * <p>
 * A new table that holds a client's rows needs a step that names it in
 * {@link #erasedTables()}; {@code ClientDataCoverageIntegrationTests} reads the schema
 * and fails until one does.
 */
public interface ErasureStep {

	/**
	 * Where the step runs: lower first. A step whose rows point at another module's rows
	 * runs before that module's (ladders before homework, homework before goals; accounts
	 * last).
	 */
	int order();

	/**
	 * The tables this step leaves without a row about the client (or, for the client's
	 * and account's own rows, without anything that names them).
	 */
	Set<String> erasedTables();

	/**
	 * Why the erasure must wait, as a message code (a crisis alert nobody has
	 * acknowledged yet), or empty. Asked of every step before any of them runs.
	 */
	default Optional<String> holdUp(ErasedClient client) {
		return Optional.empty();
	}

	/** Removes the module's rows about the client, inside the erasure's transaction. */
	void erase(ErasedClient client);

}
