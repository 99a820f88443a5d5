package org.bridgework.relapse;

import org.bridgework.shared.ClientRowsErasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client removes every version of their staying-well plan and their booster
 * tune-ups (whose one-day practices homework removes after).
 */
@Component
class StayingWellErasure extends ClientRowsErasure {

	static final int ORDER = 200;

	StayingWellErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "booster", "staying_well_plan_version");
	}

}
