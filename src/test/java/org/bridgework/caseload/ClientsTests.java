package org.bridgework.caseload;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a repeated add-client request (same one-time key) asks for the client the key
 * added before.
 */
class ClientsTests {

	private static final Instant ADDED = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void sameClient_shouldMatchTheSameDetailsAsTyped() {
		ClientProfile earlier = invited("Robin Ash", "robin@example.org", "Europe/Paris");

		assertThat(Clients.sameClient(earlier, " Robin Ash ", "Robin@Example.org ", "Europe/Paris")).isTrue();
	}

	@Test
	void sameClient_shouldTreatABlankEmailAsNone() {
		ClientProfile earlier = invited("Robin Ash", null, "Europe/Paris");

		assertThat(Clients.sameClient(earlier, "Robin Ash", "  ", "Europe/Paris")).isTrue();
		assertThat(Clients.sameClient(earlier, "Robin Ash", null, "Europe/Paris")).isTrue();
		assertThat(Clients.sameClient(earlier, "Robin Ash", "robin@example.org", "Europe/Paris")).isFalse();
	}

	@Test
	void sameClient_shouldRefuseAnotherNameOrTimeZone() {
		ClientProfile earlier = invited("Robin Ash", null, "Europe/Paris");

		assertThat(Clients.sameClient(earlier, "Robin Asher", null, "Europe/Paris")).isFalse();
		assertThat(Clients.sameClient(earlier, "Robin Ash", null, "Europe/London")).isFalse();
		assertThat(Clients.sameClient(earlier, null, null, null)).isFalse();
	}

	@Test
	void sameClient_shouldNotCompareTheEmailOnceTheClientChoseTheirOwn() {
		ClientProfile signedUp = new ClientProfile(UUID.randomUUID(), "Robin Ash", "Europe/Paris",
				"chosen-later@example.org", true, ADDED);

		assertThat(Clients.sameClient(signedUp, "Robin Ash", "", "Europe/Paris")).isTrue();
	}

	private static ClientProfile invited(String name, String email, String timezone) {
		return new ClientProfile(UUID.randomUUID(), name, timezone, email, false, ADDED);
	}

}
