package org.bridgework.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bridgework.reminders.FakePushService.Received;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Web push against a push service played by the test ({@link FakePushService}, holding
 * the browser's keys): each reminder is pushed once on the same claim machinery as email,
 * signed with the installation's VAPID key and encrypted so that only the browser reads
 * it, with the same generic words; a push service that no longer knows the browser (404,
 * 410) ends the subscription; one that fails (5xx) is tried again with back-off.
 */
class WebPushIntegrationTests extends ReminderIntegrationTestBase {

	private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
			+ "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

	@Autowired
	private PushSubscriptions subscriptions;

	@Autowired
	private PushKeys keys;

	@Test
	void aReminder_isPushedOnceToTheBrowser_signedWithVapid_encryptedToIt_withGenericWords() throws Exception {
		try (FakePushService browser = new FakePushService()) {
			TestPeople.Client client = this.fixtures.client("America/New_York");
			UUID assignment = this.fixtures.daily(client, LocalTime.of(8, 0), MONDAY);
			this.subscriptions.turnOn(client.user(), browser.endpoint(), browser.p256dh(), browser.auth(), PHONE);

			this.clock.set(Instant.parse("2026-03-02T12:59:59Z"));
			assertThat(this.dispatcher.dispatchDue()).isZero();
			this.clock.set(Instant.parse("2026-03-02T13:00:00Z"));
			assertThat(this.dispatcher.dispatchDue()).as("the email and the push").isEqualTo(2);
			assertThat(this.dispatcher.dispatchDue()).isZero();

			assertThat(browser.received()).hasSize(1);
			Received push = browser.received().get(0);
			JsonNode claims = FakePushService.verifiedVapidClaims(push, this.keys.publicKey());
			assertThat(claims.get("aud").stringValue()).isEqualTo(browser.origin());
			assertThat(claims.get("sub").stringValue()).as("the https base URL")
				.isEqualTo("https://bridgework.clinic.test");
			assertThat(Instant.ofEpochSecond(claims.get("exp").longValue())).isAfter(this.clock.instant())
				.isBeforeOrEqualTo(this.clock.instant().plus(Duration.ofHours(24)));
			assertThat(Integer.parseInt(push.headers().get("ttl"))).isPositive();

			String plaintext = new String(browser.decrypt(push), StandardCharsets.UTF_8);
			JsonNode message = JsonMapper.builder().build().readTree(plaintext);
			assertThat(message.get("title").stringValue()).isEqualTo("Time for your practice");
			assertThat(message.get("body").stringValue()).isEqualTo("Time for your practice \u2014 open Bridgework");
			assertThat(message.get("tag").stringValue()).matches("reminder-[0-9a-f-]{36}-0");
			assertThat(plaintext.toLowerCase(Locale.ROOT)).doesNotContain("secret", "breath", "robin", "mindful");
			assertThat(new String(push.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Time for your practice");
			assertThat(pushOutcomes(assignment)).containsExactly("SENT");
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 404, 410 })
	void aPushServiceThatNoLongerKnowsTheBrowser_endsTheSubscription_andIsNotTriedAgain(int gone) {
		try (FakePushService browser = new FakePushService()) {
			TestPeople.Client client = this.fixtures.client("Europe/London");
			UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
			this.subscriptions.turnOn(client.user(), browser.endpoint(), browser.p256dh(), browser.auth(), PHONE);
			browser.answerWith(gone);

			this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
			this.dispatcher.dispatchDue();

			assertThat(this.subscriptions.devices(client.id())).isEmpty();
			assertThat(pushOutcomes(assignment)).containsExactly("FAILED");
			this.clock.advance(Duration.ofHours(1));
			this.dispatcher.dispatchDue();
			assertThat(browser.received()).hasSize(1);
			this.planner.planClient(client.id());
			assertThat(pushRows(client)).as("no device, no push planned for tomorrow").isEqualTo(1);
		}
	}

	@Test
	void aPushServiceThatFails_isTriedAgainWithBackOff_andTheDeviceKept() throws Exception {
		try (FakePushService browser = new FakePushService()) {
			TestPeople.Client client = this.fixtures.client("Europe/London");
			UUID assignment = this.fixtures.daily(client, LocalTime.of(9, 0), MONDAY);
			this.subscriptions.turnOn(client.user(), browser.endpoint(), browser.p256dh(), browser.auth(), PHONE);
			browser.answerWith(503, 500);

			this.clock.set(Instant.parse("2026-03-02T09:00:00Z"));
			this.dispatcher.dispatchDue();
			this.clock.advance(Duration.ofSeconds(59));
			this.dispatcher.dispatchDue();
			assertThat(browser.received()).as("not before a minute").hasSize(1);
			this.clock.advance(Duration.ofSeconds(1));
			this.dispatcher.dispatchDue();
			assertThat(browser.received()).hasSize(2);
			this.clock.advance(Duration.ofSeconds(119));
			this.dispatcher.dispatchDue();
			assertThat(browser.received()).as("then not before two minutes").hasSize(2);
			this.clock.advance(Duration.ofSeconds(1));
			this.dispatcher.dispatchDue();

			assertThat(browser.received()).hasSize(3);
			assertThat(pushOutcomes(assignment)).containsExactly("RETRYING", "RETRYING", "SENT");
			assertThat(this.subscriptions.devices(client.id())).extracting(PushSubscriptions.Device::device)
				.containsExactly("Chrome on Android");
			// Each try is the same message to the browser: the same tag.
			List<String> tags = browser.received()
				.stream()
				.map((push) -> decryptedTag(browser, push))
				.distinct()
				.toList();
			assertThat(tags).hasSize(1);
		}
	}

	@Test
	void aSubscriptionToAnythingButAKnownPushService_isRefused() {
		TestPeople.Client client = this.fixtures.client("Europe/London");
		try (FakePushService browser = new FakePushService()) {
			assertThatThrownBy(() -> this.subscriptions.turnOn(client.user(),
					browser.endpoint().replace("localhost", "127.0.0.1"), browser.p256dh(), browser.auth(), PHONE))
				.isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> this.subscriptions.turnOn(client.user(), browser.endpoint(), "not-a-key",
					browser.auth(), PHONE))
				.isInstanceOf(InvalidInputException.class);
		}
		assertThat(this.subscriptions.devices(client.id())).isEmpty();
	}

	private static String decryptedTag(FakePushService browser, Received push) {
		try {
			return JsonMapper.builder().build().readTree(browser.decrypt(push)).get("tag").stringValue();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new AssertionError(ex);
		}
	}

	private List<String> pushOutcomes(UUID assignmentId) {
		return this.jdbc.sql("""
				select d.outcome from reminder_delivery d join reminder_occurrence o on o.id = d.occurrence_id
				where o.assignment_id = :id and d.channel = 'PUSH' order by d.at, d.attempt""")
			.param("id", assignmentId)
			.query(String.class)
			.list();
	}

	private int pushRows(TestPeople.Client client) {
		return this.jdbc.sql("select count(*) from reminder_occurrence where client_id = :id and channel = 'PUSH'")
			.param("id", client.id())
			.query(Integer.class)
			.single();
	}

}
