package org.bridgework.reminders;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Web push message encryption (RFC 8291, the {@code aes128gcm} content coding of RFC
 * 8188) and the P-256 keys it and VAPID use, with the JDK alone: ECDH on P-256, HKDF with
 * SHA-256 (written out from HMAC), AES-128-GCM. Keys travel as base64url, as browsers
 * give them: a public key as its uncompressed point (65 bytes), a private key as its
 * scalar (32).
 */
final class WebPushCrypto {

	/** One record holds the whole message: a reminder's few words are far below it. */
	static final int RECORD_SIZE = 4096;

	private static final int KEY_BYTES = 65;

	private static final int SALT_BYTES = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ECParameterSpec P256 = p256();

	private WebPushCrypto() {
	}

	/**
	 * Encrypts {@code plaintext} for the browser with public key {@code uaPublic} and
	 * auth secret {@code authSecret}: a fresh key pair and salt each time.
	 */
	static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return encrypt(plaintext, uaPublic, authSecret, newKeyPair(), salt);
	}

	/**
	 * RFC 8291 section 3 with the sender's key pair and salt given (the RFC's own example
	 * fixes both): the body is the RFC 8188 header (salt, record size, the sender's
	 * public key) and one record.
	 */
	static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair sender, byte[] salt) {
		try {
			byte[] asPublic = raw((ECPublicKey) sender.getPublic());
			KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
			agreement.init(sender.getPrivate());
			agreement.doPhase(publicKey(uaPublic), true);
			byte[] ecdhSecret = agreement.generateSecret();
			byte[] keyInfo = concat(ascii("WebPush: info\0"), uaPublic, asPublic);
			byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
			byte[] cek = hkdf(salt, ikm, ascii("Content-Encoding: aes128gcm\0"), 16);
			byte[] nonce = hkdf(salt, ikm, ascii("Content-Encoding: nonce\0"), 12);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
			// 0x02: the last (and only) record, no padding after it.
			byte[] record = cipher.doFinal(concat(plaintext, new byte[] { 2 }));
			if (record.length > RECORD_SIZE) {
				throw new IllegalArgumentException("A push message must fit one record");
			}
			return ByteBuffer.allocate(SALT_BYTES + 4 + 1 + asPublic.length + record.length)
				.put(salt)
				.putInt(RECORD_SIZE)
				.put((byte) asPublic.length)
				.put(asPublic)
				.put(record)
				.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a push message", ex);
		}
	}

	/** HKDF-SHA-256 (RFC 5869): extract with {@code salt}, then expand to one block. */
	static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
		byte[] prk = hmac(salt, ikm);
		return Arrays.copyOf(hmac(prk, concat(info, new byte[] { 1 })), length);
	}

	private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(data);
	}

	static KeyPair newKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK cannot make P-256 keys", ex);
		}
	}

	/** A public key from its uncompressed point; anything else is refused. */
	static ECPublicKey publicKey(byte[] raw) {
		if (raw == null || raw.length != KEY_BYTES || raw[0] != 4) {
			throw new IllegalArgumentException("Not an uncompressed P-256 public key");
		}
		BigInteger x = new BigInteger(1, Arrays.copyOfRange(raw, 1, 33));
		BigInteger y = new BigInteger(1, Arrays.copyOfRange(raw, 33, 65));
		// The JDK takes any point; one off the curve could leak the key it is used with.
		if (!onCurve(x, y)) {
			throw new IllegalArgumentException("Not a point on P-256");
		}
		try {
			return (ECPublicKey) KeyFactory.getInstance("EC")
				.generatePublic(new ECPublicKeySpec(new ECPoint(x, y), P256));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Not a P-256 public key", ex);
		}
	}

	/** Whether (x, y) is on P-256: both below p, and y^2 = x^3 + ax + b (mod p). */
	private static boolean onCurve(BigInteger x, BigInteger y) {
		EllipticCurve curve = P256.getCurve();
		BigInteger p = ((ECFieldFp) curve.getField()).getP();
		if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
			return false;
		}
		BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
		return y.modPow(BigInteger.TWO, p).equals(right);
	}

	static ECPrivateKey privateKey(byte[] scalar) {
		if (scalar == null || scalar.length != 32) {
			throw new IllegalArgumentException("Not a P-256 private key");
		}
		try {
			return (ECPrivateKey) KeyFactory.getInstance("EC")
				.generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), P256));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Not a P-256 private key", ex);
		}
	}

	/** The uncompressed point: 0x04, then x and y, 32 bytes each. */
	static byte[] raw(ECPublicKey key) {
		return concat(new byte[] { 4 }, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
	}

	/** The 32-byte scalar. */
	static byte[] raw(ECPrivateKey key) {
		return fixed(key.getS());
	}

	private static byte[] fixed(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] out = new byte[32];
		int length = Math.min(bytes.length, 32);
		System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
		return out;
	}

	static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** base64url, with or without padding; null for anything that is not. */
	static byte[] fromBase64Url(String text) {
		if (text == null) {
			return null;
		}
		try {
			return Base64.getUrlDecoder().decode(text.trim().replace("=", ""));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		ByteBuffer buffer = ByteBuffer.allocate(length);
		for (byte[] part : parts) {
			buffer.put(part);
		}
		return buffer.array();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static ECParameterSpec p256() {
		try {
			AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
			parameters.init(new ECGenParameterSpec("secp256r1"));
			return parameters.getParameterSpec(ECParameterSpec.class);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK has no P-256", ex);
		}
	}

}
