package org.bridgework.reminders;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.DeviceNames;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The devices a client gets their reminders on as notifications: each browser they turned
 * them on in gave a push subscription (its push service's address and the keys to encrypt
 * to), kept here until they turn it off or its push service says it is gone. Turning one
 * on or off is planned at once: push reminders are planned only for clients with a
 * device.
 */
@Service
class PushSubscriptions {

	/** A client's devices at most; turning on one more lets the oldest go. */
	static final int MAX_DEVICES = 10;

	private final CareTeam careTeam;

	private final JdbcClient jdbc;

	private final PushProperties properties;

	private final ReminderPlanner planner;

	private final java.time.Clock clock;

	PushSubscriptions(CareTeam careTeam, JdbcClient jdbc, PushProperties properties, ReminderPlanner planner,
			java.time.Clock clock) {
		this.careTeam = careTeam;
		this.jdbc = jdbc;
		this.properties = properties;
		this.planner = planner;
		this.clock = clock;
	}

	/**
	 * Turns notifications on for the signed-in client's browser: the same browser again
	 * keeps one row (with its new keys), and a browser another client had turned on
	 * becomes this client's.
	 */
	@Transactional
	Device turnOn(CurrentUser client, String endpoint, String p256dh, String auth, String userAgent) {
		ClientAccess access = this.careTeam.requireSelf(client, "turn-on-push");
		String address = checked(endpoint, p256dh, auth);
		Instant now = this.clock.instant();
		Device device = this.jdbc.sql("""
				insert into push_subscription (id, client_id, endpoint, p256dh, auth, device, created_at)
				values (:id, :client, :endpoint, :p256dh, :auth, :device, :now)
				on conflict (endpoint) do update set client_id = excluded.client_id, p256dh = excluded.p256dh,
				    auth = excluded.auth, device = excluded.device, created_at = excluded.created_at
				returning id, device, created_at""")
			.param("id", UUID.randomUUID())
			.param("client", access.clientId())
			.param("endpoint", address)
			.param("p256dh", p256dh.trim())
			.param("auth", auth.trim())
			.param("device", DeviceNames.describe(userAgent))
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Device(rs.getObject("id", UUID.class), rs.getString("device"),
					rs.getTimestamp("created_at").toInstant()))
			.single();
		this.jdbc.sql("""
				delete from push_subscription where client_id = :client and id not in
				    (select id from push_subscription where client_id = :client order by created_at desc limit :max)""")
			.param("client", access.clientId())
			.param("max", MAX_DEVICES)
			.update();
		this.planner.planClient(access.clientId());
		return device;
	}

	/** Turns one of the client's devices off; anyone else's is said not to exist. */
	@Transactional
	void turnOff(CurrentUser client, UUID deviceId) {
		ClientAccess access = this.careTeam.requireSelf(client, "turn-off-push");
		int removed = this.jdbc.sql("delete from push_subscription where id = :id and client_id = :client")
			.param("id", deviceId)
			.param("client", access.clientId())
			.update();
		if (removed == 0) {
			throw new NotFoundException("Device");
		}
		this.planner.planClient(access.clientId());
	}

	/**
	 * Turns off the browser the client is using, named by its push address (the browser
	 * knows it; the page does not show it). Nothing to turn off is fine.
	 */
	@Transactional
	void turnOff(CurrentUser client, String endpoint) {
		ClientAccess access = this.careTeam.requireSelf(client, "turn-off-push");
		this.jdbc.sql("delete from push_subscription where endpoint = :endpoint and client_id = :client")
			.param("endpoint", (endpoint != null) ? endpoint.trim() : "")
			.param("client", access.clientId())
			.update();
		this.planner.planClient(access.clientId());
	}

	/** The client's devices, newest first, for a caller who has checked access. */
	List<Device> devices(UUID clientId) {
		return this.jdbc.sql(
				"select id, device, created_at from push_subscription where client_id = :client order by created_at desc")
			.param("client", clientId)
			.query((rs, row) -> new Device(rs.getObject("id", UUID.class), rs.getString("device"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/**
	 * The address, when it is a push service's and the keys are a P-256 public key and a
	 * 16-byte secret; else each bad field is named.
	 */
	private String checked(String endpoint, String p256dh, String auth) {
		FieldChecks checks = new FieldChecks();
		String address = FieldChecks.trimToNull(endpoint);
		checks.check(address != null && address.length() <= 2000 && isPushService(address), "endpoint",
				"reminders.push.invalid");
		checks.check(isPublicKey(p256dh), "p256dh", "reminders.push.invalid");
		byte[] secret = WebPushCrypto.fromBase64Url(auth);
		checks.check(secret != null && secret.length == 16, "auth", "reminders.push.invalid");
		checks.throwIfAny();
		return address;
	}

	private boolean isPushService(String address) {
		try {
			URI uri = new URI(address);
			boolean secure = "https".equals(uri.getScheme())
					|| (!this.properties.requireHttps() && "http".equals(uri.getScheme()));
			return secure && uri.getHost() != null && uri.getUserInfo() == null
					&& this.properties.isServiceHost(uri.getHost());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean isPublicKey(String p256dh) {
		try {
			WebPushCrypto.publicKey(WebPushCrypto.fromBase64Url(p256dh));
			return p256dh.length() <= 200;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** A device the client turned notifications on for, named in a few words. */
	record Device(UUID id, String device, Instant createdAt) {
	}

}
