package org.bridgework.shared;

import java.util.List;

import org.bridgework.shared.InvalidInputException.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns message codes into the words a person reads, in their language where we have it.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String code, Object... args) {
		return this.source.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	public String describe(FieldProblem problem) {
		return get(problem.code(), problem.args());
	}

	public List<String> describeAll(List<FieldProblem> problems) {
		return problems.stream().map(this::describe).toList();
	}

}
