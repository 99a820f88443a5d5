package org.bridgework.alerts;

import java.util.Optional;

import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client removes their alerts, but never while one is open: a client who may be
 * in crisis is followed up first. The client's alert lock is held until the erasure ends,
 * so no alert slips in between the check and the removal.
 */
@Component
class AlertsErasure extends ClientRowsErasure {

	static final int ORDER = 500;

	static final String OPEN_ALERT = "problem.erasure.openAlert";

	private final AlertStore store;

	AlertsErasure(AlertStore store, JdbcClient jdbc) {
		super(ORDER, jdbc, "alert");
		this.store = store;
	}

	@Override
	public Optional<String> holdUp(ErasedClient client) {
		this.store.lockClient(client.clientId());
		return this.store.openForClient(client.clientId()).isEmpty() ? Optional.empty() : Optional.of(OPEN_ALERT);
	}

}
