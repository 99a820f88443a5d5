package org.bridgework.shared;

import java.util.List;

/**
 * Input a person sent that we cannot store, with a problem per field. Nothing has been
 * saved when this is thrown. Problems carry message codes; the web and API edges turn
 * them into words from {@code messages.properties}.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "Invalid input" : problems.get(0).field() + ": " + problems.get(0).code());
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String code, Object... args) {
		this(List.of(new FieldProblem(field, code, args)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * @param field the request field, dotted for nested ones ({@code answers.situation})
	 * @param code a key in messages.properties
	 * @param args the values the message mentions
	 */
	public record FieldProblem(String field, String code, Object... args) {

		public static FieldProblem of(String field, String code, Object... args) {
			return new FieldProblem(field, code, args);
		}

	}

}
