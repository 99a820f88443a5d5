package org.bridgework.reminders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.reminders.Outcome.Refusal;
import org.bridgework.reminders.Recipients.Recipient;
import org.bridgework.shared.Messages;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminders as notifications of the installed web app: one push message to each device
 * the client turned them on for, encrypted to that browser (RFC 8291) and signed with the
 * installation's VAPID key (RFC 8292), through the browser's push service. The message
 * holds the same generic words as the email and a tag made from the reminder and its
 * round: the service worker shows it under that tag, so a resend after a crash replaces
 * the first on the phone instead of showing twice, and the {@code Topic} header lets the
 * push service replace one it still holds. A reminder counts as sent once one device's
 * push service took it; a push service that answers 404 or 410 no longer knows that
 * browser, so its subscription is removed.
 */
@Component
class PushChannel implements ReminderChannel {

	private final JdbcClient jdbc;

	private final PushKeys keys;

	private final PushProperties properties;

	private final Messages messages;

	private final JsonMapper json;

	private final HttpClient http;

	PushChannel(JdbcClient jdbc, PushKeys keys, PushProperties properties, Messages messages, JsonMapper json) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.properties = properties;
		this.messages = messages;
		this.json = json;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Channel channel() {
		return Channel.PUSH;
	}

	/** Push needs nothing from the installation: its key pair is made when needed. */
	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public Map<Claimed, Refusal> send(List<Claimed> reminders, Map<UUID, Recipient> recipients) {
		Map<UUID, List<Subscription>> devices = subscriptions(reminders);
		Map<Claimed, List<CompletableFuture<Integer>>> sending = new LinkedHashMap<>();
		for (Claimed reminder : reminders) {
			List<CompletableFuture<Integer>> each = new ArrayList<>();
			for (Subscription device : devices.getOrDefault(reminder.clientId(), List.of())) {
				each.add(push(device, reminder));
			}
			sending.put(reminder, each);
		}
		Map<Claimed, Refusal> refused = new HashMap<>();
		List<UUID> gone = new ArrayList<>();
		sending.forEach((reminder, each) -> {
			List<Subscription> tried = devices.getOrDefault(reminder.clientId(), List.of());
			List<Integer> answers = each.stream().map(CompletableFuture::join).toList();
			for (int i = 0; i < answers.size(); i++) {
				if (isGone(answers.get(i))) {
					gone.add(tried.get(i).id());
				}
			}
			Refusal refusal = refusal(answers);
			if (refusal != null) {
				refused.put(reminder, refusal);
			}
		});
		if (!gone.isEmpty()) {
			this.jdbc.sql("delete from push_subscription where id in (:ids)").param("ids", gone).update();
		}
		return refused;
	}

	/**
	 * Null when a push service took it; else why, tried again unless every device is
	 * gone. {@code 0} stands for no answer (the service could not be reached).
	 */
	private static Refusal refusal(List<Integer> answers) {
		if (answers.isEmpty()) {
			return Refusal.forGood("no-device");
		}
		if (answers.stream().anyMatch((status) -> status >= 200 && status < 300)) {
			return null;
		}
		String why = "push: " + answers.stream().map(String::valueOf).distinct().reduce((a, b) -> a + ", " + b).get();
		return answers.stream().allMatch(PushChannel::isGone) ? Refusal.forGood(why) : Refusal.again(why);
	}

	private static boolean isGone(int status) {
		return status == 404 || status == 410;
	}

	/** The push service's status code, or 0 when it could not be reached. */
	private CompletableFuture<Integer> push(Subscription device, Claimed reminder) {
		try {
			URI endpoint = URI.create(device.endpoint());
			byte[] body = WebPushCrypto.encrypt(payload(reminder), WebPushCrypto.fromBase64Url(device.p256dh()),
					WebPushCrypto.fromBase64Url(device.auth()));
			HttpRequest request = HttpRequest.newBuilder(endpoint)
				.timeout(this.properties.timeout())
				.header("Content-Type", "application/octet-stream")
				.header("Content-Encoding", "aes128gcm")
				.header("TTL", String.valueOf(this.properties.timeToLive().toSeconds()))
				.header("Urgency", "normal")
				.header("Topic", reminder.id().toString().replace("-", ""))
				.header("Authorization", this.keys.authorization(endpoint))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			return this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
				.thenApply(HttpResponse::statusCode)
				.exceptionally((failure) -> 0);
		}
		catch (RuntimeException ex) {
			// Keys that no longer read, an address that no longer parses.
			return CompletableFuture.completedFuture(0);
		}
	}

	/** What the service worker shows: the same for every practice, nothing clinical. */
	private byte[] payload(Claimed reminder) {
		Map<String, String> message = new LinkedHashMap<>();
		message.put("title", this.messages.get("reminders.push.title"));
		message.put("body", this.messages.get("reminders.push.body"));
		message.put("tag", "reminder-" + reminder.id() + "-" + reminder.round());
		return this.json.writeValueAsBytes(message);
	}

	private Map<UUID, List<Subscription>> subscriptions(List<Claimed> reminders) {
		Map<UUID, List<Subscription>> byClient = new HashMap<>();
		if (reminders.isEmpty()) {
			return byClient;
		}
		this.jdbc.sql("""
				select id, client_id, endpoint, p256dh, auth from push_subscription
				where client_id in (:clients) order by created_at""")
			.param("clients", reminders.stream().map(Claimed::clientId).distinct().toList())
			.query((rs, row) -> new Subscription(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					rs.getString("endpoint"), rs.getString("p256dh"), rs.getString("auth")))
			.list()
			.forEach((device) -> byClient.computeIfAbsent(device.clientId(), (id) -> new ArrayList<>()).add(device));
		return byClient;
	}

	private record Subscription(UUID id, UUID clientId, String endpoint, String p256dh, String auth) {
	}

}
