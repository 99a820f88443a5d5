package org.bridgework.library;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The clinician's library: every template they may use, their own and the clinic's, the
 * builder for new templates and new versions, archiving, and each template's history.
 */
@Controller
class LibraryPageController {

	private final TemplateLibrary library;

	private final Messages messages;

	LibraryPageController(TemplateLibrary library, Messages messages) {
		this.library = library;
		this.messages = messages;
	}

	@GetMapping("/library")
	String library(CurrentUser clinician, Model model) {
		clinician.require(Role.CLINICIAN);
		return libraryPage(clinician, model, null, null, FormErrors.none());
	}

	@PostMapping("/library/{templateKey}/copy")
	String copy(CurrentUser clinician, @PathVariable("templateKey") String key,
			@RequestParam(required = false) String name, @RequestParam(required = false) boolean clinic, Model model,
			HttpServletResponse response) {
		clinician.require(Role.CLINICIAN);
		try {
			Template copy = this.library.copy(clinician, key, name, clinic);
			return "redirect:/library/" + path(copy.key()) + "/edit?copied";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return libraryPage(clinician, model, key, name, FormErrors.of(ex, this.messages));
		}
	}

	@GetMapping("/library/new")
	String start(CurrentUser clinician, Model model) {
		clinician.require(Role.CLINICIAN);
		return builderPage(clinician, model, null, TemplateForm.blank(), FormErrors.none());
	}

	@PostMapping("/library/new")
	String create(CurrentUser clinician, @ModelAttribute("form") TemplateForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, HttpServletResponse response) {
		clinician.require(Role.CLINICIAN);
		if (form.apply(action)) {
			return builderPage(clinician, model, null, form, FormErrors.none());
		}
		try {
			Template created = this.library.create(clinician, form.toDraft());
			return "redirect:/library/" + path(created.key()) + "/edit?created";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return builderPage(clinician, model, null, form, FormErrors.of(ex, this.messages));
		}
	}

	@GetMapping("/library/{templateKey}/edit")
	String edit(CurrentUser clinician, @PathVariable("templateKey") String key, Model model) {
		Template template = this.library.editable(clinician, key);
		return builderPage(clinician, model, template, TemplateForm.of(template), FormErrors.none());
	}

	@PostMapping("/library/{templateKey}/edit")
	String save(CurrentUser clinician, @PathVariable("templateKey") String key,
			@ModelAttribute("form") TemplateForm form, BindingResult binding,
			@RequestParam(required = false) String action, Model model, HttpServletResponse response) {
		Template current = this.library.editable(clinician, key);
		if (form.apply(action)) {
			return builderPage(clinician, model, current, form, FormErrors.none());
		}
		try {
			Template saved = this.library.revise(clinician, key, form.toDraft());
			return "redirect:/library/" + path(saved.key()) + "/edit?saved=" + saved.version();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return builderPage(clinician, model, current, form, FormErrors.of(ex, this.messages));
		}
	}

	@GetMapping("/library/{templateKey}/versions")
	String versions(CurrentUser clinician, @PathVariable("templateKey") String key, Model model) {
		clinician.require(Role.CLINICIAN);
		Template template = this.library.latest(clinician, key);
		List<VersionRow> versions = this.library.history(clinician, key)
			.stream()
			.map((version) -> new VersionRow(version, version.createdAt().atZone(ZoneId.systemDefault()),
					version.changes()
						.stream()
						.map((change) -> this.messages.get(change.code(), change.args()))
						.toList()))
			.toList();
		model.addAttribute("template", template);
		model.addAttribute("versions", versions);
		return "library/versions";
	}

	@GetMapping("/library/{templateKey}/archive")
	String confirmArchive(CurrentUser clinician, @PathVariable("templateKey") String key, Model model) {
		model.addAttribute("template", this.library.editable(clinician, key));
		return "library/archive";
	}

	@PostMapping("/library/{templateKey}/archive")
	String archive(CurrentUser clinician, @PathVariable("templateKey") String key) {
		this.library.archive(clinician, key);
		return "redirect:/library?archived";
	}

	@PostMapping("/library/{templateKey}/restore")
	String restore(CurrentUser clinician, @PathVariable("templateKey") String key) {
		this.library.restore(clinician, key);
		return "redirect:/library?restored";
	}

	private String libraryPage(CurrentUser clinician, Model model, String copyKey, String copyName, FormErrors errors) {
		model.addAttribute("builtIns", this.library.all());
		model.addAttribute("clinicTemplates", this.library.clinic(clinician));
		model.addAttribute("own", this.library.own(clinician));
		model.addAttribute("archived", this.library.archived(clinician));
		model.addAttribute("isAdmin", clinician.is(Role.ADMIN));
		model.addAttribute("copyKey", copyKey);
		model.addAttribute("copyName", copyName);
		model.addAttribute("errors", errors);
		return "library/library";
	}

	private String builderPage(CurrentUser clinician, Model model, Template template, TemplateForm form,
			FormErrors errors) {
		form.tidy();
		if (template != null) {
			form.typesFrom(template);
		}
		model.addAttribute("template", template);
		model.addAttribute("clinicTemplate", template != null && this.library.isClinic(template.key()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("isAdmin", clinician.is(Role.ADMIN));
		model.addAttribute("kinds", TemplateDefinition.KINDS.stream().sorted().toList());
		model.addAttribute("questionTypes", TemplateBuilder.questionTypes());
		model.addAttribute("subQuestionTypes", TemplateBuilder.subQuestionTypes());
		return "library/edit";
	}

	private static String path(String key) {
		return UriUtils.encodePathSegment(key, "UTF-8");
	}

	/**
	 * @param changes what changed from the version before, in words
	 */
	record VersionRow(VersionHistory version, ZonedDateTime savedAt, List<String> changes) {
	}

}
