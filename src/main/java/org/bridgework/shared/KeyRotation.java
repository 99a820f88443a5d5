package org.bridgework.shared;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Re-encrypts, under the current key, every value of every encrypted column that is under
 * an older key, when started with {@code BRIDGEWORK_ENCRYPTION_ROTATE=true}
 * ({@code --bridgework.encryption.rotate=true}). Bridgework serves requests meanwhile and
 * afterwards; several nodes may run it at once. When it reports nothing left under older
 * keys, those keys may leave the configuration (keep them with the backups they opened).
 */
@Component
public class KeyRotation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final List<EncryptedColumns> owners;

	private final EncryptionProperties properties;

	KeyRotation(JdbcClient jdbc, FieldCipher cipher, List<EncryptedColumns> owners, EncryptionProperties properties) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.owners = owners;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.rotate()) {
			return;
		}
		log.info("Key rotation: re-encrypting stored values under {}", this.cipher.currentPrefix());
		ReencryptionOutcome outcome = rotate(this.cipher);
		outcome.unreadable().forEach((where) -> log.error("Key rotation left a value as it was. {}", where));
		log.info(
				"Key rotation done: {} values re-encrypted; {} values are still under another key (those that did "
						+ "not open, and any that a node still on the old current key wrote meanwhile)",
				outcome.reencrypted(), Reencryption.notCurrent(this.jdbc, this.cipher, columns()));
	}

	/** Re-encrypts under {@code cipher}'s current key what is under another one. */
	public ReencryptionOutcome rotate(FieldCipher cipher) {
		return Reencryption.run(this.jdbc, cipher, columns(), false);
	}

	/** How many stored values are under another key than {@code cipher}'s current one. */
	public long notUnderCurrentKey(FieldCipher cipher) {
		return Reencryption.notCurrent(this.jdbc, cipher, columns());
	}

	/** Every column named by an {@link EncryptedColumns} bean. */
	public List<EncryptedColumn> columns() {
		return this.owners.stream().flatMap((owner) -> owner.encryptedColumns().stream()).toList();
	}

}
