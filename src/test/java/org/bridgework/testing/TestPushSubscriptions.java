package org.bridgework.testing;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A browser's push subscription as its script hands it over: an address at a known push
 * service and a fresh P-256 public key and auth secret (base64url). Nothing is ever sent
 * to it.
 */
public final class TestPushSubscriptions {

	private TestPushSubscriptions() {
	}

	public static Subscription fresh() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			byte[] encoded = generator.generateKeyPair().getPublic().getEncoded();
			// A P-256 key's X.509 form ends with its uncompressed point, as browsers give
			// it.
			byte[] point = Arrays.copyOfRange(encoded, encoded.length - 65, encoded.length);
			byte[] auth = new byte[16];
			new SecureRandom().nextBytes(auth);
			Base64.Encoder base64Url = Base64.getUrlEncoder().withoutPadding();
			return new Subscription("https://fcm.googleapis.com/fcm/send/" + UUID.randomUUID(),
					base64Url.encodeToString(point), base64Url.encodeToString(auth));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stores a device with notifications on for the client, named {@code device}, at a
	 * fresh push address that holds {@code marker}; returns the device's id and that
	 * address.
	 */
	public static StoredDevice storeFor(JdbcClient jdbc, UUID clientId, String marker, String device) {
		UUID id = UUID.randomUUID();
		Subscription browser = fresh();
		String endpoint = browser.endpoint() + "-" + marker;
		jdbc.sql("""
				insert into push_subscription (id, client_id, endpoint, p256dh, auth, device, created_at)
				values (:id, :client, :endpoint, :p256dh, :auth, :device, now())""")
			.param("id", id)
			.param("client", clientId)
			.param("endpoint", endpoint)
			.param("p256dh", browser.p256dh())
			.param("auth", browser.auth())
			.param("device", device)
			.update();
		return new StoredDevice(id, endpoint);
	}

	public record Subscription(String endpoint, String p256dh, String auth) {
	}

	public record StoredDevice(UUID id, String endpoint) {
	}

}
