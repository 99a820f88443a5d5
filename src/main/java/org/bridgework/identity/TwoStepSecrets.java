package org.bridgework.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.bridgework.shared.Tokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes and protects two-step keys. A key is 160 random bits (RFC 4226's length); it is
 * stored AES-GCM encrypted, bound to its account (so a sealed key moved to another
 * account does not open), under a key from configuration
 * ({@code BRIDGEWORK_TWO_STEP_KEY}) or, without one, a key file made in the data
 * directory on first start. A copy of the database (a dump, a backup) therefore holds no
 * usable two-step key. Neither key is ever logged.
 */
@Component
class TwoStepSecrets {

	static final String KEY_FILE = "two-step.key";

	private static final Logger log = LoggerFactory.getLogger(TwoStepSecrets.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int SECRET_BYTES = 20;

	private static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final String keyId;

	TwoStepSecrets(TwoStepProperties properties, @Value("${bridgework.data-dir:./data}") Path dataDir) {
		byte[] key = (properties.key() != null) ? decodeKey(properties.key()) : keyFile(dataDir.resolve(KEY_FILE));
		this.key = new SecretKeySpec(key, "AES");
		// Names the key without revealing it, so a key id that does not match says which
		// key is missing rather than failing as tampering.
		this.keyId = Tokens.sha256(Base64.getEncoder().encodeToString(key)).substring(0, 8);
	}

	/** A new random two-step key. */
	static byte[] newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	/**
	 * The key encrypted for the account:
	 * {@code <key id>:<Base64 of nonce and ciphertext>}.
	 */
	String seal(UUID accountId, byte[] secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		byte[] sealed = crypt(Cipher.ENCRYPT_MODE, accountId, nonce, secret);
		byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		return this.keyId + ":" + Base64.getEncoder().encodeToString(stored);
	}

	/**
	 * @throws IllegalStateException when the value was sealed under another key, for
	 * another account, or changed since
	 */
	byte[] open(UUID accountId, String sealed) {
		int colon = sealed.indexOf(':');
		if (colon < 0 || !this.keyId.equals(sealed.substring(0, colon))) {
			throw new IllegalStateException("A two-step key was encrypted under another key (id "
					+ sealed.substring(0, Math.max(0, colon)) + "); set BRIDGEWORK_TWO_STEP_KEY to that key");
		}
		byte[] stored = Base64.getDecoder().decode(sealed.substring(colon + 1));
		if (stored.length <= NONCE_BYTES) {
			throw new IllegalStateException("A two-step key is damaged");
		}
		byte[] nonce = Arrays.copyOfRange(stored, 0, NONCE_BYTES);
		byte[] ciphertext = Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
		return crypt(Cipher.DECRYPT_MODE, accountId, nonce, ciphertext);
	}

	private byte[] crypt(int mode, UUID accountId, byte[] nonce, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A two-step key does not open: changed, or not this account's", ex);
		}
	}

	private static byte[] decodeKey(String base64) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("BRIDGEWORK_TWO_STEP_KEY must be 32 bytes in Base64", ex);
		}
		if (key.length != KEY_BYTES) {
			throw new IllegalStateException("BRIDGEWORK_TWO_STEP_KEY must be 32 bytes in Base64, not " + key.length);
		}
		return key;
	}

	/**
	 * The key kept in the data directory, made on first start; readable by its owner only
	 * where the file system allows.
	 */
	static byte[] keyFile(Path file) {
		try {
			if (Files.notExists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] key = new byte[KEY_BYTES];
				RANDOM.nextBytes(key);
				writeOwnerOnly(file, Base64.getEncoder().encode(key));
				log.info("Made the key two-step keys are encrypted under: {} (BRIDGEWORK_TWO_STEP_KEY replaces it)",
						file.toAbsolutePath());
				return key;
			}
			return decodeKey(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (FileAlreadyExistsException ex) {
			// Made by another start a moment ago.
			return keyFile(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make " + file.toAbsolutePath()
					+ "; set BRIDGEWORK_TWO_STEP_KEY to 32 bytes in Base64 instead", ex);
		}
	}

	private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
	}

}
