package org.bridgework.homework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.homework.AssignmentPlan;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;

/**
 * A plan read from the web form, the values that could not be read, and which form row
 * each barrier came from (empty rows are left out of the plan).
 *
 * @param problems values that could not be read, such as a date in an unknown format
 * @param barrierRows for each barrier in the plan, the index of its row in the form
 */
record ParsedPlan(AssignmentPlan plan, List<FieldProblem> problems, List<Integer> barrierRows) {

	private static final Pattern BARRIER_FIELD = Pattern.compile("^barriers\\[(\\d+)](.*)$");

	/**
	 * All problems to show on the form: unreadable values first, then what the service
	 * found, with barrier problems moved to the row they were typed in.
	 */
	InvalidInputException withServiceProblems(List<FieldProblem> found) {
		List<FieldProblem> all = new ArrayList<>(this.problems);
		found.forEach(
				(problem) -> all.add(new FieldProblem(formField(problem.field()), problem.code(), problem.args())));
		return new InvalidInputException(all);
	}

	private String formField(String field) {
		Matcher matcher = BARRIER_FIELD.matcher(field);
		if (!matcher.matches()) {
			return field;
		}
		int index = Integer.parseInt(matcher.group(1));
		int row = (index < this.barrierRows.size()) ? this.barrierRows.get(index) : index;
		return "barriers[" + row + "]" + matcher.group(2);
	}

}
