package org.bridgework.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.shared.Tokens;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the templates shipped in {@code src/main/resources/library/} at start-up, before
 * the app takes requests. A changed file becomes a new version; an unchanged one is left
 * alone, so restarts and several nodes starting at once add nothing.
 */
@Component
class BuiltInTemplates implements SmartInitializingSingleton {

	static final String LOCATION = "classpath*:library/*.json";

	private static final Logger log = LoggerFactory.getLogger(BuiltInTemplates.class);

	private final TemplateRepository templates;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	BuiltInTemplates(TemplateRepository templates, JsonMapper json, TransactionTemplate transaction) {
		this.templates = templates;
		this.json = json;
		this.transaction = transaction;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Resource[] files = libraryFiles();
		this.transaction.executeWithoutResult((status) -> {
			this.templates.lockForLoading();
			Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).forEach(this::load);
		});
	}

	private void load(Resource file) {
		TemplateDefinition definition = read(file);
		String checksum = Tokens.sha256(this.json.writeValueAsString(definition));
		var latest = this.templates.latestChecksum(definition.key());
		if (latest.isPresent() && latest.get().checksum().equals(checksum)) {
			return;
		}
		int version = latest.map((stored) -> stored.version() + 1).orElse(1);
		this.templates.insert(definition, version, checksum, true);
		log.info("Library: stored {} version {}", definition.key(), version);
	}

	private TemplateDefinition read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return read(this.json, in, file.getFilename());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read template file " + file.getFilename(), ex);
		}
	}

	/**
	 * Reads one library file and holds it to the rules a client can fill in. A file that
	 * is not a template, breaks a rule, or is not named after its key stops the start
	 * with an {@link IllegalStateException} naming the file; nothing else is thrown.
	 */
	static TemplateDefinition read(JsonMapper json, InputStream in, String fileName) {
		TemplateDefinition definition;
		try {
			definition = json.readValue(in, TemplateDefinition.class);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Cannot read template file " + fileName + ": " + ex.getOriginalMessage(),
					ex);
		}
		if (definition == null) {
			throw new IllegalStateException("Template file " + fileName + " holds no template");
		}
		definition.requireWellFormed(fileName);
		if (!fileName.equals(definition.key() + ".json")) {
			throw new IllegalStateException("Template file " + fileName + " must be named after its key");
		}
		return definition;
	}

	private static Resource[] libraryFiles() {
		try {
			return new PathMatchingResourcePatternResolver().getResources(LOCATION);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list the template library", ex);
		}
	}

}
