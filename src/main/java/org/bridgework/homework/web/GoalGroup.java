package org.bridgework.homework.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.bridgework.goals.Goal;

/**
 * The homework serving one of the client's goals, for the clinician's client page; a
 * group without a goal holds what is not tied to one yet.
 *
 * @param goal the goal, or null for homework not tied to a goal
 */
record GoalGroup(Goal goal, List<AssignmentSummary> assignments) {

	/**
	 * A group per goal in use, in the client's order, even with no homework yet; then
	 * goals set aside that still have homework; then the homework tied to no goal.
	 */
	static List<GoalGroup> of(List<Goal> goals, Collection<AssignmentSummary> assigned) {
		List<GoalGroup> groups = new ArrayList<>();
		for (Goal goal : goals) {
			List<AssignmentSummary> serving = assigned.stream()
				.filter((summary) -> goal.id().equals(summary.assignment().goalId()))
				.toList();
			if (!goal.archived() || !serving.isEmpty()) {
				groups.add(new GoalGroup(goal, serving));
			}
		}
		List<AssignmentSummary> untied = assigned.stream()
			.filter((summary) -> goals.stream()
				.noneMatch((goal) -> Objects.equals(goal.id(), summary.assignment().goalId())))
			.toList();
		if (!untied.isEmpty()) {
			groups.add(new GoalGroup(null, untied));
		}
		return groups;
	}

	/** The id the group's heading is found by. */
	public String headingId() {
		return (this.goal == null) ? "goal-group-untied" : "goal-group-" + this.goal.id();
	}

}
