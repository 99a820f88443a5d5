package org.bridgework.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * How Spring Security holds a signed-in person; the rest of the app sees
 * {@link CurrentUser}.
 */
record AccountPrincipal(CurrentUser user, String email, String passwordHash) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authoritiesOf(this.user);
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	static List<SimpleGrantedAuthority> authoritiesOf(CurrentUser user) {
		return user.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

}
