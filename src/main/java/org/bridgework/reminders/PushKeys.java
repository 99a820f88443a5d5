package org.bridgework.reminders;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's VAPID key pair (RFC 8292) and the signed token each push request
 * carries. The pair comes from {@code BRIDGEWORK_PUSH_PUBLIC_KEY} and
 * {@code _PRIVATE_KEY}, else from PostgreSQL, where the first node to need it stores one
 * ({@code on conflict do
 * nothing}, then read back): every node signs with the same key, which browsers'
 * subscriptions are tied to. A key only in one JVM's memory would break every other
 * node's pushes.
 */
@Component
class PushKeys {

	/** How long a signed token is good for; RFC 8292 allows at most 24 hours. */
	static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

	private final PushProperties push;

	private final RemindersProperties reminders;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	/**
	 * Its own transaction, committed at once: the key may first be needed inside a page's
	 * read-only one, and every node must see it straight away.
	 */
	private final TransactionTemplate ownTransaction;

	private volatile Pair pair;

	PushKeys(PushProperties push, RemindersProperties reminders, JdbcClient jdbc, JsonMapper json, Clock clock,
			PlatformTransactionManager transactions) {
		this.push = push;
		this.reminders = reminders;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The public key as browsers take it ({@code applicationServerKey}): base64url. */
	String publicKey() {
		return pair().publicKey();
	}

	/**
	 * The {@code Authorization} header for a push to {@code endpoint}: {@code vapid t=<an
	 * ES256 JWT for the endpoint's origin>, k=<the public key>}.
	 */
	String authorization(URI endpoint) {
		Pair keys = pair();
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("aud", origin(endpoint));
		claims.put("exp", this.clock.instant().plus(TOKEN_LIFETIME).getEpochSecond());
		claims.put("sub", subject());
		String signed = part(Map.of("typ", "JWT", "alg", "ES256")) + "." + part(claims);
		try {
			// JWS wants the signature as r and s side by side, not DER.
			Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
			signer.initSign(keys.privateKey());
			signer.update(signed.getBytes(StandardCharsets.US_ASCII));
			return "vapid t=" + signed + "." + WebPushCrypto.base64Url(signer.sign()) + ", k=" + keys.publicKey();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign a VAPID token", ex);
		}
	}

	static String origin(URI endpoint) {
		String origin = endpoint.getScheme().toLowerCase(Locale.ROOT) + "://"
				+ endpoint.getHost().toLowerCase(Locale.ROOT);
		return (endpoint.getPort() != -1) ? origin + ":" + endpoint.getPort() : origin;
	}

	private String subject() {
		if (this.push.subject() != null) {
			return this.push.subject();
		}
		String base = this.reminders.baseUrl();
		return (base != null && base.startsWith("https://")) ? base : "mailto:" + this.reminders.emailFrom();
	}

	private String part(Map<String, Object> content) {
		return WebPushCrypto.base64Url(this.json.writeValueAsBytes(content));
	}

	private Pair pair() {
		Pair keys = this.pair;
		if (keys == null) {
			keys = (this.push.publicKey() != null) ? Pair.of(this.push.publicKey(), this.push.privateKey())
					: this.ownTransaction.execute((status) -> stored());
			this.pair = keys;
		}
		return keys;
	}

	/** The pair in PostgreSQL, made now by this node if no node made one yet. */
	private Pair stored() {
		KeyPair fresh = WebPushCrypto.newKeyPair();
		this.jdbc
			.sql("""
					insert into push_server_key (id, public_key, private_key, created_at) values (1, :public, :private, :now)
					on conflict (id) do nothing""")
			.param("public", WebPushCrypto.base64Url(WebPushCrypto.raw((ECPublicKey) fresh.getPublic())))
			.param("private", WebPushCrypto.base64Url(WebPushCrypto.raw((ECPrivateKey) fresh.getPrivate())))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return this.jdbc.sql("select public_key, private_key from push_server_key where id = 1")
			.query((rs, row) -> Pair.of(rs.getString("public_key"), rs.getString("private_key")))
			.single();
	}

	/** A key pair, checked to belong together when it is read. */
	record Pair(String publicKey, ECPublicKey key, ECPrivateKey privateKey) {

		static Pair of(String publicKey, String privateKey) {
			ECPublicKey key;
			ECPrivateKey secret;
			try {
				key = WebPushCrypto.publicKey(WebPushCrypto.fromBase64Url(publicKey));
				secret = WebPushCrypto.privateKey(WebPushCrypto.fromBase64Url(privateKey));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("The web push key pair (BRIDGEWORK_PUSH_PUBLIC_KEY and "
						+ "BRIDGEWORK_PUSH_PRIVATE_KEY) cannot be read: give both as base64url, as "
						+ "web-push generate-vapid-keys prints them", ex);
			}
			if (!belongTogether(key, secret)) {
				throw new IllegalStateException("BRIDGEWORK_PUSH_PUBLIC_KEY is not the public key of "
						+ "BRIDGEWORK_PUSH_PRIVATE_KEY: give the two of one pair");
			}
			return new Pair(WebPushCrypto.base64Url(WebPushCrypto.raw(key)), key, secret);
		}

		private static boolean belongTogether(ECPublicKey key, ECPrivateKey secret) {
			try {
				byte[] probe = "bridgework".getBytes(StandardCharsets.US_ASCII);
				Signature signer = Signature.getInstance("SHA256withECDSA");
				signer.initSign(secret);
				signer.update(probe);
				Signature verifier = Signature.getInstance("SHA256withECDSA");
				verifier.initVerify(key);
				verifier.update(probe);
				return verifier.verify(signer.sign());
			}
			catch (GeneralSecurityException ex) {
				return false;
			}
		}

	}

}
