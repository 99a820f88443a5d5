package org.bridgework.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Encrypts free text before it is stored and decrypts it when read: AES-256-GCM, a fresh
 * random 96-bit nonce for every value, stored as
 * {@code enc:v1:<key id>:<base64(nonce | ciphertext | tag)>}. The associated data binds a
 * value to its key id, table, column and row, so a value changed by one bit, moved to
 * another row or column, or named with another key id does not open
 * ({@link UnreadableFieldException}). Null stays null. See docs/security.md, "Encryption
 * at rest".
 */
@Component
public class FieldCipher {

	/** What every encrypted value starts with. */
	public static final String PREFIX = "enc:v1:";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final EncryptionKeys keys;

	private final SecureRandom random = new SecureRandom();

	public FieldCipher(EncryptionKeys keys) {
		this.keys = keys;
	}

	/** The value encrypted under the current key for this row of this column. */
	public String seal(EncryptedColumn column, UUID row, String plain) {
		if (plain == null) {
			return null;
		}
		Objects.requireNonNull(row, "row");
		String keyId = this.keys.currentId();
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.current(), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(keyId, column, row));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/**
	 * The text of a value {@link #seal sealed} for this row of this column.
	 * @throws UnreadableFieldException when it does not open
	 */
	public String open(EncryptedColumn column, UUID row, String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			throw new UnreadableFieldException(column, row, "it is not encrypted");
		}
		int colon = stored.indexOf(':', PREFIX.length());
		String keyId = (colon > 0) ? stored.substring(PREFIX.length(), colon) : "";
		if (!EncryptionKeys.ID.matcher(keyId).matches()) {
			throw new UnreadableFieldException(column, row, "it is not in the form enc:v1:<key id>:<data>");
		}
		SecretKey key = this.keys.key(keyId);
		if (key == null) {
			throw new UnreadableFieldException(column, row,
					"it is encrypted under key \"" + printable(keyId) + "\", which is not configured");
		}
		byte[] data = decode(stored.substring(colon + 1));
		if (data.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new UnreadableFieldException(column, row, "it is not in the form enc:v1:<key id>:<data>");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(keyId, column, row));
			return new String(cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableFieldException(column, row,
					"it does not authenticate: it was changed, or copied from another row or column");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every Java runtime", ex);
		}
	}

	/** What values under the current key start with. */
	public String currentPrefix() {
		return PREFIX + this.keys.currentId() + ":";
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	private static byte[] associatedData(String keyId, EncryptedColumn column, UUID row) {
		return (PREFIX + keyId + ":" + column.table() + "." + column.column() + ":" + row)
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A key id read from the database, fit for a log line even if someone changed it. */
	private static String printable(String keyId) {
		return keyId.matches("[A-Za-z0-9_.-]{1,64}") ? keyId : "(an id that is not a configured key's)";
	}

}
