package org.bridgework.identity;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in person, as every service sees them. Controllers receive it as a method
 * argument.
 */
public record CurrentUser(UUID id, String displayName, Set<Role> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean is(Role role) {
		return this.roles.contains(role);
	}

	public void require(Role role) {
		if (!is(role)) {
			throw new AccessDeniedException("This needs the " + role + " role");
		}
	}

}
