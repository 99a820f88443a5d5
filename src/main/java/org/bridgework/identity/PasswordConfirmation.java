package org.bridgework.identity;

import java.util.Objects;

import org.bridgework.shared.FieldChecks;

/**
 * The second password box on pages where a person chooses a password. Checked before the
 * account is touched, so a typo never becomes the password.
 */
final class PasswordConfirmation {

	static final String FIELD = "passwordConfirmation";

	private PasswordConfirmation() {
	}

	/**
	 * Refuses two different passwords, saying at the same time if the password is too
	 * short, so the person fixes both in one go.
	 */
	static void require(String password, String confirmation) {
		if (Objects.equals(password, confirmation)) {
			return;
		}
		new FieldChecks()
			.check(password != null && password.length() >= Accounts.MIN_PASSWORD_LENGTH, "password",
					"validation.password.short", Accounts.MIN_PASSWORD_LENGTH)
			.add(FIELD, "validation.password.mismatch")
			.throwIfAny();
	}

}
