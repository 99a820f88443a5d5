package org.bridgework.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 100,000 most common passwords from leaked password lists, shipped with the app
 * (src/main/resources/identity/common-passwords.README.md says where they come from).
 * Read once at start-up into a set; a look-up ignores case. No network is involved.
 */
@Component
class CommonPasswords {

	static final String RESOURCE = "identity/common-passwords.txt.gz";

	private final Set<String> passwords;

	CommonPasswords() {
		this(new ClassPathResource(RESOURCE));
	}

	CommonPasswords(ClassPathResource list) {
		try (InputStream in = new GZIPInputStream(list.getInputStream());
				BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			Set<String> read = new HashSet<>(200_000);
			lines.lines().filter((line) -> !line.isEmpty()).map(CommonPasswords::normal).forEach(read::add);
			this.passwords = Set.copyOf(read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The common password list " + RESOURCE + " cannot be read", ex);
		}
	}

	boolean contains(String password) {
		return password != null && this.passwords.contains(normal(password));
	}

	int size() {
		return this.passwords.size();
	}

	private static String normal(String password) {
		return password.toLowerCase(Locale.ROOT);
	}

}
