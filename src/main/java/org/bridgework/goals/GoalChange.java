package org.bridgework.goals;

/**
 * What a clinician changes on a goal; a part left null stays as it is. An empty
 * {@code value} unties the goal from its value.
 *
 * @param position the goal's new place among the client's goals, from 1
 */
public record GoalChange(String words, String value, Boolean archived, Integer position) {

	public static GoalChange words(String words) {
		return new GoalChange(words, null, null, null);
	}

	public static GoalChange archive(boolean archived) {
		return new GoalChange(null, null, archived, null);
	}

}
