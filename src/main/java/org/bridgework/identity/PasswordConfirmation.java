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
	 * Refuses two different passwords, saying at the same time what else is wrong with
	 * the password, so the person fixes both in one go.
	 */
	static void require(PasswordPolicy policy, String field, String password, String confirmation) {
		if (Objects.equals(password, confirmation)) {
			return;
		}
		policy.check(new FieldChecks(), field, password).add(FIELD, "validation.password.mismatch").throwIfAny();
	}

}
