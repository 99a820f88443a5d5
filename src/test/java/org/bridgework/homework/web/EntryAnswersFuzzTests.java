package org.bridgework.homework.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.HardPractice;
import org.bridgework.library.FieldType;
import org.bridgework.library.LibraryTemplates;
import org.bridgework.library.Template;
import org.bridgework.library.TemplateField;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes how a client's answers are read and checked against a template's questions: as
 * the JSON body of {@code POST /api/v1/assignments/{id}/entries}, and as the practice
 * page's form. In {@code ./mvnw verify} these replay the seeds in
 * {@code EntryAnswersFuzzTestsInputs}; with {@code -Pfuzz} and
 * {@code -Dfuzz.tests=EntryAnswersFuzzTests#}<i>method</i> one of them fuzzes
 * (docs/security.md).
 * <p>
 * An input is two parts split at the first line break: a built-in template's key, or a
 * one-line library file with the key {@value LibraryTemplates#FUZZED_KEY}; then the entry
 * as the client would send it.
 */
class EntryAnswersFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
	};

	private static final Properties MESSAGES = messages();

	/** Nesting of a stored answer: answers, rows, a row, a row's picks. */
	private static final int STORED_DEPTH = 4;

	/**
	 * Whatever JSON arrives, the answers are either refused with field problems a person
	 * can read, or accepted; what is accepted is stored and read back unchanged and is
	 * accepted again.
	 */
	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "\"answers\"", "\"occurredOn\"", "\"2026-03-14\"", "\"08:30\"", "\"situations\"",
			"\"situation\"", "\"automaticThought\"", "\"rows\"", "\"what\"", "\"mood\"", "\"pick\"", "\"picks\"",
			"\"ticks\"", "\"home\"", "\"calm\"", "true", "false", "null", "[]", "{}", "2147483648", "-1", "1.5",
			"\\u0000", "\\ud83d", "\\n", "\\\"" })
	void apiAnswersAreRefusedWithFieldProblemsOrStayAccepted(byte[] input) {
		Optional<Input> parsed = Input.of(input);
		if (parsed.isEmpty()) {
			return;
		}
		Template template = parsed.get().template();
		EntryRequest entry;
		try {
			HomeworkApiController.EntryBody body = JSON.readValue(parsed.get().entry(),
					HomeworkApiController.EntryBody.class);
			if (body == null) {
				// Spring MVC answers "required request body is missing" (400).
				return;
			}
			entry = body.toRequest();
		}
		catch (JacksonException unreadable) {
			// Spring MVC answers 400 problem.unreadable before any of our code runs.
			return;
		}
		checkLikeTheApp(template, entry);
	}

	/**
	 * Whatever the practice form posts, it is turned into typed answers or refused with
	 * {@link InvalidInputException} alone, never shows more rows than a question allows,
	 * and what it accepts the API's checks accept in the same way.
	 */
	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "answers.", "rowsShown.", "[0].", "[19].", "occurredOn=", "durationMinutes=",
			"durationSeconds=", "quality=", "moodBefore=", "moodAfter=", "note=", "keepPrivate=", "flagForSession=",
			"=yes", "=no", "=2026-03-14", "=8:30", "=08:30:15.5", "&", "%0A", "%00", "+" })
	void formAnswersAreTypedOrRefusedWithFieldProblems(byte[] input) {
		Optional<Input> parsed = Input.of(input);
		if (parsed.isEmpty()) {
			return;
		}
		Template template = parsed.get().template();
		EntryForm form = EntryForm.from(formParameters(parsed.get().entry()), template);
		for (TemplateField field : template.fields()) {
			if (field.type() == FieldType.REPEATING) {
				assertThat(form.rows(field.name())).hasSizeLessThanOrEqualTo(field.mostRows());
				assertThat(form.withAnotherRow(field.name(), template).rows(field.name()))
					.hasSizeLessThanOrEqualTo(field.mostRows());
				assertThat(form.withoutBlankRows().rows(field.name())).hasSizeLessThanOrEqualTo(field.mostRows());
			}
		}
		EntryRequest entry;
		try {
			entry = form.toRequest(template);
		}
		catch (InvalidInputException refused) {
			assertReadable(refused.problems());
			return;
		}
		checkLikeTheApp(template, entry);
	}

	/**
	 * What {@code Practice.record} checks of the answers without a database, then what it
	 * stores: the answers as JSON.
	 */
	private static void checkLikeTheApp(Template template, EntryRequest entry) {
		List<FieldProblem> problems = template.check(entry.answers());
		assertReadable(problems);
		assertThat(problems).allSatisfy((problem) -> assertThat(problem.field()).startsWith("answers."));
		if (!problems.isEmpty()) {
			return;
		}
		assertThat(depth(entry.answers())).isLessThanOrEqualTo(STORED_DEPTH);
		String stored = JSON.writeValueAsString(entry.answers());
		// EntryRepository encrypts this text as UTF-8, which cannot keep half of a
		// surrogate pair; PostgreSQL's text and jsonb refuse a NUL character elsewhere.
		assertThat(stored).doesNotContain("\\u0000");
		assertThat(new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(stored);
		Map<String, Object> readBack = JSON.readValue(stored, ANSWERS);
		assertThat(readBack).isEqualTo(entry.answers());
		assertThat(template.check(readBack)).isEmpty();
		HardPractice.of(template, entry);
	}

	/** Every problem names a message a person reads, with its blanks filled in. */
	private static void assertReadable(List<FieldProblem> problems) {
		for (FieldProblem problem : problems) {
			String pattern = MESSAGES.getProperty(problem.code());
			assertThat(pattern).as("message for %s", problem.code()).isNotNull();
			if (problem.args().length > 0) {
				assertThat(new MessageFormat(pattern, Locale.ENGLISH).format(problem.args())).doesNotContain("{0");
			}
		}
	}

	private static int depth(Object value) {
		if (value instanceof Map<?, ?> map) {
			return 1 + map.values().stream().mapToInt(EntryAnswersFuzzTests::depth).max().orElse(0);
		}
		if (value instanceof Collection<?> values) {
			return 1 + values.stream().mapToInt(EntryAnswersFuzzTests::depth).max().orElse(0);
		}
		return 0;
	}

	/**
	 * {@code a=1&b=2} as a servlet container reads a form post; a part that is not valid
	 * URL encoding is dropped, as Tomcat does.
	 */
	private static MultiValueMap<String, String> formParameters(String body) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			try {
				params.add(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException badEncoding) {
				// skipped, like Tomcat
			}
		}
		return params;
	}

	/** Every bundle the app reads words from (spring.messages.basename). */
	private static Properties messages() {
		Properties messages = new Properties();
		for (String bundle : load("/application.properties").getProperty("spring.messages.basename").split(",")) {
			messages.putAll(load("/" + bundle.strip() + ".properties"));
		}
		return messages;
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = EntryAnswersFuzzTests.class.getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/** A template and the entry sent for it. */
	private record Input(Template template, String entry) {

		static Optional<Input> of(byte[] input) {
			String text = new String(input, StandardCharsets.UTF_8);
			int newline = text.indexOf('\n');
			if (newline < 0) {
				return Optional.empty();
			}
			String head = text.substring(0, newline).strip();
			String entry = text.substring(newline + 1);
			Optional<Template> builtIn = LibraryTemplates.builtIn()
				.stream()
				.filter((template) -> template.key().equals(head))
				.findFirst();
			Optional<Template> template = builtIn.isPresent() ? builtIn
					: head.startsWith("{") ? LibraryTemplates.read(head) : Optional.empty();
			return template.map((found) -> new Input(found, entry));
		}

	}

}
