package org.bridgework.library;

import java.net.URI;
import java.util.List;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TemplateApiController {

	private final TemplateLibrary library;

	TemplateApiController(TemplateLibrary library) {
		this.library = library;
	}

	/** The built-in templates and the clinician's own. */
	@GetMapping("/api/v1/templates")
	List<Template> all(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.library.all(clinician);
	}

	/**
	 * Open to any signed-in person for built-in templates: a client's app needs the
	 * fields to render a form. A clinician's own template is for that clinician only.
	 */
	@GetMapping("/api/v1/templates/{key}")
	Template one(CurrentUser anyone, @PathVariable String key) {
		return this.library.latest(anyone, key);
	}

	@PostMapping("/api/v1/templates/{key}/copies")
	ResponseEntity<VersionRef> copy(CurrentUser clinician, @PathVariable String key,
			@RequestBody(required = false) CopyRequest request) {
		Template copy = this.library.copy(clinician, key, (request == null) ? null : request.name());
		return ResponseEntity.created(URI.create("/api/v1/templates/" + copy.key())).body(VersionRef.of(copy));
	}

	@PutMapping("/api/v1/templates/{key}")
	VersionRef edit(CurrentUser clinician, @PathVariable String key, @RequestBody TemplateEdit edit) {
		return VersionRef.of(this.library.edit(clinician, key, edit));
	}

	record CopyRequest(String name) {
	}

	record VersionRef(String key, int version) {

		static VersionRef of(Template template) {
			return new VersionRef(template.key(), template.version());
		}

	}

}
