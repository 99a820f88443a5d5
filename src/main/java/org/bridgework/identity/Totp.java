package org.bridgework.identity;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time codes as RFC 6238 defines them and authenticator apps show them:
 * HMAC-SHA1 over the number of 30-second steps since 1970, six digits. A code is accepted
 * one step either side of now, so a phone's clock a little off still works, and never for
 * a step at or before the last one accepted, so a code seen over someone's shoulder
 * cannot be used again.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	static final int DIGITS = 6;

	/** Steps accepted either side of now. */
	static final int DRIFT = 1;

	private static final int[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
			100_000_000 };

	private Totp() {
	}

	static long stepAt(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The six-digit code for a step. */
	static String code(byte[] secret, long step) {
		return code(secret, step, DIGITS);
	}

	/** The code of {@code digits} digits (RFC 6238 shows eight in its test vectors). */
	static String code(byte[] secret, long step, int digits) {
		byte[] hash = hmacSha1(secret, ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String code = Integer.toString(binary % POWERS_OF_TEN[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	/**
	 * The step the code belongs to, if it is right for a step within {@link #DRIFT} of
	 * now and after {@code lastUsedStep}.
	 * @param lastUsedStep the last step accepted for this secret, or null for none
	 */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now, Long lastUsedStep) {
		long current = stepAt(now);
		for (long step = current - DRIFT; step <= current + DRIFT; step++) {
			boolean unused = lastUsedStep == null || step > lastUsedStep;
			if (unused && MessageDigest.isEqual(code(secret, step).getBytes(), code.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static byte[] hmacSha1(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			return mac.doFinal(message);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every Java runtime", ex);
		}
	}

}
