package org.bridgework.library;

import jakarta.servlet.http.HttpServletResponse;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.FormErrors;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * The clinician's library: every template they may use, copies of their own, and the form
 * to reword a copy.
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
			@RequestParam(required = false) String name, Model model, HttpServletResponse response) {
		clinician.require(Role.CLINICIAN);
		try {
			Template copy = this.library.copy(clinician, key, name);
			return "redirect:/library/" + path(copy.key()) + "/edit?copied";
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return libraryPage(clinician, model, key, name, FormErrors.of(ex, this.messages));
		}
	}

	@GetMapping("/library/{templateKey}/edit")
	String edit(CurrentUser clinician, @PathVariable("templateKey") String key, Model model) {
		Template template = this.library.editable(clinician, key);
		return editPage(model, template, TemplateEditForm.of(template), FormErrors.none());
	}

	@PostMapping("/library/{templateKey}/edit")
	String save(CurrentUser clinician, @PathVariable("templateKey") String key,
			@ModelAttribute("form") TemplateEditForm form, Model model, HttpServletResponse response) {
		Template current = this.library.editable(clinician, key);
		try {
			Template saved = this.library.edit(clinician, key, form.toEdit());
			return "redirect:/library/" + path(saved.key()) + "/edit?saved=" + saved.version();
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			form.alignWith(current);
			return editPage(model, current, form, FormErrors.of(ex, this.messages));
		}
	}

	private String libraryPage(CurrentUser clinician, Model model, String copyKey, String copyName, FormErrors errors) {
		model.addAttribute("builtIns", this.library.all());
		model.addAttribute("own", this.library.own(clinician));
		model.addAttribute("copyKey", copyKey);
		model.addAttribute("copyName", copyName);
		model.addAttribute("errors", errors);
		return "library/library";
	}

	private String editPage(Model model, Template template, TemplateEditForm form, FormErrors errors) {
		form.alignWith(template);
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "library/edit";
	}

	private static String path(String key) {
		return UriUtils.encodePathSegment(key, "UTF-8");
	}

}
