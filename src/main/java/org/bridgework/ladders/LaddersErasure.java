package org.bridgework.ladders;

import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client removes the ladders of their homework and every step change, before
 * homework removes the assignments they belong to.
 */
@Component
class LaddersErasure extends ClientRowsErasure {

	static final int ORDER = 100;

	LaddersErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "ladder_step_change", "ladder");
	}

	@Override
	public void erase(ErasedClient client) {
		client.deleteAssignmentRows(this.jdbc, "ladder_step_change", "ladder");
	}

}
