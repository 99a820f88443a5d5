package org.bridgework.ladders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Ladder steps in an exported record: every step up or back on each of the client's
 * ladders within the export's dates, oldest first, with who made it and their note.
 */
@Component
class LaddersExport implements ExportSection {

	static final int POSITION = 300;

	private final Assignments assignments;

	private final Ladders ladders;

	private final Messages messages;

	LaddersExport(Assignments assignments, Ladders ladders, Messages messages) {
		this.assignments = assignments;
		this.ladders = ladders;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		List<List<String>> rows = new ArrayList<>();
		for (Assignment assignment : this.assignments.forClient(access.actor(), access.clientId())) {
			this.ladders.find(access.actor(), assignment.id())
				.ifPresent((state) -> state.history()
					.stream()
					.filter((change) -> period.includes(change.changedAt().atZone(access.timezone()).toLocalDate()))
					.sorted(Comparator.comparing(StepChange::changedAt))
					.forEach((change) -> rows.add(Arrays.asList(
							change.changedAt().atZone(access.timezone()).toLocalDate().toString(), assignment.title(),
							this.messages.get("export.ladders.step", change.from(), change.fromLabel()),
							this.messages.get("export.ladders.step", change.to(), change.toLabel()), change.byName(),
							change.note()))));
		}
		return List.of(new ExportTable("ladder-steps", word("export.ladders.title"),
				List.of(word("export.ladders.date"), word("export.ladders.practice"), word("export.ladders.from"),
						word("export.ladders.to"), word("export.ladders.by"), word("export.ladders.note")),
				rows, word("export.ladders.empty")));
	}

	/**
	 * Each ladder as it stands (steps, rules, the step the client is on) with its step
	 * changes in the period, oldest first.
	 */
	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		List<LadderPart> ladders = new ArrayList<>();
		for (Assignment assignment : this.assignments.forClient(access.actor(), access.clientId())) {
			this.ladders.find(access.actor(), assignment.id())
				.ifPresent((state) -> ladders.add(new LadderPart(assignment.title(), state.ladder(), state.history()
					.stream()
					.filter((change) -> period.includes(change.changedAt().atZone(access.timezone()).toLocalDate()))
					.sorted(Comparator.comparing(StepChange::changedAt))
					.toList())));
		}
		return List.of(new ExportPart("ladders", ladders));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("ladder", "ladders", "ladder_step_change", "ladders");
	}

	private String word(String code) {
		return this.messages.get(code);
	}

	/**
	 * @param practice the title of the assignment the ladder belongs to
	 */
	record LadderPart(String practice, @JsonUnwrapped Ladder ladder, List<StepChange> history) {
	}

}
