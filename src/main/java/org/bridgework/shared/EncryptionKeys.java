package org.bridgework.shared;

import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys stored values are encrypted under, by id, and the id new values are
 * encrypted under. Older keys stay here after a rotation so that what they encrypted
 * still opens until it is re-encrypted. Never logged: {@link #toString()} names the ids
 * only.
 */
public final class EncryptionKeys {

	/**
	 * Key ids: lower-case letters and digits, so an id reads the same as the end of an
	 * environment variable ({@code BRIDGEWORK_ENCRYPTION_KEYS_<ID>}) and needs no
	 * escaping anywhere.
	 */
	static final Pattern ID = Pattern.compile("[a-z0-9]{1,32}");

	private static final int KEY_BYTES = 32;

	private final Map<String, SecretKey> keys;

	private final String current;

	private EncryptionKeys(Map<String, SecretKey> keys, String current) {
		this.keys = keys;
		this.current = current;
	}

	/**
	 * Keys from their base64 text (32 random bytes each).
	 * @throws IllegalStateException naming the key (never its value) when an id or a key
	 * is not usable, or when {@code current} is not one of them
	 */
	public static EncryptionKeys of(Map<String, String> base64ById, String current) {
		Map<String, SecretKey> keys = new TreeMap<>();
		base64ById.forEach((id, base64) -> keys.put(requireId(id), decode(id, base64)));
		if (current == null || !keys.containsKey(current)) {
			throw new IllegalStateException("The current encryption key \"" + current
					+ "\" (BRIDGEWORK_ENCRYPTION_CURRENT_KEY) is not one of the configured keys " + keys.keySet());
		}
		return new EncryptionKeys(Collections.unmodifiableMap(keys), current);
	}

	String currentId() {
		return this.current;
	}

	SecretKey current() {
		return this.keys.get(this.current);
	}

	/** The key with this id, or null when this installation does not have it. */
	SecretKey key(String id) {
		return this.keys.get(id);
	}

	Set<String> ids() {
		return this.keys.keySet();
	}

	@Override
	public String toString() {
		return "EncryptionKeys[current=" + this.current + ", ids=" + this.keys.keySet() + "]";
	}

	private static String requireId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalStateException("An encryption key id must be 1 to 32 lower-case letters and digits, not \""
					+ id + "\" (BRIDGEWORK_ENCRYPTION_KEYS_<ID>)");
		}
		return id;
	}

	private static SecretKey decode(String id, String base64) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode((base64 != null) ? base64.trim() : "");
		}
		catch (IllegalArgumentException ex) {
			bytes = new byte[0];
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalStateException("The encryption key \"" + id + "\" (BRIDGEWORK_ENCRYPTION_KEYS_"
					+ id.toUpperCase(java.util.Locale.ROOT)
					+ ") must be the base64 of 32 random bytes, as `openssl rand -base64 32` prints");
		}
		return new SecretKeySpec(bytes, "AES");
	}

}
