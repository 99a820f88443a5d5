package org.bridgework.homework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.goals.Goals;
import org.bridgework.homework.Assignment;
import org.bridgework.homework.AssignmentPanels;
import org.bridgework.homework.AttachmentProperties;
import org.bridgework.homework.Attachments;
import org.bridgework.homework.Attachments.AddedAttachment;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.GuidedAudio;
import org.bridgework.homework.HardPractice;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Practice;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.Today;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.library.FieldType;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * One practice, for its client: how and why to do it, a form to record it, and a way to
 * say it didn't happen. A refused form comes back with everything the client wrote.
 */
@Controller
class PracticePageController {

	/** The button that asks for another row of a repeating field, by the field's name. */
	static final String ADD_ROW = "addRow";

	/** The button that removes a file added earlier, by the question's name. */
	static final String DROP_FILE = "dropFile";

	private final Assignments assignments;

	private final Practice practice;

	private final Today today;

	private final Attachments attachments;

	private final AttachmentProperties limits;

	private final GuidedAudio guidedAudio;

	private final Messages messages;

	private final ObjectProvider<AssignmentPanels> panels;

	private final Goals goals;

	PracticePageController(Assignments assignments, Practice practice, Today today, Attachments attachments,
			AttachmentProperties limits, GuidedAudio guidedAudio, Messages messages,
			ObjectProvider<AssignmentPanels> panels, Goals goals) {
		this.goals = goals;
		this.panels = panels;
		this.guidedAudio = guidedAudio;
		this.assignments = assignments;
		this.practice = practice;
		this.today = today;
		this.attachments = attachments;
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/practice/{assignmentId}")
	String page(CurrentUser client, @PathVariable UUID assignmentId, @RequestParam(required = false) String date,
			Model model) {
		Assignment assignment = ownAssignment(client, assignmentId);
		LocalDate day = dayOr(date, this.today.todayFor(client));
		return render(model, client, assignment,
				new Forms(EntryForm.blank(day), FormErrors.none(), SkipForm.blank(day), FormErrors.none(), false));
	}

	@PostMapping("/practice/{assignmentId}")
	String record(CurrentUser client, @PathVariable UUID assignmentId,
			@RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) MultiValueMap<String, MultipartFile> files, Model model,
			HttpServletResponse response) {
		Assignment assignment = ownAssignment(client, assignmentId);
		Template template = this.assignments.templateOf(assignment);
		MultiValueMap<String, String> answers = new LinkedMultiValueMap<>(params);
		List<FieldProblem> uploadProblems = addFiles(client, assignmentId, template, files, answers);
		String dropped = params.getFirst(DROP_FILE);
		if (dropped != null) {
			answers.remove(EntryForm.ANSWER_PREFIX + dropped);
		}
		EntryForm form = EntryForm.from(answers, template);
		LocalDate day = dayOr(form.occurredOn(), this.today.todayFor(client));
		String addRow = params.getFirst(ADD_ROW);
		if (addRow != null || dropped != null) {
			// "Add another" and "Remove this file" work without JavaScript: the same
			// form, changed, nothing saved.
			EntryForm changed = (addRow != null) ? form.withAnotherRow(addRow, template) : form;
			return render(model, client, assignment,
					new Forms(changed, FormErrors.none(), SkipForm.blank(day), FormErrors.none(), false));
		}
		try {
			if (!uploadProblems.isEmpty()) {
				throw new InvalidInputException(uploadProblems);
			}
			EntryRequest entry = form.toRequest(template)
				.withListenedSeconds(listenedSeconds(params.getFirst("listenedSeconds")));
			this.practice.record(client, assignmentId, form.keyOrNew(), entry);
			return HardPractice.of(template, entry).isPresent() ? "redirect:/today?saved&care"
					: "redirect:/today?saved";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			// Blank rows were left out of the answers, so the problems number the filled
			// rows only; showing just those keeps each problem next to its row.
			return render(model, client, assignment, new Forms(form.withoutBlankRows(),
					FormErrors.of(ex, this.messages), SkipForm.blank(day), FormErrors.none(), false));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return render(model, client, assignment,
					new Forms(form.withNewKey(), FormErrors.none(), SkipForm.blank(day), FormErrors.none(), true));
		}
	}

	/**
	 * Keeps each file chosen for a drawing, photo or voice-note question and puts its id
	 * in the answers, so a file is not lost when something else on the form needs another
	 * look. A refused file keeps nothing and is reported next to its question.
	 */
	private List<FieldProblem> addFiles(CurrentUser client, UUID assignmentId, Template template,
			MultiValueMap<String, MultipartFile> files, MultiValueMap<String, String> answers) {
		List<FieldProblem> problems = new ArrayList<>();
		if (files == null) {
			return problems;
		}
		for (TemplateField field : template.fields()) {
			MultipartFile file = files.getFirst(EntryForm.UPLOAD_PREFIX + field.name());
			if (!field.type().isAttachment() || file == null || file.isEmpty()) {
				continue;
			}
			try {
				AddedAttachment added = this.attachments.add(client, assignmentId, field.name(), file);
				answers.put(EntryForm.ANSWER_PREFIX + field.name(), List.of(added.id().toString()));
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return problems;
	}

	@PostMapping("/practice/{assignmentId}/skip")
	String skip(CurrentUser client, @PathVariable UUID assignmentId, @RequestParam MultiValueMap<String, String> params,
			Model model, HttpServletResponse response) {
		Assignment assignment = ownAssignment(client, assignmentId);
		SkipForm form = SkipForm.from(params);
		LocalDate day = dayOr(form.occurredOn(), this.today.todayFor(client));
		try {
			this.practice.skip(client, assignmentId, form.idempotencyKey(), form.toRequest());
			return "redirect:/today?skipped=" + assignmentId;
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return render(model, client, assignment,
					new Forms(EntryForm.blank(day), FormErrors.none(), form, FormErrors.of(ex, this.messages), false));
		}
		catch (ConflictException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return render(model, client, assignment,
					new Forms(EntryForm.blank(day), FormErrors.none(), form.withNewKey(), FormErrors.none(), true));
		}
	}

	/**
	 * Only the client records practice; anyone else's assignment does not exist for them.
	 */
	private Assignment ownAssignment(CurrentUser client, UUID assignmentId) {
		client.require(Role.CLIENT);
		return this.assignments.get(client, assignmentId);
	}

	private String render(Model model, CurrentUser client, Assignment assignment, Forms forms) {
		Template template = this.assignments.templateOf(assignment);
		LocalDate clientToday = this.today.todayFor(client);
		LocalDate day = dayOr(forms.entry().occurredOn(), clientToday);
		model.addAttribute("assignment", assignment);
		model.addAttribute("goal", (assignment.goalId() == null) ? null : this.goals.get(client, assignment.goalId()));
		model.addAttribute("panels",
				this.panels.orderedStream()
					.flatMap((source) -> source.forPractice(client, assignment).stream())
					.toList());
		model.addAttribute("template", template);
		model.addAttribute("today", clientToday);
		model.addAttribute("day", day);
		model.addAttribute("doneThatDay",
				this.practice.entries(client, assignment.id())
					.stream()
					.anyMatch((entry) -> entry.occurredOn().equals(day)));
		model.addAttribute("answers",
				template.fields()
					.stream()
					.map((field) -> AnswerView.of(field, forms.entry(), forms.entryErrors()))
					.toList());
		model.addAttribute("addsRows",
				template.fields().stream().anyMatch((field) -> field.type() == FieldType.REPEATING));
		model.addAttribute("form", forms.entry());
		model.addAttribute("errors", forms.entryErrors());
		model.addAttribute("skip", forms.skip());
		model.addAttribute("skipErrors", forms.skipErrors());
		model.addAttribute("reasons", SkipReason.values());
		model.addAttribute("sentBefore", forms.sentBefore());
		model.addAttribute("timerSeconds", 60 * plannedMinutes(assignment, template));
		model.addAttribute("hasRecording", this.guidedAudio.of(client, assignment.id()).isPresent());
		model.addAttribute("takesFiles", template.fields().stream().anyMatch((field) -> field.type().isAttachment()));
		model.addAttribute("attachmentMaxBytes", this.limits.maxBytes());
		model.addAttribute("attachmentMaxMegabytes", this.limits.maxMegabytes());
		return "practice/practice";
	}

	/**
	 * The seconds the page measured the recording playing. The page writes it, not the
	 * client, so anything unreadable is left out rather than put to them.
	 */
	private static Integer listenedSeconds(String raw) {
		if (raw == null || !raw.matches("\\d{1,5}")) {
			return null;
		}
		return Integer.valueOf(raw);
	}

	private static int plannedMinutes(Assignment assignment, Template template) {
		if (assignment.durationMinutes() != null) {
			return assignment.durationMinutes();
		}
		return (template.estimatedMinutes() != null) ? template.estimatedMinutes() : 1;
	}

	/**
	 * The day asked for, or the client's today when it is missing, unreadable or to come.
	 */
	private static LocalDate dayOr(String raw, LocalDate clientToday) {
		if (raw == null || raw.isBlank()) {
			return clientToday;
		}
		try {
			LocalDate day = LocalDate.parse(raw.trim());
			return day.isAfter(clientToday) ? clientToday : day;
		}
		catch (DateTimeParseException ex) {
			return clientToday;
		}
	}

	/**
	 * Both forms of the page with what was entered and their errors.
	 *
	 * @param sentBefore whether the form's key already saved something else
	 */
	record Forms(EntryForm entry, FormErrors entryErrors, SkipForm skip, FormErrors skipErrors, boolean sentBefore) {
	}

}
