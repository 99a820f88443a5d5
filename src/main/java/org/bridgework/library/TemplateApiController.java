package org.bridgework.library;

import java.util.List;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TemplateApiController {

	private final TemplateLibrary library;

	TemplateApiController(TemplateLibrary library) {
		this.library = library;
	}

	@GetMapping("/api/v1/templates")
	List<Template> all(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.library.all();
	}

	/**
	 * Open to any signed-in person: a client's app needs the fields to render a form.
	 */
	@GetMapping("/api/v1/templates/{key}")
	Template one(CurrentUser anyone, @PathVariable String key) {
		return this.library.latest(key);
	}

}
