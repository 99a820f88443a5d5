package org.bridgework.homework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.homework.PracticeIdeaRequest;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.bridgework.shared.Messages;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A practice of the client's own: the client writes the idea and follows what became of
 * it; their clinician asks to talk it through (planning it goes through the assign form).
 */
@Controller
class PracticeIdeaPageController {

	private final PracticeIdeas ideas;

	private final Messages messages;

	PracticeIdeaPageController(PracticeIdeas ideas, Messages messages) {
		this.ideas = ideas;
		this.messages = messages;
	}

	@GetMapping("/practice-ideas")
	String page(CurrentUser client, @RequestParam(required = false) String sent, Model model) {
		model.addAttribute("sent", sent != null);
		return render(client, IdeaForm.blank(), FormErrors.none(), false, model);
	}

	@PostMapping("/practice-ideas")
	String propose(CurrentUser client, IdeaForm form, Model model, HttpServletResponse response) {
		try {
			if (!form.unreadable().isEmpty()) {
				throw withTheOtherProblems(form.unreadable(), form.toRequest());
			}
			this.ideas.propose(client, form.idempotencyKey(), form.toRequest());
			return "redirect:/practice-ideas?sent";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(client, form, FormErrors.of(ex, this.messages), false, model);
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return render(client, form.withNewKey(),
					FormErrors.of(new InvalidInputException(List.of(FieldProblem.of("title", "idea.client.keyReused"))),
							this.messages),
					true, model);
		}
	}

	@PostMapping("/clients/{clientId}/practice-ideas/{ideaId}/discuss")
	String discuss(CurrentUser clinician, @PathVariable UUID clientId, @PathVariable UUID ideaId,
			@RequestParam(required = false) String reply) {
		String outcome = "discuss";
		try {
			if (!this.ideas.openIdea(clinician, ideaId).clientId().equals(clientId)) {
				throw new NotFoundException("Practice idea");
			}
			this.ideas.discuss(clinician, ideaId, reply);
		}
		catch (ConflictException ex) {
			outcome = "answered";
		}
		catch (InvalidInputException ex) {
			outcome = "tooLong";
		}
		return "redirect:/clients/" + clientId + "?idea=" + outcome + "#practice-ideas";
	}

	/** Every problem at once, so the client corrects the form in one go. */
	private InvalidInputException withTheOtherProblems(List<FieldProblem> unreadable, PracticeIdeaRequest idea) {
		List<FieldProblem> all = new ArrayList<>(unreadable);
		try {
			this.ideas.check(idea);
		}
		catch (InvalidInputException ex) {
			all.addAll(ex.problems());
		}
		return new InvalidInputException(all);
	}

	private String render(CurrentUser client, IdeaForm form, FormErrors errors, boolean keyReused, Model model) {
		model.addAttribute("ideas", this.ideas.own(client));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("keyReused", keyReused);
		return "plan/client-ideas";
	}

	/**
	 * The idea as typed; minutes stay text so that "ten" comes back to be corrected.
	 */
	record IdeaForm(String idempotencyKey, String title, String why, String whenAndCue, String durationMinutes) {

		static IdeaForm blank() {
			return new IdeaForm(UUID.randomUUID().toString(), null, null, null, null);
		}

		IdeaForm withNewKey() {
			return new IdeaForm(UUID.randomUUID().toString(), this.title, this.why, this.whenAndCue,
					this.durationMinutes);
		}

		List<FieldProblem> unreadable() {
			if (minutesText() == null || minutesText().matches("\\d{1,4}")) {
				return List.of();
			}
			return List.of(FieldProblem.of("durationMinutes", "validation.range", 1, PracticeIdeas.LONGEST_MINUTES));
		}

		/** The idea, leaving out minutes that could not be read. */
		PracticeIdeaRequest toRequest() {
			String minutes = minutesText();
			return new PracticeIdeaRequest(this.title, this.why, this.whenAndCue,
					(minutes == null || !unreadable().isEmpty()) ? null : Integer.valueOf(minutes));
		}

		private String minutesText() {
			return (this.durationMinutes == null || this.durationMinutes.isBlank()) ? null
					: this.durationMinutes.trim();
		}

	}

}
