package org.bridgework.relapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.exports.ExportLinks;
import org.bridgework.exports.ExportPart;
import org.bridgework.exports.ExportPeriod;
import org.bridgework.exports.ExportSection;
import org.bridgework.exports.ExportTable;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The staying-well plan in an exported record: its latest version, part by part, whatever
 * the export's dates (it is a plan for after therapy, not something dated). The JSON
 * export holds every version and the booster tune-ups too.
 */
@Component
class StayingWellExport implements ExportSection {

	static final int POSITION = 800;

	private final StayingWellPlans plans;

	private final Boosters boosters;

	private final Messages messages;

	StayingWellExport(StayingWellPlans plans, Boosters boosters, Messages messages) {
		this.plans = plans;
		this.boosters = boosters;
		this.messages = messages;
	}

	@Override
	public int position() {
		return POSITION;
	}

	@Override
	public List<ExportTable> tables(ClientAccess access, ExportPeriod period) {
		PlanRequest plan = this.plans.get(access.actor(), access.clientId()).content();
		List<List<String>> rows = new ArrayList<>();
		plan.warningSigns().forEach((sign) -> rows.add(List.of(word("stayingWell.warningSigns"), sign)));
		plan.triggers().forEach((trigger) -> rows.add(List.of(word("stayingWell.triggers"), trigger)));
		plan.copingStrategies()
			.forEach((strategy) -> rows.add(List.of(word("stayingWell.copingStrategies"), strategy.text())));
		plan.contacts()
			.forEach((contact) -> rows.add(List.of(word("stayingWell.contacts"),
					String.join(", ",
							java.util.stream.Stream.of(contact.name(), contact.reach(), contact.helpsWith())
								.filter((part) -> part != null && !part.isBlank())
								.toList()))));
		if (plan.note() != null && !plan.note().isBlank()) {
			rows.add(List.of(word("stayingWell.note"), plan.note()));
		}
		return List.of(new ExportTable("staying-well-plan", word("export.stayingWell.title"),
				List.of(word("export.stayingWell.part"), word("export.stayingWell.text")), rows,
				word("export.stayingWell.empty")));
	}

	/**
	 * Every version of the plan ever saved (newest first), and the booster tune-ups with
	 * how each stands: whatever the export's dates, like the plan's table.
	 */
	@Override
	public List<ExportPart> parts(ClientAccess access, ExportPeriod period, ExportLinks links) {
		return List.of(
				new ExportPart("stayingWellPlanVersions", this.plans.versions(access.actor(), access.clientId())),
				new ExportPart("boosters", this.boosters.forClient(access.actor(), access.clientId())));
	}

	@Override
	public Map<String, String> exportedTables() {
		return Map.of("staying_well_plan_version", "stayingWellPlanVersions", "booster", "boosters");
	}

	private String word(String code) {
		return this.messages.get(code);
	}

}
