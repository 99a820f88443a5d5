package org.bridgework.homework;

import org.bridgework.shared.ClientRowsErasure;
import org.bridgework.shared.ErasedClient;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erasing a client removes their homework: files (their bytes with them), entries, skips,
 * practice ideas, plan history, guided recordings, proposals, then the assignments.
 * Ladders and boosters, which point at assignments, are removed before; goals, which
 * assignments point at, after.
 */
@Component
class HomeworkErasure extends ClientRowsErasure {

	static final int ORDER = 700;

	HomeworkErasure(JdbcClient jdbc) {
		super(ORDER, jdbc, "attachment", "entry", "skip", "practice_idea", "plan_revision", "guided_audio",
				"plan_proposal", "assignment");
	}

	@Override
	public void erase(ErasedClient client) {
		client.deleteRows(this.jdbc, "attachment", "entry", "skip", "practice_idea");
		client.deleteAssignmentRows(this.jdbc, "plan_revision", "guided_audio");
		client.deleteRows(this.jdbc, "plan_proposal", "assignment");
	}

}
