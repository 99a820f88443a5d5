package org.bridgework.shared;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the encryption keys come from ({@code bridgework.encryption.*}; docs/security.md,
 * "Encryption at rest"). Never logged: {@link #toString()} names the key ids only.
 *
 * @param keys base64 of 32 random bytes by key id
 * ({@code BRIDGEWORK_ENCRYPTION_KEYS_<ID>})
 * @param currentKey the id new values are encrypted under
 * ({@code BRIDGEWORK_ENCRYPTION_CURRENT_KEY}); may be left out when there is one key
 * @param rotate re-encrypt, at start, every stored value that is under another key than
 * the current one ({@code BRIDGEWORK_ENCRYPTION_ROTATE=true})
 */
@ConfigurationProperties("bridgework.encryption")
record EncryptionProperties(Map<String, String> keys, String currentKey, boolean rotate) {

	EncryptionProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		currentKey = (currentKey == null || currentKey.isBlank()) ? null : currentKey.trim();
	}

	@Override
	public String toString() {
		return "EncryptionProperties[keys=" + this.keys.keySet() + ", currentKey=" + this.currentKey + ", rotate="
				+ this.rotate + "]";
	}

}
