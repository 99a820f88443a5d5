package org.bridgework.goals;

import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client removes their goals and every change to them, once homework has
 * removed the assignments that served them.
 */
@Component
class GoalsErasure extends ClientRowsErasure {

	static final int ORDER = 800;

	GoalsErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "treatment_goal_revision", "treatment_goal");
	}

	@Override
	public void erase(ErasedClient client) {
		this.jdbc.sql(
				"delete from treatment_goal_revision where goal_id in (select id from treatment_goal where client_id = :client)")
			.param("client", client.clientId())
			.update();
		client.deleteRows(this.jdbc, "treatment_goal");
	}

}
