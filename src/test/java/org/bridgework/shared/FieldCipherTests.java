package org.bridgework.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

	private static final String OLD_KEY = key(1);

	private static final String NEW_KEY = key(2);

	private static final EncryptedColumn NOTE = EncryptedColumn.of("entry", "note");

	private static final String SECRET = "I told nobody about the panic at the station, not even my sister. \u00e9\u4e2d\ud83d\ude42";

	private final FieldCipher cipher = cipher(Map.of("old", OLD_KEY), "old");

	private final UUID row = UUID.randomUUID();

	@Test
	void aValueOpensToWhatWasSealed_andNullStaysNull() {
		String sealed = this.cipher.seal(NOTE, this.row, SECRET);

		assertThat(sealed).startsWith("enc:v1:old:").doesNotContain("panic", "sister");
		assertThat(this.cipher.open(NOTE, this.row, sealed)).isEqualTo(SECRET);
		assertThat(this.cipher.open(NOTE, this.row, this.cipher.seal(NOTE, this.row, ""))).isEmpty();
		assertThat(this.cipher.seal(NOTE, this.row, null)).isNull();
		assertThat(this.cipher.open(NOTE, this.row, null)).isNull();
	}

	@Test
	void everyValueGetsAFreshNonce_soTheSameTextNeverLooksTheSame() {
		String first = this.cipher.seal(NOTE, this.row, SECRET);
		String second = this.cipher.seal(NOTE, this.row, SECRET);

		assertThat(first).isNotEqualTo(second);
		assertThat(bytes(first)).hasSize(12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16);
		assertThat(java.util.Arrays.copyOf(bytes(first), 12)).isNotEqualTo(java.util.Arrays.copyOf(bytes(second), 12));
	}

	@Test
	void aValueChangedByOneBitAnywhereIsRefused() {
		String sealed = this.cipher.seal(NOTE, this.row, SECRET);
		byte[] stored = bytes(sealed);

		for (int at : new int[] { 0, 11, 12, stored.length / 2, stored.length - 1 }) {
			byte[] tampered = stored.clone();
			tampered[at] ^= 0x01;
			String changed = "enc:v1:old:" + Base64.getEncoder().encodeToString(tampered);
			assertThatThrownBy(() -> this.cipher.open(NOTE, this.row, changed)).as("byte %d", at)
				.isInstanceOf(UnreadableFieldException.class)
				.hasMessageContaining("does not authenticate")
				.hasMessageContaining("entry.note")
				.hasMessageContaining(this.row.toString());
		}
		assertThatThrownBy(() -> this.cipher.open(NOTE, this.row, sealed.substring(0, sealed.length() - 4)))
			.isInstanceOf(UnreadableFieldException.class);
	}

	@Test
	void aValueCopiedToAnotherRowColumnOrTableIsRefused() {
		String sealed = this.cipher.seal(NOTE, this.row, SECRET);

		assertThatThrownBy(() -> this.cipher.open(NOTE, UUID.randomUUID(), sealed))
			.isInstanceOf(UnreadableFieldException.class)
			.hasMessageContaining("copied from another row or column");
		assertThatThrownBy(() -> this.cipher.open(EncryptedColumn.of("entry", "answers"), this.row, sealed))
			.isInstanceOf(UnreadableFieldException.class);
		assertThatThrownBy(() -> this.cipher.open(EncryptedColumn.of("skip", "note"), this.row, sealed))
			.isInstanceOf(UnreadableFieldException.class);
	}

	@Test
	void aValueUnderAnUnknownKeyOrAnotherKeyIdOrPlainTextIsRefused() {
		String sealed = this.cipher.seal(NOTE, this.row, SECRET);
		FieldCipher elsewhere = cipher(Map.of("other", NEW_KEY), "other");
		FieldCipher sameIdOtherKey = cipher(Map.of("old", NEW_KEY), "old");
		FieldCipher bothKeys = cipher(Map.of("old", OLD_KEY, "other", NEW_KEY), "other");

		assertThatThrownBy(() -> elsewhere.open(NOTE, this.row, sealed)).isInstanceOf(UnreadableFieldException.class)
			.hasMessageContaining("under key \"old\", which is not configured");
		assertThatThrownBy(() -> sameIdOtherKey.open(NOTE, this.row, sealed))
			.isInstanceOf(UnreadableFieldException.class)
			.hasMessageContaining("does not authenticate");
		assertThatThrownBy(() -> bothKeys.open(NOTE, this.row, sealed.replace("enc:v1:old:", "enc:v1:other:")))
			.as("the key id is bound in too")
			.isInstanceOf(UnreadableFieldException.class);
		assertThatThrownBy(() -> this.cipher.open(NOTE, this.row, SECRET)).isInstanceOf(UnreadableFieldException.class)
			.hasMessageContaining("not encrypted");
		assertThatThrownBy(() -> this.cipher.open(NOTE, this.row, "enc:v1:old\nforged:AAAA"))
			.isInstanceOf(UnreadableFieldException.class)
			.hasMessageNotContaining("forged");
	}

	@Test
	void theRefusalNamesWhereTheValueIs_neverWhatItHoldsOrAKey() {
		String sealed = this.cipher.seal(NOTE, this.row, SECRET);

		assertThatThrownBy(() -> this.cipher.open(NOTE, UUID.randomUUID(), sealed)).satisfies((ex) -> {
			assertThat(ex.getMessage()).doesNotContain("panic", sealed.substring(11), OLD_KEY);
			assertThat(ex.getCause()).isNull();
		});
		assertThat(cipher(Map.of("old", OLD_KEY), "old").toString()).doesNotContain(OLD_KEY);
		assertThat(EncryptionKeys.of(Map.of("old", OLD_KEY), "old").toString())
			.isEqualTo("EncryptionKeys[current=old, ids=[old]]");
	}

	@Test
	void afterRotation_newValuesUseTheNewKey_andOldValuesStillOpen() {
		String underOld = this.cipher.seal(NOTE, this.row, SECRET);
		FieldCipher rotated = cipher(Map.of("old", OLD_KEY, "new", NEW_KEY), "new");

		String underNew = rotated.seal(NOTE, this.row, SECRET);

		assertThat(underNew).startsWith("enc:v1:new:");
		assertThat(rotated.currentPrefix()).isEqualTo("enc:v1:new:");
		assertThat(rotated.open(NOTE, this.row, underOld)).isEqualTo(SECRET);
		assertThat(rotated.open(NOTE, this.row, underNew)).isEqualTo(SECRET);
		assertThatThrownBy(() -> this.cipher.open(NOTE, this.row, underNew))
			.isInstanceOf(UnreadableFieldException.class);
	}

	@Test
	void keysThatAreNotUsableStopTheStart_withoutShowingTheKey() {
		assertThatThrownBy(() -> EncryptionKeys.of(Map.of("short", "c2hvcnQ="), "short"))
			.hasMessageContaining("\"short\"")
			.hasMessageContaining("BRIDGEWORK_ENCRYPTION_KEYS_SHORT")
			.hasMessageContaining("32 random bytes")
			.hasMessageNotContaining("c2hvcnQ=");
		assertThatThrownBy(() -> EncryptionKeys.of(Map.of("k1", "not base64 at all!"), "k1"))
			.hasMessageContaining("32 random bytes");
		assertThatThrownBy(() -> EncryptionKeys.of(Map.of("Key_1", OLD_KEY), "Key_1"))
			.hasMessageContaining("lower-case letters and digits");
		assertThatThrownBy(() -> EncryptionKeys.of(Map.of("k1", OLD_KEY), "k2"))
			.hasMessageContaining("BRIDGEWORK_ENCRYPTION_CURRENT_KEY")
			.hasMessageNotContaining(OLD_KEY);
	}

	private static FieldCipher cipher(Map<String, String> keys, String current) {
		return new FieldCipher(EncryptionKeys.of(keys, current));
	}

	private static byte[] bytes(String sealed) {
		return Base64.getDecoder().decode(sealed.substring(sealed.lastIndexOf(':') + 1));
	}

	private static String key(int seed) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) seed);
		key[31] = (byte) (seed * 7);
		return Base64.getEncoder().encodeToString(key);
	}

}
