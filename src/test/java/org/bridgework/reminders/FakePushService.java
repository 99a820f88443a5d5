package org.bridgework.reminders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser's push service in the test: an HTTP server on localhost that takes pushes for
 * one browser, whose key pair and auth secret it holds as the browser would. It checks
 * each push as a real push service and browser would, written here from RFC 8291 and RFC
 * 8292 on its own (not with the code under test): the VAPID token's ES256 signature with
 * the key in the header, then decrypts the aes128gcm body. It answers with the statuses
 * queued, else 201.
 */
final class FakePushService implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final KeyPair browser;

	private final byte[] auth = new byte[16];

	private final String path = "/push/" + UUID.randomUUID();

	private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();

	private final List<Received> received = new CopyOnWriteArrayList<>();

	FakePushService() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			this.browser = generator.generateKeyPair();
			new SecureRandom().nextBytes(this.auth);
			this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/push/", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Map<String, String> headers = new java.util.HashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			this.received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
			Integer answer = this.answers.poll();
			exchange.sendResponseHeaders((answer != null) ? answer : 201, -1);
			exchange.close();
		});
		this.server.start();
	}

	/** The browser's subscription: its push address, public key and auth secret. */
	String endpoint() {
		return "http://localhost:" + this.server.getAddress().getPort() + this.path;
	}

	String origin() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	String p256dh() {
		return base64Url(uncompressed((ECPublicKey) this.browser.getPublic()));
	}

	String auth() {
		return base64Url(this.auth);
	}

	/** The next pushes are answered with these statuses, in order. */
	void answerWith(Integer... statuses) {
		this.answers.addAll(List.of(statuses));
	}

	List<Received> received() {
		return new ArrayList<>(this.received);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * The VAPID token's claims, once its ES256 signature checks out against the public
	 * key the request names ({@code Authorization: vapid t=..., k=...}).
	 */
	static JsonNode verifiedVapidClaims(Received push, String expectedKey) throws GeneralSecurityException {
		String authorization = push.headers().get("authorization");
		if (authorization == null || !authorization.startsWith("vapid ")) {
			throw new AssertionError("No VAPID authorization: " + authorization);
		}
		String token = null;
		String key = null;
		for (String part : authorization.substring("vapid ".length()).split(",")) {
			String[] pair = part.trim().split("=", 2);
			if (pair[0].equals("t")) {
				token = pair[1];
			}
			else if (pair[0].equals("k")) {
				key = pair[1];
			}
		}
		if (!expectedKey.equals(key)) {
			throw new AssertionError("The k parameter is not the installation's key: " + key);
		}
		String[] jwt = token.split("\\.");
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
		if (!"ES256".equals(header.get("alg").stringValue())) {
			throw new AssertionError("Not ES256: " + header);
		}
		Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
		verifier.initVerify(publicKey(Base64.getUrlDecoder().decode(key)));
		verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
		if (!verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
			throw new AssertionError("The VAPID signature does not verify");
		}
		return JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
	}

	/** The message, decrypted as the browser would (RFC 8291 with RFC 8188). */
	byte[] decrypt(Received push) throws GeneralSecurityException {
		if (!"aes128gcm".equals(push.headers().get("content-encoding"))) {
			throw new AssertionError("Not aes128gcm: " + push.headers());
		}
		ByteBuffer body = ByteBuffer.wrap(push.body());
		byte[] salt = new byte[16];
		body.get(salt);
		int recordSize = body.getInt();
		byte[] senderKey = new byte[body.get() & 0xff];
		body.get(senderKey);
		byte[] record = new byte[body.remaining()];
		body.get(record);
		if (record.length > recordSize) {
			throw new AssertionError("A record longer than the record size");
		}
		KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
		agreement.init(this.browser.getPrivate());
		agreement.doPhase(publicKey(senderKey), true);
		byte[] shared = agreement.generateSecret();
		byte[] keyInfo = join("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
				uncompressed((ECPublicKey) this.browser.getPublic()), senderKey);
		byte[] ikm = hkdf(this.auth, shared, keyInfo, 32);
		byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
		byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
		byte[] padded = cipher.doFinal(record);
		int end = padded.length - 1;
		while (end >= 0 && padded[end] == 0) {
			end--;
		}
		if (end < 0 || padded[end] != 2) {
			throw new AssertionError("The last record's delimiter is not 0x02");
		}
		return Arrays.copyOf(padded, end);
	}

	private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
		Mac extract = Mac.getInstance("HmacSHA256");
		extract.init(new SecretKeySpec(salt, "HmacSHA256"));
		byte[] prk = extract.doFinal(ikm);
		Mac expand = Mac.getInstance("HmacSHA256");
		expand.init(new SecretKeySpec(prk, "HmacSHA256"));
		expand.update(info);
		expand.update((byte) 1);
		return Arrays.copyOf(expand.doFinal(), length);
	}

	private static PublicKey publicKey(byte[] point) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		ECPublicKey any = (ECPublicKey) generator.generateKeyPair().getPublic();
		ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
		return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, any.getParams()));
	}

	/** A P-256 key's X.509 form ends with its uncompressed point. */
	private static byte[] uncompressed(ECPublicKey key) {
		byte[] encoded = key.getEncoded();
		return Arrays.copyOfRange(encoded, encoded.length - 65, encoded.length);
	}

	private static byte[] join(byte[]... parts) {
		ByteBuffer buffer = ByteBuffer.allocate(Arrays.stream(parts).mapToInt((part) -> part.length).sum());
		Arrays.stream(parts).forEach(buffer::put);
		return buffer.array();
	}

	private static String base64Url(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Received(String path, Map<String, String> headers, byte[] body) {
	}

}
