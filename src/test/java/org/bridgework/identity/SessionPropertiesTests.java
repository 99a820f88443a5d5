package org.bridgework.identity;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionPropertiesTests {

	private final SessionProperties defaults = new SessionProperties(null, null);

	@Test
	void defaults_thirtyMinutesIdleAndTwelveHoursForStaff_aWeekAndThirtyDaysForClients() {
		assertThat(this.defaults.idleTimeoutFor(EnumSet.of(Role.CLINICIAN))).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.defaults.idleTimeoutFor(EnumSet.of(Role.ADMIN))).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.defaults.idleTimeoutFor(EnumSet.of(Role.CLIENT))).isEqualTo(Duration.ofDays(7));
		assertThat(this.defaults.absoluteLifetimeFor(EnumSet.of(Role.CLINICIAN))).isEqualTo(Duration.ofHours(12));
		assertThat(this.defaults.absoluteLifetimeFor(EnumSet.of(Role.CLIENT))).isEqualTo(Duration.ofDays(30));
	}

	@Test
	void severalRoles_getTheShortest() {
		SessionProperties set = new SessionProperties(
				new SessionProperties.PerRole(Duration.ofMinutes(45), Duration.ofMinutes(10), null), null);

		assertThat(set.idleTimeoutFor(EnumSet.of(Role.ADMIN, Role.CLINICIAN))).isEqualTo(Duration.ofMinutes(10));
		assertThat(set.idleTimeoutFor(EnumSet.of(Role.CLINICIAN))).isEqualTo(Duration.ofMinutes(45));
		assertThat(set.idleTimeoutFor(EnumSet.of(Role.CLIENT))).as("unset: the default").isEqualTo(Duration.ofDays(7));
	}

}
