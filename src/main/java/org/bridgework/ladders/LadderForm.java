package org.bridgework.ladders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bridgework.shared.FieldChecks;

/**
 * The ladder form as typed: every value a string, so a refused form comes back exactly as
 * it was sent. Blank step rows are left out; the page adds empty ones to fill in.
 */
record LadderForm(List<StepRow> steps, String targetUnit, boolean clientMayStep, String kind, String days,
		String daysOfLast, String minQuality, String field, String atMost, String times, String entriesOfLast,
		String backField, String backAtLeast, String backEntries, String hardSkips) {

	static final int BLANK_ROWS = 2;

	static final int MIN_ROWS = 4;

	static LadderForm blank() {
		return new LadderForm(List.of(), "", false, "DONE_DAYS", "5", "7", "", "", "", "2", "2", "", "", "", "");
	}

	static LadderForm of(LadderPlan plan) {
		LadderRequest.Rule rule = LadderRequest.Rule.of(plan.moveOn());
		boolean days = "DONE_DAYS".equals(rule.kind());
		StepBack back = plan.stepBack();
		return new LadderForm(
				plan.steps().stream().map((step) -> new StepRow(step.label(), text(step.target()))).toList(),
				text(plan.targetUnit()), plan.clientMayStep(), rule.kind(), text(days ? rule.days() : 5),
				text(days ? rule.ofLast() : 7), text(rule.minQuality()), text(rule.field()), text(rule.atMost()),
				text(days ? 2 : rule.times()), text(days ? 2 : rule.ofLast()), text(back.field()), text(back.atLeast()),
				text(back.entries()), text(back.hardSkips()));
	}

	static LadderForm from(Map<String, String> params) {
		List<StepRow> steps = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			String label = params.getOrDefault("steps[" + i + "].label", "");
			String target = params.getOrDefault("steps[" + i + "].target", "");
			if (!label.isBlank() || !target.isBlank()) {
				steps.add(new StepRow(label, target));
			}
		}
		return new LadderForm(steps, params.getOrDefault("targetUnit", ""), params.containsKey("clientMayStep"),
				params.getOrDefault("moveOn.kind", ""), params.getOrDefault("moveOn.days", ""),
				params.getOrDefault("moveOn.daysOfLast", ""), params.getOrDefault("moveOn.minQuality", ""),
				params.getOrDefault("moveOn.field", ""), params.getOrDefault("moveOn.atMost", ""),
				params.getOrDefault("moveOn.times", ""), params.getOrDefault("moveOn.entriesOfLast", ""),
				params.getOrDefault("stepBack.field", ""), params.getOrDefault("stepBack.atLeast", ""),
				params.getOrDefault("stepBack.entries", ""), params.getOrDefault("stepBack.hardSkips", ""));
	}

	/** The steps typed, then empty rows to fill in. */
	List<StepRow> rows(int extra) {
		List<StepRow> rows = new ArrayList<>(this.steps);
		int total = Math.min(Ladders.MAX_STEPS, Math.max(MIN_ROWS, this.steps.size() + BLANK_ROWS) + extra);
		while (rows.size() < total) {
			rows.add(new StepRow("", ""));
		}
		return rows;
	}

	public boolean watchesDays() {
		return !"FIELD_AT_MOST".equals(this.kind);
	}

	/**
	 * The request the form describes. A number that cannot be read is reported under the
	 * name the service uses for it, and left out.
	 */
	LadderRequest toRequest(FieldChecks unreadable) {
		boolean daysRule = "DONE_DAYS".equals(this.kind);
		List<LadderRequest.Step> steps = new ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			StepRow row = this.steps.get(i);
			steps.add(new LadderRequest.Step(row.label(), number("steps[" + i + "].target", row.target(), unreadable)));
		}
		LadderRequest.Rule rule = new LadderRequest.Rule(this.kind.isBlank() ? null : this.kind,
				daysRule ? number("moveOn.days", this.days, unreadable) : null,
				daysRule ? null : number("moveOn.times", this.times, unreadable),
				number("moveOn.ofLast", daysRule ? this.daysOfLast : this.entriesOfLast, unreadable),
				daysRule ? number("moveOn.minQuality", this.minQuality, unreadable) : null,
				daysRule ? null : this.field, daysRule ? null : number("moveOn.atMost", this.atMost, unreadable));
		StepBack back = new StepBack(FieldChecks.trimToNull(this.backField),
				number("stepBack.atLeast", this.backAtLeast, unreadable),
				number("stepBack.entries", this.backEntries, unreadable),
				number("stepBack.hardSkips", this.hardSkips, unreadable));
		return new LadderRequest(steps, this.targetUnit, this.clientMayStep, rule, back);
	}

	private static Integer number(String name, String raw, FieldChecks unreadable) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			unreadable.add(name, "validation.ladder.number");
			return null;
		}
	}

	private static String text(Object value) {
		return (value == null) ? "" : value.toString();
	}

	record StepRow(String label, String target) {
	}

}
