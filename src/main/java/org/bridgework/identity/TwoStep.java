package org.bridgework.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bridgework.identity.AccountRepository.StoredAccount;
import org.bridgework.identity.TwoStepRepository.StoredTwoStep;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.Tokens;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in of one account: setting it up (a key for an authenticator app, turned
 * on once a code from it is typed back, then ten recovery codes), checking the code that
 * follows the password, new recovery codes, turning it off. Admins and clinicians must
 * have it ({@link #requiredFor}); clients choose.
 */
@Service
public class TwoStep {

	static final int RECOVERY_CODES = 10;

	/** Lower-case letters and digits that cannot be taken for one another. */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int RECOVERY_LENGTH = 12;

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{" + Totp.DIGITS + "}");

	private static final int LONGEST_CODE = 64;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TwoStepRepository store;

	private final TwoStepSecrets secrets;

	private final AccountRepository accounts;

	private final TwoStepProperties properties;

	private final Clock clock;

	TwoStep(TwoStepRepository store, TwoStepSecrets secrets, AccountRepository accounts, TwoStepProperties properties,
			Clock clock) {
		this.store = store;
		this.secrets = secrets;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether people with these roles must sign in with a code after their password. */
	static boolean requiredFor(Set<Role> roles) {
		return roles.contains(Role.ADMIN) || roles.contains(Role.CLINICIAN);
	}

	@Transactional(readOnly = true)
	boolean isOn(UUID accountId) {
		return this.store.find(accountId).filter(StoredTwoStep::on).isPresent();
	}

	/**
	 * The key to put in an authenticator app: the one already waiting to be confirmed, or
	 * a new one. Callers check first that two-step sign-in is not on.
	 */
	@Transactional
	SetUp setUp(UUID accountId) {
		StoredAccount account = this.accounts.findById(accountId).orElseThrow();
		Optional<StoredTwoStep> stored = this.store.find(accountId);
		if (stored.filter(StoredTwoStep::on).isPresent()) {
			// Its key is never shown again.
			throw new IllegalStateException("Two-step sign-in is on already");
		}
		byte[] secret = stored.map((waiting) -> this.secrets.open(accountId, waiting.sealedSecret())).orElseGet(() -> {
			byte[] fresh = TwoStepSecrets.newSecret();
			this.store.startSetUp(accountId, this.secrets.seal(accountId, fresh), this.clock.instant());
			return fresh;
		});
		String label = (account.email() != null) ? account.email() : account.displayName();
		return SetUp.of(this.properties.issuer(), label, secret);
	}

	/**
	 * Turns two-step sign-in on once a code from the key being set up is typed back.
	 * Returns the new recovery codes, shown once.
	 * @throws InvalidInputException naming {@code code} when it is not right now
	 */
	@Transactional
	List<String> confirmSetUp(UUID accountId, String code) {
		StoredTwoStep waiting = this.store.lock(accountId)
			.filter((stored) -> !stored.on())
			.orElseThrow(() -> new InvalidInputException("code", "twoStep.code.wrong"));
		Instant now = this.clock.instant();
		OptionalLong step = Totp.matchingStep(this.secrets.open(accountId, waiting.sealedSecret()), normalise(code),
				now, null);
		if (step.isEmpty()) {
			throw new InvalidInputException("code", "twoStep.code.wrong");
		}
		this.store.confirm(accountId, step.getAsLong(), now);
		this.store.record(accountId, TwoStepEvent.Kind.TURNED_ON, accountId, now);
		return newRecoveryCodes(accountId, now);
	}

	/**
	 * Checks a code from the authenticator app, or a recovery code (then used up). A code
	 * works once: again, or one from an earlier step, is wrong.
	 */
	@Transactional
	Check check(UUID accountId, String code) {
		StoredTwoStep stored = this.store.find(accountId).filter(StoredTwoStep::on).orElse(null);
		String typed = normalise(code);
		if (stored == null || typed.isEmpty() || typed.length() > LONGEST_CODE) {
			return Check.WRONG;
		}
		Instant now = this.clock.instant();
		if (SIX_DIGITS.matcher(typed).matches()) {
			OptionalLong step = Totp.matchingStep(this.secrets.open(accountId, stored.sealedSecret()), typed, now,
					stored.lastUsedStep());
			return (step.isPresent() && this.store.useStep(accountId, step.getAsLong())) ? Check.CODE : Check.WRONG;
		}
		if (this.store.useRecoveryCode(accountId, recoveryHash(accountId, typed), now)) {
			this.store.record(accountId, TwoStepEvent.Kind.RECOVERY_CODE_USED, accountId, now);
			return Check.RECOVERY_CODE;
		}
		return Check.WRONG;
	}

	/**
	 * Ten new recovery codes; the earlier ones stop working. Callers check a code first.
	 */
	@Transactional
	List<String> renewRecoveryCodes(UUID accountId) {
		Instant now = this.clock.instant();
		this.store.record(accountId, TwoStepEvent.Kind.RECOVERY_CODES_RENEWED, accountId, now);
		return newRecoveryCodes(accountId, now);
	}

	/**
	 * Turns two-step sign-in off: the key and the recovery codes go.
	 * @param by who did it: the person, or an admin resetting it
	 */
	@Transactional
	void turnOff(UUID accountId, UUID by, TwoStepEvent.Kind kind) {
		this.store.delete(accountId);
		this.store.record(accountId, kind, by, this.clock.instant());
	}

	@Transactional(readOnly = true)
	Status status(UUID accountId) {
		boolean on = isOn(accountId);
		return new Status(on, on ? this.store.recoveryCodesLeft(accountId) : 0, this.store.events(accountId, 5));
	}

	/**
	 * Turns two-step sign-in on with a key everyone knows. For the demo clinician only,
	 * whose key the README prints: it protects nothing.
	 */
	@Transactional
	public void turnOnWithPublishedKey(UUID accountId, String base32Key) {
		Instant now = this.clock.instant();
		this.store.startSetUp(accountId, this.secrets.seal(accountId, Base32.decode(base32Key)), now);
		this.store.confirm(accountId, Totp.stepAt(now) - Totp.DRIFT - 1, now);
		this.store.record(accountId, TwoStepEvent.Kind.TURNED_ON, accountId, now);
	}

	private List<String> newRecoveryCodes(UUID accountId, Instant now) {
		Set<String> codes = new LinkedHashSet<>();
		while (codes.size() < RECOVERY_CODES) {
			codes.add(randomRecoveryCode());
		}
		this.store.replaceRecoveryCodes(accountId,
				codes.stream().map((code) -> recoveryHash(accountId, normalise(code))).toList(), now);
		return List.copyOf(codes);
	}

	/**
	 * Twelve characters, about 59 bits, shown in groups of four: {@code k7m2-p9xq-4hwa}.
	 */
	private static String randomRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < RECOVERY_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	/** Salted with the account, so one table of guesses cannot serve every account. */
	private static String recoveryHash(UUID accountId, String normalisedCode) {
		return Tokens.sha256(accountId + ":" + normalisedCode);
	}

	/** As typed on a phone: spaces and dashes left out, any letter case. */
	static String normalise(String code) {
		return (code == null) ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	enum Check {

		/** A right code from the authenticator app. */
		CODE,
		/** One of the recovery codes, now used up. */
		RECOVERY_CODE, WRONG

	}

	/**
	 * @param on whether two-step sign-in is on
	 * @param recoveryCodesLeft unused recovery codes
	 * @param events what happened lately, newest first
	 */
	record Status(boolean on, int recoveryCodesLeft, List<TwoStepEvent> events) {
	}

	/**
	 * A key to put in an authenticator app, three ways.
	 *
	 * @param key the key typed by hand: Base32 in groups of four
	 * @param link an {@code otpauth://} link that opens the app on the same phone
	 * @param qrCode the link as a QR code image ({@code data:} URL) to scan from a screen
	 */
	record SetUp(String key, String link, String qrCode) {

		static SetUp of(String issuer, String label, byte[] secret) {
			String base32 = Base32.encode(secret);
			String link = "otpauth://totp/" + encode(issuer + ":" + label) + "?secret=" + base32 + "&issuer="
					+ encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
			return new SetUp(base32.replaceAll("(.{4})(?!$)", "$1 "), link, TwoStepQrCode.dataUrl(link));
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
		}

	}

}
