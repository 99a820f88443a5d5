package org.bridgework.goals;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The client's goals in an exported record, in their order, set-aside ones marked: all of
 * them whatever the export's dates, as they frame everything else. The JSON export adds
 * every change to each goal.
 */
@Component
class GoalsExport implements ExportSection {

	static final int POSITION = 100;

	private final Goals goals;

	private final GoalRepository repository;

	private final Messages messages;

	GoalsExport(Goals goals, GoalRepository repository, Messages messages) {
		this.goals = goals;
		this.repository = repository;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		List<List<String>> rows = this.goals.forClient(access)
			.stream()
			.map((goal) -> List.of(String.valueOf(goal.position()), goal.words(),
					(goal.value() != null) ? goal.value() : "",
					word(goal.archived() ? "export.goals.setAside" : "export.goals.current")))
			.toList();
		return List
			.of(new ExportTable(
					"goals", word("export.goals.title"), List.of(word("export.goals.position"),
							word("export.goals.goal"), word("export.goals.value"), word("export.goals.status")),
					rows, word("export.goals.empty")));
	}

	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		return List.of(new ExportPart("goals",
				this.goals.forClient(access)
					.stream()
					.map((goal) -> new GoalPart(goal, this.repository.revisions(goal.id())))
					.toList()));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("treatment_goal", "goals", "treatment_goal_revision", "goals");
	}

	private String word(String code) {
		return this.messages.get(code);
	}

	/** A goal and every change made to it, newest first. */
	record GoalPart(@JsonUnwrapped Goal goal, List<GoalRevision> history) {
	}

}
