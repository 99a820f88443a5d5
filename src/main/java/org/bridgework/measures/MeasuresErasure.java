package org.bridgework.measures;

import org.bridgework.shared.ClientRowsErasure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Erasing a client removes every questionnaire they answered and every schedule. */
@Component
class MeasuresErasure extends ClientRowsErasure {

	static final int ORDER = 300;

	MeasuresErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "measure_response", "measure_schedule");
	}

}
