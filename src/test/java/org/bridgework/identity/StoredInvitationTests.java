package org.bridgework.identity;

import java.time.Instant;
import java.util.UUID;

import org.bridgework.identity.InvitationRepository.StoredInvitation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When an invitation link still lets its person in.
 */
class StoredInvitationTests {

	private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

	private static final Instant NEXT_WEEK = NOW.plusSeconds(7 * 24 * 60 * 60);

	@Test
	void usableAt_shouldBeTrueForAFreshLink() {
		assertThat(invitation(NEXT_WEEK, false, false).usableAt(NOW)).isTrue();
	}

	@Test
	void usableAt_shouldBeFalseOnceUsedReplacedOrExpired() {
		assertThat(invitation(NEXT_WEEK, true, false).usableAt(NOW)).as("used").isFalse();
		assertThat(invitation(NEXT_WEEK, false, true).usableAt(NOW)).as("replaced").isFalse();
		assertThat(invitation(NOW, false, false).usableAt(NOW)).as("expires now").isFalse();
		assertThat(invitation(NOW.minusSeconds(1), false, false).usableAt(NOW)).as("expired").isFalse();
	}

	private static StoredInvitation invitation(Instant expiresAt, boolean accepted, boolean replaced) {
		return new StoredInvitation(UUID.randomUUID(), expiresAt, accepted, replaced);
	}

}
