package org.bridgework.shared;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys free text is encrypted under: from configuration, and for the embedded
 * database also from the key file in its data directory, which is generated on the first
 * start when no key is configured, so {@code ./mvnw spring-boot:run} works on a fresh
 * machine. With an external database and no key, Bridgework does not start.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EncryptionConfiguration.class);

	static final String NO_KEY = """
			Bridgework encrypts notes, answers and other free text before storing them, and no encryption key \
			is configured. Set BRIDGEWORK_ENCRYPTION_KEYS_<ID> (for example BRIDGEWORK_ENCRYPTION_KEYS_K1) to the \
			base64 of 32 random bytes, as `openssl rand -base64 32` prints, and BRIDGEWORK_ENCRYPTION_CURRENT_KEY \
			to that id (k1). Keep the key safe and apart from the database's backups: without it nothing \
			encrypted can be read. See docs/security.md, "Encryption at rest".""";

	@Bean
	EncryptionKeys encryptionKeys(EncryptionProperties properties, @Value("${spring.datasource.url:}") String url,
			@Value("${bridgework.data-dir:./data}") Path dataDir) throws IOException {
		Path keyFile = url.isBlank() ? dataDir.toAbsolutePath().resolve(EncryptionKeyFile.NAME) : null;
		EncryptionKeys keys = resolve(properties, keyFile);
		log.info("Encrypting free text under key \"{}\" (keys known: {})", keys.currentId(), keys.ids());
		return keys;
	}

	/**
	 * The configured keys, and those of the key file when there is one (only the embedded
	 * database has one); a key file is generated when there is no key at all.
	 * @param keyFile the embedded database's key file, or null for an external database
	 */
	static EncryptionKeys resolve(EncryptionProperties properties, Path keyFile) throws IOException {
		Map<String, String> keys = new TreeMap<>();
		String current = null;
		EncryptionKeyFile.Content file = (keyFile != null) ? EncryptionKeyFile.read(keyFile) : null;
		if (file != null) {
			keys.putAll(file.keys());
			current = file.currentKey();
		}
		properties.keys().forEach((id, key) -> {
			String other = keys.put(id, key);
			if (other != null && !other.trim().equals(key.trim())) {
				throw new IllegalStateException(
						"The encryption key \"" + id + "\" is configured with another value than " + "the one in "
								+ keyFile + ": give the new key a new id");
			}
		});
		if (properties.currentKey() != null) {
			current = properties.currentKey();
		}
		if (keys.isEmpty()) {
			if (keyFile == null) {
				throw new IllegalStateException(NO_KEY);
			}
			file = EncryptionKeyFile.generate(keyFile);
			log.warn("""
					No encryption key was configured, so one was generated for the embedded database in {} \
					(readable by this user only). Back this file up together with the data, but keep the copy apart \
					from copies of the database: without it nothing Bridgework encrypted can be read, and anyone \
					who has both can read everything.""", keyFile);
			keys.putAll(file.keys());
			current = file.currentKey();
		}
		if (current == null && keys.size() == 1) {
			current = keys.keySet().iterator().next();
		}
		if (current == null) {
			throw new IllegalStateException("Several encryption keys are configured " + keys.keySet()
					+ " and none is current: set BRIDGEWORK_ENCRYPTION_CURRENT_KEY to the one new values use");
		}
		return EncryptionKeys.of(keys, current);
	}

}
