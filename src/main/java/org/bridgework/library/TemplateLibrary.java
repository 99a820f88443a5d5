package org.bridgework.library;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds templates: the newest version of each for choosing, and exact versions for
 * assignments made earlier.
 */
@Service
public class TemplateLibrary {

	private final TemplateRepository templates;

	TemplateLibrary(TemplateRepository templates) {
		this.templates = templates;
	}

	@Transactional(readOnly = true)
	public List<Template> all() {
		return this.templates.latestOfEach().stream().sorted(Comparator.comparing(Template::name)).toList();
	}

	@Transactional(readOnly = true)
	public Template latest(String key) {
		return this.templates.latest(key).orElseThrow(() -> new NotFoundException("Template"));
	}

	@Transactional(readOnly = true)
	public Template version(UUID versionId) {
		return this.templates.version(versionId).orElseThrow(() -> new NotFoundException("Template version"));
	}

}
