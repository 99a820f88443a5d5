package org.bridgework.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks email and password for both the sign-in page and the API, counting wrong guesses
 * per account and per address. An unknown email is counted and answered like a wrong
 * password (and the password check behind takes as long for it). A right password does
 * not forget the failures: a code may still follow, and wrong codes count under the same
 * account. Whoever completes the sign-in clears them ({@link SignInThrottle#clear}) and
 * writes the success in the audit trail; every failure is written here.
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
		String account = SignInThrottle.emailKey(email);
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
		try {
			this.throttle.check(account, address);
		}
		catch (TooManyAttemptsException ex) {
			this.journal.throttled(email);
			throw ex;
		}
		try {
			return this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(account, address);
			this.journal.failed(email);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
