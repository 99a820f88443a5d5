package org.bridgework.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks email and password for both the sign-in page and the API, counting wrong guesses
 * and writing every attempt in the audit trail.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SignInJournal journal;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, SignInJournal journal) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.journal = journal;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String email = attempt.getName();
		if (this.throttle.isBlocked(email)) {
			this.journal.throttled(email);
			throw new TooManyAttemptsException();
		}
		try {
			Authentication result = this.passwords.authenticate(attempt);
			this.throttle.clear(email);
			if (result.getPrincipal() instanceof AccountPrincipal account) {
				this.journal.succeeded(account.user().id());
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(email);
			this.journal.failed(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	static class TooManyAttemptsException extends AuthenticationException {

		TooManyAttemptsException() {
			super("Too many sign-in attempts");
		}

	}

}
