package org.bridgework.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Templates for tests outside this package, read by the same code the app starts with
 * ({@link BuiltInTemplates#read(JsonMapper, InputStream, String)}), without a database.
 */
public final class LibraryTemplates {

	/** The key a template passed to {@link #read(String)} must have. */
	public static final String FUZZED_KEY = "fuzzed-template";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<Template> BUILT_IN = loadBuiltIn();

	private LibraryTemplates() {
	}

	/** Every template in src/main/resources/library, each as its first version. */
	public static List<Template> builtIn() {
		return BUILT_IN;
	}

	/**
	 * A template from the text of a library file whose key is {@link #FUZZED_KEY}, or
	 * empty when the loader refuses it.
	 */
	public static Optional<Template> read(String json) {
		try {
			TemplateDefinition definition = BuiltInTemplates.read(JSON,
					new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FUZZED_KEY + ".json");
			return Optional.of(definition.asVersion(UUID.randomUUID(), 1));
		}
		catch (IllegalStateException refused) {
			return Optional.empty();
		}
	}

	private static List<Template> loadBuiltIn() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(BuiltInTemplates.LOCATION);
			List<Template> templates = new ArrayList<>();
			for (Resource file : Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).toList()) {
				try (InputStream in = file.getInputStream()) {
					templates.add(BuiltInTemplates.read(JSON, in, file.getFilename()).asVersion(UUID.randomUUID(), 1));
				}
			}
			return List.copyOf(templates);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
