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

	/**
	 * The built-in templates, the clinic's and the clinician's own; archived ones left
	 * out.
	 */
	@GetMapping("/api/v1/templates")
	List<Template> all(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.library.all(clinician);
	}

	/**
	 * Open to any signed-in person for built-in templates: a client's app needs the
	 * fields to render a form. The clinic's are for clinicians; a clinician's own
	 * template is for that clinician only. A client reads the versions their homework
	 * uses through {@code /versions/{version}}.
	 */
	@GetMapping("/api/v1/templates/{key}")
	Template one(CurrentUser anyone, @PathVariable String key) {
		return this.library.latest(anyone, key);
	}

	/**
	 * A template built from scratch: the clinician's own, or with {@code clinic: true}
	 * (admins only) the clinic's.
	 */
	@PostMapping("/api/v1/templates")
	ResponseEntity<VersionRef> create(CurrentUser clinician, @RequestBody TemplateDraft draft) {
		Template created = this.library.create(clinician, draft);
		return ResponseEntity.created(URI.create("/api/v1/templates/" + created.key())).body(VersionRef.of(created));
	}

	@PostMapping("/api/v1/templates/{key}/copies")
	ResponseEntity<VersionRef> copy(CurrentUser clinician, @PathVariable String key,
			@RequestBody(required = false) CopyRequest request) {
		Template copy = this.library.copy(clinician, key, (request == null) ? null : request.name(),
				request != null && Boolean.TRUE.equals(request.clinic()));
		return ResponseEntity.created(URI.create("/api/v1/templates/" + copy.key())).body(VersionRef.of(copy));
	}

	@PutMapping("/api/v1/templates/{key}")
	VersionRef edit(CurrentUser clinician, @PathVariable String key, @RequestBody TemplateEdit edit) {
		return VersionRef.of(this.library.edit(clinician, key, edit));
	}

	record CopyRequest(String name, Boolean clinic) {
	}

	record VersionRef(String key, int version) {

		static VersionRef of(Template template) {
			return new VersionRef(template.key(), template.version());
		}

	}

}
