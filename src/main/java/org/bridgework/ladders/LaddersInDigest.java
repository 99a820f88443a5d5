package org.bridgework.ladders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.bridgework.caseload.ClientAccess;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.sessions.DigestContributor;
import org.bridgework.sessions.DigestNote;
import org.bridgework.sessions.DigestSlot;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;

/**
 * The step changes the ladders suggest today, for the session digest: which practice, to
 * which step, and why, in the words the client page uses.
 */
@Component
class LaddersInDigest implements DigestContributor {

	private final Assignments assignments;

	private final Ladders ladders;

	private final Messages messages;

	LaddersInDigest(Assignments assignments, Ladders ladders, Messages messages) {
		this.assignments = assignments;
		this.ladders = ladders;
		this.messages = messages;
	}

	@Override
	public DigestSlot slot() {
		return DigestSlot.LADDER_SUGGESTIONS;
	}

	@Override
	public List<DigestNote> notes(ClientAccess access, LocalDate from, LocalDate to) {
		return this.assignments.forClient(access.actor(), access.clientId())
			.stream()
			.flatMap((assignment) -> note(access, assignment).stream())
			.toList();
	}

	private Optional<DigestNote> note(ClientAccess access, Assignment assignment) {
		return this.ladders.find(access.actor(), assignment.id())
			.filter((state) -> state.suggestion().isChange())
			.map((state) -> {
				Suggestion suggestion = state.suggestion();
				String step = state.ladder().steps().get(suggestion.to() - 1).label();
				String text = this.messages.get("digest.ladder.text", assignment.title(), this.messages
					.get("ladder.clinician.suggest." + suggestion.direction().name(), suggestion.to(), step));
				String why = this.messages.get(suggestion.reasonCode(), suggestion.reasonArgs().toArray());
				return new DigestNote(state.today(), text, why);
			});
	}

}
