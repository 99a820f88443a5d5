package org.bridgework.ladders;

import java.util.List;

import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * Puts a ladder's reasons into words, naming a watched number by its question's label.
 */
@Component
class LadderWords {

	private final Messages messages;

	LadderWords(Messages messages) {
		this.messages = messages;
	}

	String reason(LadderState state, String code, List<Object> args) {
		if (code == null) {
			return null;
		}
		Object[] named = args.stream()
			.map((arg) -> (arg instanceof String field) ? state.labelOf(field) : arg)
			.toArray();
		return this.messages.get(code, named);
	}

	String reason(LadderState state) {
		return reason(state, state.suggestion().reasonCode(), state.suggestion().reasonArgs());
	}

	String reason(LadderState state, StepChange change) {
		return reason(state, change.reasonCode(), change.reasonArgs());
	}

}
