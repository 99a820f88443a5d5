package org.bridgework.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code audit_event} table. Rows are appended in one short transaction of their own
 * (never the caller's) under a PostgreSQL advisory lock, so that every app node extends
 * the same chain one row after another.
 */
@Component
class AuditStore {

	private static final String COLUMNS = """
			seq, occurred_at, actor_id, actor_relation, client_id, action, object_id, outcome, status,
			request_id, remote_address, method, path, pseudonym""";

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate readOnly;

	AuditStore(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(1000);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setReadOnly(true);
	}

	void append(List<PendingEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('bridgework.audit-chain'))").query().singleRow();
			Tail tail = this.jdbc.sql("select seq, row_hash from audit_event order by seq desc limit 1")
				.query((rs, row) -> new Tail(rs.getLong("seq"), rs.getString("row_hash")))
				.optional()
				.orElse(new Tail(0, ChainRow.GENESIS));
			List<Object[]> rows = new ArrayList<>(events.size());
			long seq = tail.seq();
			String previous = tail.hash();
			for (PendingEvent event : events) {
				ChainRow row = event.at(++seq);
				String hash = row.hash(previous);
				rows.add(values(row, previous, hash));
				previous = hash;
			}
			this.streaming.batchUpdate("insert into audit_event (" + COLUMNS
					+ ", prev_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		});
	}

	/**
	 * Rows matching the filters that are given (null: any), newest first. Only the
	 * conditions given are written, so a client's rows come from the index on
	 * {@code client_id}.
	 */
	List<AuditedEvent> find(UUID clientId, Outcome outcome, Instant from, Instant to, int limit, long offset) {
		List<String> conditions = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new HashMap<>(Map.of("limit", limit, "offset", offset));
		if (clientId != null) {
			conditions.add("client_id = :client");
			params.put("client", clientId);
		}
		if (outcome != null) {
			conditions.add("outcome = :outcome");
			params.put("outcome", outcome.name());
		}
		if (from != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(from));
		}
		if (to != null) {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(to));
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_event where " + String.join(" and ", conditions)
					+ " order by occurred_at desc, seq desc limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> audited(rs))
			.list();
	}

	/**
	 * Recomputes every row's hash from its fields and the row before, oldest first, and
	 * stops at the first that does not match (or whose previous hash is not the hash of
	 * the row before it: a row taken out or put in).
	 */
	ChainVerification verify() {
		return this.readOnly.execute((status) -> {
			Verifier verifier = new Verifier();
			this.streaming.query("select " + COLUMNS + ", prev_hash, row_hash from audit_event order by seq", verifier);
			return verifier.result();
		});
	}

	private static Object[] values(ChainRow row, String previous, String hash) {
		AuditEvent event = row.event();
		return new Object[] { row.seq(), Timestamp.from(row.at()), event.actorId(), event.actorRelation(),
				event.clientId(), event.action(), event.objectId(), event.outcome().name(), row.status(),
				row.requestId(), row.remoteAddress(), row.method(), row.path(), event.pseudonym(), previous, hash };
	}

	private static ChainRow chainRow(ResultSet rs) throws SQLException {
		AuditEvent event = new AuditEvent(uuid(rs, "actor_id"), rs.getString("actor_relation"), uuid(rs, "client_id"),
				rs.getString("action"), uuid(rs, "object_id"), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("pseudonym"));
		return new ChainRow(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), event,
				rs.getObject("status", Integer.class), rs.getString("request_id"), rs.getString("remote_address"),
				rs.getString("method"), rs.getString("path"));
	}

	private static AuditedEvent audited(ResultSet rs) throws SQLException {
		ChainRow row = chainRow(rs);
		AuditEvent event = row.event();
		return new AuditedEvent(row.seq(), row.at(), event.actorId(), event.actorRelation(), event.clientId(),
				event.action(), event.objectId(), event.outcome(), row.status(), row.requestId(), row.remoteAddress(),
				row.method(), row.path());
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private record Tail(long seq, String hash) {
	}

	private static final class Verifier implements RowCallbackHandler {

		private long rows;

		private Long firstBroken;

		private String previous = ChainRow.GENESIS;

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			this.rows++;
			if (this.firstBroken != null) {
				return;
			}
			ChainRow row = chainRow(rs);
			String stored = rs.getString("row_hash");
			if (!this.previous.equals(rs.getString("prev_hash")) || !row.hash(this.previous).equals(stored)) {
				this.firstBroken = row.seq();
			}
			this.previous = stored;
		}

		ChainVerification result() {
			return new ChainVerification(this.rows, this.firstBroken == null, this.firstBroken,
					(this.firstBroken == null && this.rows > 0) ? this.previous : null);
		}

	}

}
