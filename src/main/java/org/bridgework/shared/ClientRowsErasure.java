package org.bridgework.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An {@link ErasureStep} over a fixed list of a module's tables: by default it deletes
 * the client's rows from each, in the order given, by {@code client_id}; a module whose
 * tables reach the client another way overrides {@link #erase}.
 */
public abstract class ClientRowsErasure implements ErasureStep {

	private final int order;

	private final List<String> tables;

	protected final JdbcClient jdbc;

	/**
	 * @param tables the module's tables of client rows, in the order they are emptied
	 */
	protected ClientRowsErasure(int order, JdbcClient jdbc, String... tables) {
		this.order = order;
		this.jdbc = jdbc;
		this.tables = List.of(tables);
	}

	@Override
	public final int order() {
		return this.order;
	}

	@Override
	public final Set<String> erasedTables() {
		return new LinkedHashSet<>(this.tables);
	}

	@Override
	public void erase(ErasedClient client) {
		client.deleteRows(this.jdbc, this.tables.toArray(String[]::new));
	}

}
