package org.bridgework.identity;

import java.util.UUID;

import org.bridgework.identity.AccountRepository.StoredAccount;
import org.bridgework.shared.FieldChecks;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person changing their own password. The current password is asked for (and
 * wrong guesses count, as at sign-in), the new one must meet the {@link PasswordPolicy},
 * and every other sign-in of the account ends: web sessions on other devices and API
 * tokens alike.
 */
@Service
class Passwords {

	static final String CURRENT = "currentPassword";

	static final String NEW = "newPassword";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final SignInThrottle throttle;

	private final SignInTokens tokens;

	Passwords(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, SignInThrottle throttle,
			SignInTokens tokens) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.throttle = throttle;
		this.tokens = tokens;
	}

	/**
	 * @param keep the sign-in the change was made from, which stays
	 * @param address the client's address, for throttling
	 * @throws TooManyAttemptsException after too many wrong current passwords
	 */
	@Transactional
	void change(CurrentUser user, UUID keep, String currentPassword, String newPassword, String address) {
		StoredAccount account = this.accounts.lockById(user.id()).orElseThrow();
		String key = SignInThrottle.emailKey(account.email());
		this.throttle.check(key, address);
		FieldChecks checks = new FieldChecks();
		boolean rightPassword = currentPassword != null && account.passwordHash() != null
				&& this.encoder.matches(currentPassword, account.passwordHash());
		if (!rightPassword) {
			this.throttle.recordFailure(key, address);
			checks.add(CURRENT, "validation.password.current");
		}
		this.policy.check(checks, NEW, newPassword).throwIfAny();
		this.accounts.setPassword(account.id(), this.encoder.encode(newPassword));
		this.tokens.revokeAllBut(account.id(), keep);
	}

}
