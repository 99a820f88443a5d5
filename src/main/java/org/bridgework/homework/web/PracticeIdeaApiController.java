package org.bridgework.homework.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.homework.PlanProposal;
import org.bridgework.homework.PracticeIdea;
import org.bridgework.homework.PracticeIdeaRequest;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.homework.web.HomeworkApiController.AssignmentBody;
import org.bridgework.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practices the client thought of themselves: the client proposes one, their clinician
 * plans it as homework or asks to talk it through.
 */
@RestController
class PracticeIdeaApiController {

	private final PracticeIdeas ideas;

	PracticeIdeaApiController(PracticeIdeas ideas) {
		this.ideas = ideas;
	}

	@PostMapping("/api/v1/me/practice-ideas")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> propose(CurrentUser client, @RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody PracticeIdeaRequest body) {
		return Map.of("id", this.ideas.propose(client, key, body));
	}

	@GetMapping("/api/v1/clients/{clientId}/practice-ideas")
	List<PracticeIdea> ideas(CurrentUser actor, @PathVariable UUID clientId) {
		return this.ideas.forClient(actor, clientId);
	}

	/** The body is an assignment, as for {@code POST /clients/{clientId}/assignments}. */
	@PostMapping("/api/v1/practice-ideas/{ideaId}/acceptance")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> plan(CurrentUser clinician, @PathVariable UUID ideaId, @RequestBody AssignmentBody body) {
		return Map.of("id", this.ideas.planAsHomework(clinician, ideaId, body.toPlan()), "practiceIdeaId", ideaId);
	}

	@PostMapping("/api/v1/practice-ideas/{ideaId}/discussion")
	Map<String, String> discuss(CurrentUser clinician, @PathVariable UUID ideaId,
			@RequestBody(required = false) PlanApiController.ReplyBody body) {
		this.ideas.discuss(clinician, ideaId, (body == null) ? null : body.reply());
		return Map.of("status", PlanProposal.Status.DISCUSS.name());
	}

}
