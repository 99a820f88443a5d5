package org.bridgework.relapse;

import java.util.List;
import java.util.UUID;

/**
 * A client's staying-well plan as it stands, for someone who may see it, with what the
 * linked homework showed.
 *
 * @param current the newest version, or null when nothing is written yet
 * @param strategies the coping strategies with their evidence, in the plan's order
 */
record StayingWellPlan(UUID clientId, PlanVersion current, List<Strategy> strategies) {

	public PlanRequest content() {
		return (this.current == null) ? PlanRequest.empty() : this.current.content();
	}

	public boolean isEmpty() {
		return content().isEmpty();
	}

	/**
	 * @param practice what the linked homework showed, or null when none is linked
	 */
	record Strategy(String text, UUID assignmentId, Practised practice) {
	}

	/**
	 * What a linked assignment showed, as the reader may see it: a clinician counts a
	 * private entry as practice but never sees its moods.
	 *
	 * @param moodBefore the average mood before, over entries with both moods, or null
	 * @param moodAfter the average mood after, over the same entries, or null
	 */
	record Practised(UUID assignmentId, String title, int times, Double moodBefore, Double moodAfter) {

		public boolean hasMoods() {
			return this.moodBefore != null && this.moodAfter != null;
		}

	}

}
