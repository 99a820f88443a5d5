package org.bridgework.identity;

import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is chosen (first run, invitation, reset,
 * change): at least 12 characters, at most 200, and not one of the most common passwords.
 * No rules about digits or symbols: length is what makes a password hard to guess, and a
 * short sentence is easy to remember.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 200;

	private final CommonPasswords common;

	PasswordPolicy(CommonPasswords common) {
		this.common = common;
	}

	/**
	 * Adds what is wrong with the password, if anything, to the checks under
	 * {@code field}.
	 */
	FieldChecks check(FieldChecks checks, String field, String password) {
		int length = (password == null) ? 0 : password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return checks.add(field, "validation.password.short", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			return checks.add(field, "validation.tooLong", MAX_LENGTH);
		}
		if (this.common.contains(password)) {
			return checks.add(field, "validation.password.common");
		}
		return checks;
	}

}
