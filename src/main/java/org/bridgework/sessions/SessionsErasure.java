package org.bridgework.sessions;

import org.bridgework.shared.ClientRowsErasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a client removes their check-ins, session dates and session summaries. */
@Component
class SessionsErasure extends ClientRowsErasure {

	static final int ORDER = 400;

	SessionsErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "check_in", "session_date", "session_summary");
	}

}
