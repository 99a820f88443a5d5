package org.bridgework.goals;

import java.util.List;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The client's goals in an exported record, in their order, set-aside ones marked: all of
 * them whatever the export's dates, as they frame everything else.
 */
@Component
class GoalsExport implements ExportSection {

	static final int POSITION = 100;

	private final Goals goals;

	private final Messages messages;

	GoalsExport(Goals goals, Messages messages) {
		this.goals = goals;
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

	private String word(String code) {
		return this.messages.get(code);
	}

}
