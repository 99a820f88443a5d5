package org.bridgework.ladders;

import java.util.List;

/**
 * A ladder as sent by a form or the API, before it is checked: every number may be
 * missing or out of range.
 */
public record LadderRequest(List<Step> steps, String targetUnit, Boolean clientMayStep, Rule moveOn,
		StepBack stepBack) {

	public LadderRequest {
		steps = (steps == null) ? List.of() : steps;
	}

	public record Step(String label, Integer target) {
	}

	/**
	 * @param kind {@code DONE_DAYS} (uses days, ofLast, minQuality) or
	 * {@code FIELD_AT_MOST} (uses field, atMost, times, ofLast)
	 */
	public record Rule(String kind, Integer days, Integer times, Integer ofLast, Integer minQuality, String field,
			Integer atMost) {

		public static Rule of(MoveOn moveOn) {
			if (moveOn instanceof MoveOn.DoneOnDays days) {
				return new Rule("DONE_DAYS", days.days(), null, days.ofLast(), days.minQuality(), null, null);
			}
			MoveOn.FieldAtMost field = (MoveOn.FieldAtMost) moveOn;
			return new Rule("FIELD_AT_MOST", null, field.times(), field.ofLast(), null, field.field(), field.atMost());
		}

	}

	public static LadderRequest of(LadderPlan plan) {
		return new LadderRequest(plan.steps().stream().map((s) -> new Step(s.label(), s.target())).toList(),
				plan.targetUnit(), plan.clientMayStep(), Rule.of(plan.moveOn()), plan.stepBack());
	}

}
