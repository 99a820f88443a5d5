package org.bridgework.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the keys come from: configuration, and for the embedded database a key file that
 * is generated on the first start when nothing is configured.
 */
class EncryptionConfigurationTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OTHER_KEY = Base64.getEncoder()
		.encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private static final EncryptedColumn NOTE = EncryptedColumn.of("skip", "note");

	@TempDir
	Path dataDir;

	@Test
	void embeddedDatabaseWithoutKey_generatesAKeyFileOnlyItsOwnerReads_andUsesItAgainNextTime() throws Exception {
		Path file = this.dataDir.resolve("nested").resolve(EncryptionKeyFile.NAME);
		EncryptionKeys first = EncryptionConfiguration.resolve(properties(Map.of(), null), file);
		String sealed = new FieldCipher(first).seal(NOTE, new UUID(1, 1), "kept across restarts");

		EncryptionKeys second = EncryptionConfiguration.resolve(properties(Map.of(), null), file);

		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).contains("current-key=" + first.currentId(), "Back this file up");
		assertThat(first.currentId()).matches("local[0-9]{8}");
		assertThat(second.currentId()).isEqualTo(first.currentId());
		assertThat(new FieldCipher(second).open(NOTE, new UUID(1, 1), sealed)).isEqualTo("kept across restarts");
	}

	@Test
	void externalDatabaseWithoutKey_refusesToStart_sayingWhatToSet() {
		assertThatThrownBy(() -> EncryptionConfiguration.resolve(properties(Map.of(), null), null))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("BRIDGEWORK_ENCRYPTION_KEYS_<ID>")
			.hasMessageContaining("BRIDGEWORK_ENCRYPTION_CURRENT_KEY")
			.hasMessageContaining("openssl rand -base64 32");
	}

	@Test
	void configuredKeys_needNoFile_andOneKeyIsCurrentWithoutSayingSo() throws Exception {
		Path file = this.dataDir.resolve(EncryptionKeyFile.NAME);

		EncryptionKeys keys = EncryptionConfiguration.resolve(properties(Map.of("k1", KEY), null), file);

		assertThat(keys.currentId()).isEqualTo("k1");
		assertThat(file).doesNotExist();
		assertThatThrownBy(
				() -> EncryptionConfiguration.resolve(properties(Map.of("k1", KEY, "k2", OTHER_KEY), null), null))
			.hasMessageContaining("none is current")
			.hasMessageContaining("BRIDGEWORK_ENCRYPTION_CURRENT_KEY");
	}

	@Test
	void aKeyConfiguredLater_joinsTheGeneratedOne_soWhatItEncryptedStillOpens() throws Exception {
		Path file = this.dataDir.resolve(EncryptionKeyFile.NAME);
		EncryptionKeys generated = EncryptionConfiguration.resolve(properties(Map.of(), null), file);
		String sealed = new FieldCipher(generated).seal(NOTE, new UUID(2, 2),
				"written before the operator chose a key");

		EncryptionKeys rotated = EncryptionConfiguration.resolve(properties(Map.of("k2", OTHER_KEY), "k2"), file);

		assertThat(rotated.currentId()).isEqualTo("k2");
		assertThat(rotated.ids()).containsExactlyInAnyOrder("k2", generated.currentId());
		assertThat(new FieldCipher(rotated).open(NOTE, new UUID(2, 2), sealed))
			.isEqualTo("written before the operator chose a key");
		assertThatThrownBy(
				() -> EncryptionConfiguration.resolve(properties(Map.of(generated.currentId(), OTHER_KEY), null), file))
			.hasMessageContaining("another value")
			.hasMessageNotContaining(OTHER_KEY);
	}

	@Test
	void environmentVariablesNameTheKeysAsTheReadmeSays() throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new ResourcePropertySource("classpath:application.properties"));
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("BRIDGEWORK_ENCRYPTION_KEYS_K2027", KEY, "BRIDGEWORK_ENCRYPTION_KEYS_K2026",
									OTHER_KEY, "BRIDGEWORK_ENCRYPTION_CURRENT_KEY", "k2027")));

		EncryptionProperties bound = Binder.get(environment)
			.bind("bridgework.encryption", EncryptionProperties.class)
			.get();

		assertThat(bound.keys()).containsOnlyKeys("k2027", "k2026");
		assertThat(bound.currentKey()).isEqualTo("k2027");
		assertThat(bound.rotate()).isFalse();
		assertThat(bound.toString()).doesNotContain(KEY, OTHER_KEY);
	}

	private static EncryptionProperties properties(Map<String, String> keys, String current) {
		return new EncryptionProperties(keys, current, false);
	}

}
