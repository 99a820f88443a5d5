package org.bridgework.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(email)
			.filter((account) -> account.passwordHash() != null)
			.map((account) -> new AccountPrincipal(account.asCurrentUser(), account.email(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No account that can sign in"));
	}

}
