package org.bridgework.identity;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throttling on every way in, counted in PostgreSQL: five wrong guesses for one account
 * (known or not, answered alike), or fifty from one address, make the next attempt wait;
 * the wait ends by itself; old rows are removed.
 */
class ThrottleIntegrationTests extends SignInIntegrationTestBase {

	private static final int ACCOUNT_FAILURES = 5;

	private static final int ADDRESS_FAILURES = 50;

	@Autowired
	SignInHousekeeping housekeeping;

	@Test
	void signInForm_afterFiveWrongPasswords_waitsAlikeForKnownAndUnknownEmails_evenWithTheRightPassword() {
		Person known = clinician();
		String unknown = unique("nobody");
		Visitor first = visitor();
		Visitor second = visitor();
		for (int attempt = 0; attempt < ACCOUNT_FAILURES; attempt++) {
			assertThat(first.signIn(known.email(), "wrong guess " + attempt).location()).isEqualTo("/login?error");
			assertThat(second.signIn(unknown, "wrong guess " + attempt).location()).isEqualTo("/login?error");
		}

		Page knownWaits = first.signIn(known.email(), PASSWORD);
		Page unknownWaits = second.signIn(unknown, PASSWORD);

		assertThat(knownWaits.location()).isEqualTo("/login?throttled");
		assertThat(unknownWaits.location()).isEqualTo(knownWaits.location());
		assertThat(visitor().signIn(known.email(), PASSWORD).location()).as("from another address too")
			.isEqualTo("/login?throttled");
		assertThat(first.follow(knownWaits).text()).contains("too many sign-in attempts", "wait 15 minutes")
			.doesNotContain(known.email());

		this.clock.advance(Duration.ofMinutes(16));
		assertThat(first.signIn(known.email(), PASSWORD).location()).as("the wait is over").isEqualTo("/");
	}

	@Test
	void apiToken_answersKnownAndUnknownEmailsAlike_then429() {
		Person known = clinician();
		String unknown = unique("nobody");
		String address = newAddress();
		for (int attempt = 0; attempt < ACCOUNT_FAILURES; attempt++) {
			HttpResponse<String> wrong = signInByApi(known.email(), "wrong guess " + attempt, address);
			HttpResponse<String> nobody = signInByApi(unknown, "wrong guess " + attempt, address);
			assertThat(wrong.statusCode()).isEqualTo(401);
			assertThat(nobody.statusCode()).isEqualTo(401);
			assertThat(nobody.body()).isEqualTo(wrong.body());
		}

		HttpResponse<String> knownWaits = signInByApi(known.email(), PASSWORD, address);
		HttpResponse<String> unknownWaits = signInByApi(unknown, PASSWORD, address);

		assertThat(knownWaits.statusCode()).isEqualTo(429);
		assertThat(knownWaits.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(json(knownWaits).get("detail").stringValue()).contains("wait 15 minutes");
		assertThat(unknownWaits.statusCode()).isEqualTo(429);
		assertThat(unknownWaits.body()).isEqualTo(knownWaits.body());
	}

	@Test
	void oneAddress_afterFiftyFailuresOnAnyAccounts_waits_whileOtherAddressesDoNot() {
		Person person = clinician();
		String sprayer = newAddress();
		for (int attempt = 0; attempt < ADDRESS_FAILURES; attempt++) {
			assertThat(signInByApi(unique("sprayed"), "Summer2024!", sprayer).statusCode()).isEqualTo(401);
		}

		assertThat(signInByApi(person.email(), PASSWORD, sprayer).statusCode()).isEqualTo(429);
		assertThat(visitorFrom(sprayer).signIn(person.email(), PASSWORD).location()).isEqualTo("/login?throttled");
		assertThat(signInByApi(person.email(), PASSWORD, newAddress(), code(person)).statusCode()).isEqualTo(200);
	}

	@Test
	void invitationLinks_afterFiftyUnknownTokensFromOneAddress_waitOnPageAndApi() {
		IssuedInvitation real = this.accounts.invite(null, unique("invited"), "Ivy Invited", EnumSet.of(Role.CLIENT));
		String guesser = newAddress();
		for (int attempt = 0; attempt < ADDRESS_FAILURES; attempt++) {
			assertThat(api("POST", "/api/v1/invitations/" + UUID.randomUUID(), null,
					Map.of("password", "a guessed long password"), guesser)
				.statusCode()).isEqualTo(404);
		}

		HttpResponse<String> api = api("POST", "/api/v1/invitations/" + real.token(), null,
				Map.of("password", "a guessed long password"), guesser);
		Page page = visitorFrom(guesser).get("/invite/" + real.token());

		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.body()).doesNotContain("Ivy");
		assertThat(page.status()).isEqualTo(429);
		assertThat(page.text()).contains("Let's pause for a few minutes", "wait 15 minutes").doesNotContain("Ivy");
		assertThat(visitor().get("/invite/" + real.token()).text()).as("from another address")
			.contains("Hello, Ivy Invited.");
	}

	@Test
	void passwordResetLinks_afterFiftyUnknownTokensFromOneAddress_wait() {
		String guesser = newAddress();
		Visitor visitor = visitorFrom(guesser);
		for (int attempt = 0; attempt < ADDRESS_FAILURES; attempt++) {
			assertThat(visitor.get("/password-reset/" + UUID.randomUUID()).status()).isEqualTo(404);
		}

		Page waits = visitor.get("/password-reset/" + UUID.randomUUID());

		assertThat(waits.status()).isEqualTo(429);
		assertThat(waits.text()).contains("Let's pause for a few minutes");
	}

	@Test
	void passwordResetRequests_forOneEmail_waitAfterFive_whetherOrNotItHasAnAccount() {
		Person known = client();
		String unknown = unique("nobody");
		for (String email : new String[] { known.email(), unknown }) {
			for (int attempt = 0; attempt < ACCOUNT_FAILURES; attempt++) {
				Visitor visitor = visitor();
				Page asked = visitor.submit(visitor.get("/password-reset"), "/password-reset", Map.of("email", email));
				assertThat(asked.location()).isEqualTo("/password-reset?sent");
			}
		}

		Visitor visitor = visitor();
		Page knownWaits = visitor.submit(visitor.get("/password-reset"), "/password-reset",
				Map.of("email", known.email()));
		Page unknownWaits = visitor.submit(visitor.get("/password-reset"), "/password-reset", Map.of("email", unknown));

		assertThat(knownWaits.status()).isEqualTo(429);
		assertThat(unknownWaits.status()).isEqualTo(429);
		assertThat(withoutFormTokens(unknownWaits)).isEqualTo(withoutFormTokens(knownWaits));
	}

	@Test
	void housekeeping_removesFailuresOlderThanADayAndEndedSignIns_only() {
		String key = unique("old");
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp twoDaysAgo = Timestamp.from(this.clock.instant().minus(Duration.ofDays(2)));
		this.jdbc.sql("insert into sign_in_failure (account_key, failed_at) values (:key, :at), (:key, :now)")
			.param("key", key)
			.param("at", twoDaysAgo)
			.param("now", now)
			.update();
		Person person = client();
		String token = apiToken(person);

		this.housekeeping.tidy();

		assertThat(this.jdbc.sql("select count(*) from sign_in_failure where account_key = :key")
			.param("key", key)
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(signInsOf(person)).isEqualTo(1);
		this.clock.advance(Duration.ofDays(8));
		assertThat(api("GET", "/api/v1/me/today", token, null, newAddress()).statusCode()).as("idle for 8 days")
			.isEqualTo(401);
		this.housekeeping.tidy();
		assertThat(signInsOf(person)).isZero();
	}

	private int signInsOf(Person person) {
		return this.jdbc.sql("select count(*) from sign_in_token where account_id = :id")
			.param("id", person.id())
			.query(Integer.class)
			.single();
	}

}
