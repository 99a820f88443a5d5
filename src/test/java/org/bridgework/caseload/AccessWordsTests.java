package org.bridgework.caseload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client reads every action done with their record in plain words: each action code the
 * code gives CareTeam has words, either for what was looked at or for what was done. (The
 * access-rule tables check the codes actually recorded too, in case one is passed along
 * in a way this scan cannot see.)
 */
class AccessWordsTests {

	/** A call that hands CareTeam an action code, up to the end of its statement. */
	private static final Pattern CALL = Pattern.compile(
			"\\b(?:require|requireClinician|requireSelf|requireOwn|requireOwnClinician|careTeam\\.requireAdmin|requireClinicianOrAdmin|requireOwnClinicianOrAdmin|readable|clinicianAssignment)\\(([^;]*?)\\);|super\\(careTeam,([^;]*?)\\);",
			Pattern.DOTALL);

	private static final Pattern CODE = Pattern.compile("\"([a-z]+(?:-[a-z0-9]+)+)\"");

	@Test
	void everyActionCodeGivenToCareTeam_hasWordsForTheClient() {
		Properties words = words();
		Set<String> codes = codesInTheCode();

		assertThat(codes).as("action codes found in src/main/java").hasSizeGreaterThan(40);
		for (String code : codes) {
			boolean look = words.containsKey("access.look." + code);
			boolean change = words.containsKey("access.change." + code);
			assertThat(look ^ change)
				.as("%s needs words as access.look.%s (what was looked at) or access.change.%s (what was done), "
						+ "in i18n/access.properties, and only one of them", code, code, code)
				.isTrue();
		}
	}

	@Test
	void aVisit_isToldAsWhatWasLookedAtThenWhatWasDone() {
		AccessHistory history = new AccessHistory(null, null, null, messages(), null);

		assertThat(history.what(List.of("view-adherence", "view-measures", "list-entries", "assign-homework")))
			.isEqualTo("looked at your practice and your questionnaires, and gave you new homework");
		assertThat(history.what(List.of("view-profile", "list-assignments", "view-goal")))
			.isEqualTo("looked at your details, your homework and your goals");
		assertThat(history.what(List.of("add-session", "write-session-summary")))
			.isEqualTo("added a session date and wrote a session summary for you");
		assertThat(history.what(List.of("some-future-action"))).isEqualTo("looked at your record");
	}

	private static Set<String> codesInTheCode() {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher call = CALL.matcher(Files.readString(file));
				while (call.find()) {
					String arguments = (call.group(1) != null) ? call.group(1) : call.group(2);
					Matcher code = CODE.matcher(arguments);
					while (code.find()) {
						codes.add(code.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return codes;
	}

	private static Properties words() {
		Properties words = new Properties();
		try (InputStream in = AccessWordsTests.class.getResourceAsStream("/i18n/access.properties")) {
			words.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/access");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
