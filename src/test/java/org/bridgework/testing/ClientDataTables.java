package org.bridgework.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which tables hold a client's data, read from PostgreSQL's own catalog rather than from
 * a list someone keeps: a table holds client data when it has a {@code client_id} or
 * {@code account_id} column, or a foreign key path (over any number of tables) to
 * {@code client} or {@code account}. It also counts the rows of one client in each such
 * table, following the same paths, so a test can see what erasure left behind.
 *
 * <p>
 * Read with the caller's connection: inside a transaction it sees the tables made in it.
 */
public final class ClientDataTables {

	public static final String CLIENT = "client";

	public static final String ACCOUNT = "account";

	private final JdbcClient jdbc;

	private final Set<String> tables;

	private final Map<String, Set<String>> columns;

	private final List<ForeignKey> foreignKeys;

	private ClientDataTables(JdbcClient jdbc, Set<String> tables, Map<String, Set<String>> columns,
			List<ForeignKey> foreignKeys) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.columns = columns;
		this.foreignKeys = foreignKeys;
	}

	/** The schema as it is now. */
	public static ClientDataTables read(JdbcClient jdbc) {
		Set<String> tables = new TreeSet<>(jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list());
		Map<String, Set<String>> columns = new TreeMap<>();
		jdbc.sql("""
				select table_name, column_name from information_schema.columns
				where table_schema = current_schema()""")
			.query((rs, row) -> columns.computeIfAbsent(rs.getString("table_name"), (table) -> new TreeSet<>())
				.add(rs.getString("column_name")))
			.list();
		// One row per column of each foreign key; single-column keys are all the schema
		// has,
		// and a composite one would still be found through its first column.
		List<ForeignKey> foreignKeys = jdbc
			.sql("""
					select child.relname as child_table, child_column.attname as child_column,
					       parent.relname as parent_table, parent_column.attname as parent_column
					from pg_constraint c
					join pg_class child on child.oid = c.conrelid
					join pg_class parent on parent.oid = c.confrelid
					join pg_namespace n on n.oid = child.relnamespace and n.nspname = current_schema()
					join pg_attribute child_column on child_column.attrelid = c.conrelid and child_column.attnum = c.conkey[1]
					join pg_attribute parent_column on parent_column.attrelid = c.confrelid and parent_column.attnum = c.confkey[1]
					where c.contype = 'f'""")
			.query((rs, row) -> new ForeignKey(rs.getString("child_table"), rs.getString("child_column"),
					rs.getString("parent_table"), rs.getString("parent_column")))
			.list();
		return new ClientDataTables(jdbc, tables, columns, foreignKeys);
	}

	/** Every table of the schema. */
	public Set<String> all() {
		return this.tables;
	}

	/**
	 * The tables that hold client data: {@code client} and {@code account} themselves,
	 * those with a {@code client_id} or {@code account_id} column, and every table with a
	 * foreign key to one of these, however far.
	 */
	public Set<String> holdingClientData() {
		Set<String> found = new TreeSet<>(Set.of(CLIENT, ACCOUNT));
		this.columns.forEach((table, names) -> {
			if (this.tables.contains(table) && (names.contains("client_id") || names.contains("account_id"))) {
				found.add(table);
			}
		});
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ForeignKey key : this.foreignKeys) {
				if (found.contains(key.parentTable()) && found.add(key.childTable())) {
					grew = true;
				}
			}
		}
		return found;
	}

	/** Whether the table has a uuid {@code id} column, the id its rows go by. */
	public boolean hasId(String table) {
		return this.columns.getOrDefault(table, Set.of()).contains("id");
	}

	/**
	 * How many rows of the table belong to this client: rows naming the client or their
	 * account directly, or through a chain of foreign keys.
	 */
	public int rowsOf(String table, UUID clientId, UUID accountId) {
		return this.jdbc.sql("select count(*) from " + table + " t0 where " + condition(table, "t0", new HashSet<>()))
			.param("client", clientId)
			.param("account", accountId)
			.query(Integer.class)
			.single();
	}

	/** The ids of the client's rows in a table that has an {@code id} column. */
	public List<String> idsOf(String table, UUID clientId, UUID accountId) {
		return this.jdbc
			.sql("select t0.id::text from " + table + " t0 where " + condition(table, "t0", new HashSet<>()))
			.param("client", clientId)
			.param("account", accountId)
			.query(String.class)
			.list();
	}

	private String condition(String table, String alias, Set<String> visited) {
		visited.add(table);
		List<String> ways = new ArrayList<>();
		if (CLIENT.equals(table)) {
			ways.add(alias + ".id = :client");
		}
		if (ACCOUNT.equals(table)) {
			ways.add(alias + ".id = :account");
		}
		Set<String> names = this.columns.getOrDefault(table, Set.of());
		if (names.contains("client_id")) {
			ways.add(alias + ".client_id = :client");
		}
		if (names.contains("account_id")) {
			ways.add(alias + ".account_id = :account");
		}
		Set<String> holding = holdingClientData();
		for (ForeignKey key : this.foreignKeys) {
			if (!key.childTable().equals(table) || visited.contains(key.parentTable())
					|| !holding.contains(key.parentTable())) {
				continue;
			}
			String parent = "t" + visited.size();
			ways.add("exists(select 1 from " + key.parentTable() + " " + parent + " where " + parent + "."
					+ key.parentColumn() + " = " + alias + "." + key.childColumn() + " and "
					+ condition(key.parentTable(), parent, new HashSet<>(visited)) + ")");
		}
		return ways.isEmpty() ? "false" : ways.stream().collect(Collectors.joining(" or ", "(", ")"));
	}

	record ForeignKey(String childTable, String childColumn, String parentTable, String parentColumn) {
	}

}
