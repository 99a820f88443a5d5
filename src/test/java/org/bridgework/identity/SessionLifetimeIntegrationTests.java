package org.bridgework.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.bridgework.shared.Tokens;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a sign-in lasts, moved through with the test clock: idle timeouts and absolute
 * lifetimes by role, a new token on every sign-in, sign-out that ends the session on the
 * server, the cookie's flags, and tokens stored only as hashes.
 */
class SessionLifetimeIntegrationTests extends SignInIntegrationTestBase {

	private static final String COOKIE = DatabaseSecurityContextRepository.COOKIE;

	@Test
	void clinicianSession_endsAfterThirtyMinutesIdle_butNotWhileInUse() {
		Visitor visitor = signedIn(clinician());

		this.clock.advance(Duration.ofMinutes(20));
		assertThat(visitor.get("/account/devices").status()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(20));
		assertThat(visitor.get("/account/devices").status()).as("40 minutes in, 20 of them idle").isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(31));

		assertThat(visitor.get("/account/devices").location()).isEqualTo("/login");
	}

	@Test
	void clientSession_survivesSixDaysIdle_andEndsAfterThirtyDaysHoweverUsed() {
		Visitor visitor = signedIn(client());

		for (int week = 0; week < 4; week++) {
			this.clock.advance(Duration.ofDays(6));
			assertThat(visitor.get("/account/devices").status()).as("after %s days", 6 * (week + 1)).isEqualTo(200);
		}
		this.clock.advance(Duration.ofDays(6));

		assertThat(visitor.get("/account/devices").location()).as("after 30 days").isEqualTo("/login");
	}

	@Test
	void clinicianApiToken_saysWhenItExpires_andEndsAfterTwelveHoursHoweverBusy() {
		Person clinician = clinician();
		Instant signedInAt = this.clock.instant();
		HttpResponse<String> signIn = signInByApi(clinician.email(), PASSWORD, newAddress(), code(clinician));
		String token = json(signIn).get("token").stringValue();
		assertThat(Instant.parse(json(signIn).get("expiresAt").stringValue()))
			.isEqualTo(signedInAt.plus(Duration.ofHours(12)));

		for (int step = 0; step < 24; step++) {
			this.clock.advance(Duration.ofMinutes(29));
			assertThat(api("GET", "/api/v1/clients", token, null, newAddress()).statusCode()).isEqualTo(200);
		}
		this.clock.advance(Duration.ofMinutes(29));

		assertThat(api("GET", "/api/v1/clients", token, null, newAddress()).statusCode()).isEqualTo(401);
	}

	@Test
	void clinicianApiToken_endsAfterThirtyMinutesIdle() {
		String token = apiToken(clinician());

		this.clock.advance(Duration.ofMinutes(31));

		assertThat(api("GET", "/api/v1/clients", token, null, newAddress()).statusCode()).isEqualTo(401);
	}

	@Test
	void signIn_alwaysGivesANewSessionToken_andEndsTheOneTheBrowserHeldBefore() {
		Person first = clinician();
		Person second = client();
		Visitor visitor = signedIn(first);
		String before = visitor.cookie(COOKIE);

		Page again = visitor.submit(visitor.get("/account/devices"), "/login",
				Map.of("email", second.email(), "password", PASSWORD));
		assertThat(again.location()).isEqualTo("/");
		String after = visitor.cookie(COOKIE);

		assertThat(after).isNotBlank().isNotEqualTo(before);
		assertThat(visitor().withCookie(COOKIE, before).get("/account/devices").location())
			.as("the token from before sign-in")
			.isEqualTo("/login");
		assertThat(visitor.get("/account/devices").text()).contains("Signed-in devices");
	}

	@Test
	void aPlantedSessionCookie_isNeverTheOneASignInUses() {
		Person person = clinician();
		Visitor visitor = visitor().withCookie(COOKIE, "planted-by-someone-else");

		visitor.signIn(person.email(), PASSWORD);

		assertThat(visitor.cookie(COOKIE)).isNotEqualTo("planted-by-someone-else");
		assertThat(storedHashes(person)).doesNotContain(Tokens.sha256("planted-by-someone-else"));
	}

	@Test
	void signOut_deletesTheSessionOnTheServer() {
		Person person = clinician();
		Visitor visitor = signedIn(person);
		String session = visitor.cookie(COOKIE);
		assertThat(storedHashes(person)).containsExactly(Tokens.sha256(session));

		Page signedOut = visitor.submit(visitor.get("/account/devices"), "/logout", Map.of());

		assertThat(signedOut.location()).isEqualTo("/login?signedOut");
		assertThat(storedHashes(person)).isEmpty();
		assertThat(visitor().withCookie(COOKIE, session).get("/account/devices").location()).isEqualTo("/login");
	}

	@Test
	void sessionCookie_isHttpOnlyAndSameSiteLax_andSecureOnlyOverTls() {
		Person person = clinician();

		String plain = sessionCookieHeader(visitor(), person);
		String overTls = sessionCookieHeader(visitor().with("X-Forwarded-Proto", "https"), person);

		assertThat(plain).contains("HttpOnly", "SameSite=Lax", "Path=/").doesNotContain("Secure");
		assertThat(overTls).contains("HttpOnly", "SameSite=Lax", "Secure");
	}

	@Test
	void tokensAreStoredOnlyAsHashes() {
		Person person = client();
		String apiToken = apiToken(person);
		Visitor visitor = signedIn(person);
		String session = visitor.cookie(COOKIE);

		String everything = this.jdbc.sql("select string_agg(t::text, ' ') from sign_in_token t where account_id = :id")
			.param("id", person.id())
			.query(String.class)
			.single();

		assertThat(storedHashes(person)).containsExactlyInAnyOrder(Tokens.sha256(apiToken), Tokens.sha256(session));
		assertThat(everything).doesNotContain(apiToken).doesNotContain(session);
	}

	private String sessionCookieHeader(Visitor visitor, Person person) {
		Page signIn = visitor.secondStep(person.email(),
				visitor.submit(visitor.get("/login"), "/login", Map.of("email", person.email(), "password", PASSWORD)));
		assertThat(signIn.location()).as("signed in: sent to the start page").endsWith("/");
		return signIn.header("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(COOKIE + "="))
			.findFirst()
			.orElseThrow();
	}

	private java.util.List<String> storedHashes(Person person) {
		return this.jdbc.sql("select token_hash from sign_in_token where account_id = :id")
			.param("id", person.id())
			.query(String.class)
			.list();
	}

}
