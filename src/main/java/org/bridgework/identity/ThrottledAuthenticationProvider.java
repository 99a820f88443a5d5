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
 * account. Whoever completes the sign-in clears them ({@link SignInThrottle#clear}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String account = SignInThrottle.emailKey(attempt.getName());
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
		this.throttle.check(account, address);
		try {
			return this.passwords.authenticate(attempt);
		}
		catch (BadCredentialsException ex) {
			this.throttle.recordFailure(account, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
