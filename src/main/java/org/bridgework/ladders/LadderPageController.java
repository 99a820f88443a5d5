package org.bridgework.ladders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.caseload.CareTeam;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.Assignments;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinician's page for one assignment's ladder: where the client is, what the ladder
 * suggests, the step history, choosing another step, and writing the ladder. Step changes
 * are accepted here by the clinician, and by the client from their practice page when
 * allowed. A client's or stranger's request to open it is refused like any other.
 */
@Controller
class LadderPageController {

	static final String MORE_STEPS = "moreSteps";

	private final Ladders ladders;

	private final Assignments assignments;

	private final CareTeam careTeam;

	private final LadderPanels panels;

	private final Messages messages;

	LadderPageController(Ladders ladders, Assignments assignments, CareTeam careTeam, LadderPanels panels,
			Messages messages) {
		this.ladders = ladders;
		this.assignments = assignments;
		this.careTeam = careTeam;
		this.panels = panels;
		this.messages = messages;
	}

	@GetMapping("/assignments/{assignmentId}/ladder")
	String page(CurrentUser clinician, @PathVariable UUID assignmentId, @RequestParam Map<String, String> query,
			Model model) {
		Assignment assignment = clinicianOf(clinician, assignmentId);
		Optional<LadderState> state = this.ladders.find(clinician, assignmentId);
		LadderForm form = state.map((found) -> LadderForm.of(found.ladder().plan())).orElseGet(LadderForm::blank);
		model.addAttribute("notice", notice(query));
		return render(model, clinician, assignment, state, new Forms(form, 0, FormErrors.none(), FormErrors.none()));
	}

	@PostMapping("/assignments/{assignmentId}/ladder")
	String save(CurrentUser clinician, @PathVariable UUID assignmentId, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response) {
		Assignment assignment = clinicianOf(clinician, assignmentId);
		LadderForm form = LadderForm.from(params);
		if (params.containsKey(MORE_STEPS)) {
			return render(model, clinician, assignment, this.ladders.find(clinician, assignmentId),
					new Forms(form, 3, FormErrors.none(), FormErrors.none()));
		}
		FieldChecks unreadable = new FieldChecks();
		try {
			LadderRequest request = form.toRequest(unreadable);
			refuseUnreadable(unreadable, request, this.ladders.numberFields(clinician, assignmentId));
			this.ladders.save(clinician, assignmentId, request);
			return "redirect:/assignments/" + assignmentId + "/ladder?saved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(model, clinician, assignment, this.ladders.find(clinician, assignmentId),
					new Forms(form, 0, FormErrors.of(ex, this.messages), FormErrors.none()));
		}
	}

	@PostMapping("/assignments/{assignmentId}/ladder/step-changes")
	String change(CurrentUser actor, @PathVariable UUID assignmentId, @RequestParam Map<String, String> params,
			Model model, HttpServletResponse response) {
		boolean client = actor.is(Role.CLIENT);
		String done = client ? "redirect:/practice/" + assignmentId
				: "redirect:/assignments/" + assignmentId + "/ladder";
		StepChangeRequest request = new StepChangeRequest(number(params.get("from")), number(params.get("to")),
				params.get("note"));
		try {
			this.ladders.change(actor, assignmentId, request);
			return done + (client ? "" : "?stepped");
		}
		catch (ConflictException ex) {
			return done
					+ (client ? "" : "?notice=" + ("problem.ladder.moved".equals(ex.getMessage()) ? "moved" : "none"));
		}
		catch (InvalidInputException ex) {
			if (client) {
				return done;
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Assignment assignment = clinicianOf(actor, assignmentId);
			Optional<LadderState> state = this.ladders.find(actor, assignmentId);
			LadderForm form = state.map((found) -> LadderForm.of(found.ladder().plan())).orElseGet(LadderForm::blank);
			model.addAttribute("chosen", request);
			return render(model, actor, assignment, state,
					new Forms(form, 0, FormErrors.none(), FormErrors.of(ex, this.messages)));
		}
	}

	/**
	 * Refuses a form with numbers that could not be read, together with every other
	 * problem it has, so the clinician sees them all at once.
	 */
	private static void refuseUnreadable(FieldChecks unreadable, LadderRequest request,
			List<LadderState.NumberField> numberFields) {
		try {
			unreadable.throwIfAny();
		}
		catch (InvalidInputException unread) {
			List<FieldProblem> problems = new ArrayList<>(unread.problems());
			try {
				Ladders.check(request, numberFields);
			}
			catch (InvalidInputException other) {
				other.problems()
					.stream()
					.filter((problem) -> !unreadable.hasProblemWith(problem.field()))
					.forEach(problems::add);
			}
			throw new InvalidInputException(problems);
		}
	}

	private Assignment clinicianOf(CurrentUser clinician, UUID assignmentId) {
		Assignment assignment = this.assignments.get(clinician, assignmentId);
		this.careTeam.requireClinician(clinician, assignment.clientId(), "edit-ladder", assignmentId);
		return assignment;
	}

	private String render(Model model, CurrentUser clinician, Assignment assignment, Optional<LadderState> state,
			Forms forms) {
		model.addAttribute("assignment", assignment);
		model.addAttribute("ladder", state.map(this.panels::card).orElse(null));
		model.addAttribute("numberFields", this.ladders.numberFields(clinician, assignment.id()));
		model.addAttribute("form", forms.ladder());
		model.addAttribute("rows", forms.ladder().rows(forms.extraRows()));
		model.addAttribute("errors", forms.ladderErrors());
		model.addAttribute("chooseErrors", forms.chooseErrors());
		if (!model.containsAttribute("chosen")) {
			model.addAttribute("chosen", new StepChangeRequest(null, null, ""));
		}
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", null);
		}
		return "ladders/edit";
	}

	private String notice(Map<String, String> query) {
		if (query.containsKey("saved")) {
			return this.messages.get("ladder.edit.saved");
		}
		if (query.containsKey("stepped")) {
			return this.messages.get("ladder.clinician.stepped");
		}
		String notice = query.get("notice");
		if ("moved".equals(notice)) {
			return this.messages.get("problem.ladder.moved");
		}
		return "none".equals(notice) ? this.messages.get("problem.ladder.noSuggestion") : null;
	}

	private static Integer number(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	record Forms(LadderForm ladder, int extraRows, FormErrors ladderErrors, FormErrors chooseErrors) {
	}

}
