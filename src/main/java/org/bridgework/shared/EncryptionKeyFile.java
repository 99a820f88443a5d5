package org.bridgework.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's key file, {@code encryption-keys.properties} in the data
 * directory: {@code current-key=<id>} and {@code keys.<id>=<base64>}, readable by its
 * owner only.
 */
final class EncryptionKeyFile {

	static final String NAME = "encryption-keys.properties";

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeyFile.class);

	private static final String KEYS = "keys.";

	private EncryptionKeyFile() {
	}

	/** What the file holds, or null when there is no file. */
	static Content read(Path file) throws IOException {
		if (!Files.exists(file)) {
			return null;
		}
		if (isPosix() && !Files.getPosixFilePermissions(file).stream().allMatch((p) -> p.name().startsWith("OWNER"))) {
			log.warn("The encryption key file {} can be read by other users of this machine: `chmod 600` it", file);
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		Map<String, String> keys = new TreeMap<>();
		properties.stringPropertyNames()
			.stream()
			.filter((name) -> name.startsWith(KEYS))
			.forEach((name) -> keys.put(name.substring(KEYS.length()), properties.getProperty(name)));
		return new Content(keys, properties.getProperty("current-key"));
	}

	/** Writes a new file with one random key, readable and writable by its owner only. */
	static Content generate(Path file) throws IOException {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		String id = "local" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
		String base64 = Base64.getEncoder().encodeToString(key);
		Files.createDirectories(file.toAbsolutePath().getParent());
		if (isPosix()) {
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
			Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		else {
			Files.createFile(file);
			java.io.File plain = file.toFile();
			boolean ownerOnly = plain.setReadable(false, false) && plain.setReadable(true, true)
					&& plain.setWritable(false, false) && plain.setWritable(true, true);
			if (!ownerOnly) {
				log.warn("Could not make {} readable by its owner only: restrict it by hand", file);
			}
		}
		Files.writeString(file, """
				# Bridgework's encryption keys for the embedded database in this directory, generated because
				# none was configured (docs/security.md, "Encryption at rest"). Back this file up with the data,
				# kept apart from copies of the database: without it the notes, answers and other free text
				# stored there cannot be read.
				current-key=%s
				keys.%s=%s
				""".formatted(id, id, base64), StandardCharsets.UTF_8);
		return new Content(Map.of(id, base64), id);
	}

	private static boolean isPosix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/** Keys by id (base64) and the current key's id, or null when the file names none. */
	record Content(Map<String, String> keys, String currentKey) {

		@Override
		public String toString() {
			return "Content[keys=" + this.keys.keySet() + ", currentKey=" + this.currentKey + "]";
		}

	}

}
