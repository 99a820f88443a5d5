package org.bridgework.testing;

import java.util.UUID;

import org.bridgework.safety.CrisisSignal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises crisis alerts the way the measures do: a {@link CrisisSignal} published inside a
 * transaction that commits.
 */
public final class TestAlerts {

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	public TestAlerts(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** Publishes the signal, commits, and returns the id of the alert it stored. */
	public UUID raise(UUID clientId, CrisisSignal.Kind kind) {
		UUID source = UUID.randomUUID();
		this.transactions
			.executeWithoutResult((status) -> this.events.publishEvent(new CrisisSignal(clientId, kind, source)));
		return this.jdbc.sql("select id from alert where source_id = :source")
			.param("source", source)
			.query(UUID.class)
			.single();
	}

}
