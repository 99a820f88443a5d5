package org.bridgework.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed attempts lately, for the account or from the address: the person is
 * asked to wait a few minutes. An {@link AuthenticationException}, so the sign-in form's
 * failure handler sees it too.
 */
class TooManyAttemptsException extends AuthenticationException {

	TooManyAttemptsException() {
		super("Too many attempts; wait a few minutes");
	}

}
