package org.bridgework.identity;

import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a sign-in lasts, web session and API token alike
 * ({@code bridgework.sessions.*}). A person with several roles gets the shortest.
 *
 * @param idleTimeout how long a sign-in may go unused before it ends
 * @param absoluteLifetime how long a sign-in lasts at most, however busy
 */
@ConfigurationProperties("bridgework.sessions")
record SessionProperties(PerRole idleTimeout, PerRole absoluteLifetime) {

	SessionProperties {
		idleTimeout = PerRole.orDefaults(idleTimeout, Duration.ofMinutes(30), Duration.ofDays(7));
		absoluteLifetime = PerRole.orDefaults(absoluteLifetime, Duration.ofHours(12), Duration.ofDays(30));
	}

	Duration idleTimeoutFor(Set<Role> roles) {
		return this.idleTimeout.shortestOf(roles);
	}

	Duration absoluteLifetimeFor(Set<Role> roles) {
		return this.absoluteLifetime.shortestOf(roles);
	}

	/**
	 * One duration per role. Clinicians and admins sign in on shared or work computers;
	 * clients mostly on their own phone.
	 */
	record PerRole(Duration clinician, Duration admin, Duration client) {

		static PerRole orDefaults(PerRole given, Duration staff, Duration client) {
			PerRole set = (given != null) ? given : new PerRole(null, null, null);
			return new PerRole(orElse(set.clinician, staff), orElse(set.admin, staff), orElse(set.client, client));
		}

		Duration shortestOf(Set<Role> roles) {
			Function<Role, Duration> of = (role) -> switch (role) {
				case CLINICIAN -> this.clinician;
				case ADMIN -> this.admin;
				case CLIENT -> this.client;
			};
			return roles.stream().map(of).min(Duration::compareTo).orElse(this.clinician);
		}

		private static Duration orElse(Duration value, Duration fallback) {
			return (value != null && !value.isNegative() && !value.isZero()) ? value : fallback;
		}

	}

}
