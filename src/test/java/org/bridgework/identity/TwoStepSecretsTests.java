package org.bridgework.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Two-step keys at rest: encrypted, bound to their account, refused when changed or when
 * the key they were sealed under is not the one configured; the key file made once.
 */
class TwoStepSecretsTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path dataDir;

	@Test
	void aSealedKey_opensForItsAccount_andHoldsNothingReadable() {
		TwoStepSecrets secrets = secrets(KEY);
		UUID account = UUID.randomUUID();
		byte[] key = TwoStepSecrets.newSecret();

		String sealed = secrets.seal(account, key);

		assertThat(key).hasSize(20);
		assertThat(secrets.open(account, sealed)).isEqualTo(key);
		assertThat(sealed).doesNotContain(Base32.encode(key)).doesNotContain(Base64.getEncoder().encodeToString(key));
		assertThat(secrets.seal(account, key)).as("a new nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void aSealedKey_isRefused_forAnotherAccount_changed_orUnderAnotherKey() {
		TwoStepSecrets secrets = secrets(KEY);
		UUID account = UUID.randomUUID();
		String sealed = secrets.seal(account, TwoStepSecrets.newSecret());
		String[] parts = sealed.split(":");
		byte[] bytes = Base64.getDecoder().decode(parts[1]);
		bytes[bytes.length - 1] ^= 1;
		String changed = parts[0] + ":" + Base64.getEncoder().encodeToString(bytes);
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;

		assertThatIllegalStateException().isThrownBy(() -> secrets.open(UUID.randomUUID(), sealed));
		assertThatIllegalStateException().isThrownBy(() -> secrets.open(account, changed));
		assertThatIllegalStateException()
			.isThrownBy(() -> secrets(Base64.getEncoder().encodeToString(otherKey)).open(account, sealed))
			.withMessageContaining("BRIDGEWORK_TWO_STEP_KEY");
	}

	@Test
	void withoutAConfiguredKey_aKeyFileIsMadeOnce_inTheDataDirectory() throws Exception {
		UUID account = UUID.randomUUID();
		String sealed = secrets(null).seal(account, TwoStepSecrets.newSecret());

		Path file = this.dataDir.resolve(TwoStepSecrets.KEY_FILE);
		assertThat(file).exists();
		assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
		assertThat(secrets(null).open(account, sealed)).as("the next start reads the same key").hasSize(20);
	}

	@Test
	void aConfiguredKey_mustBe32BytesOfBase64() {
		assertThatIllegalStateException().isThrownBy(() -> secrets("not base64!"));
		assertThatIllegalStateException().isThrownBy(() -> secrets(Base64.getEncoder().encodeToString(new byte[16])));
	}

	private TwoStepSecrets secrets(String key) {
		return new TwoStepSecrets(new TwoStepProperties(key, null, null), this.dataDir);
	}

}
