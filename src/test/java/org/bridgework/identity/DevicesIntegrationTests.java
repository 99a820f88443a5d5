package org.bridgework.identity;

import java.util.Map;
import java.util.UUID;

import org.bridgework.shared.Tokens;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Signed-in devices": a person sees their own web sessions and API tokens (never a token
 * or its hash) and signs any of them out; the API signs out its calling token.
 */
class DevicesIntegrationTests extends SignInIntegrationTestBase {

	private static final String PHONE = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/126.0 Mobile Safari/537.36";

	@Test
	void devicesPage_listsTheirOwnSignIns_withoutTokens() {
		Person person = client();
		String apiToken = apiToken(person);
		Visitor phone = visitor().with("User-Agent", PHONE);
		phone.signIn(person.email(), PASSWORD);
		Visitor laptop = signedIn(person);

		Page page = laptop.get("/account/devices");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Signed-in devices", "Chrome on Android", "This device", "App or program",
				"Last used just now", "Change your password");
		assertThat(page.body()).doesNotContain(apiToken, phone.cookie(DatabaseSecurityContextRepository.COOKIE),
				Tokens.sha256(apiToken));
		assertThat(page.body().split("/sign-out\"", -1)).as("a sign-out form per sign-in").hasSize(4);
	}

	@Test
	void signingOutAnotherDevice_endsItThere_andOnlyThere() {
		Person person = clinician();
		Visitor phone = signedIn(person);
		Visitor laptop = signedIn(person);
		UUID phoneSignIn = signInIdOf(phone);

		Page done = laptop.submit(laptop.get("/account/devices"), "/account/devices/" + phoneSignIn + "/sign-out",
				Map.of());

		assertThat(done.location()).isEqualTo("/account/devices?signedOut");
		assertThat(laptop.follow(done).text()).contains("that device is signed out");
		assertThat(phone.get("/account/devices").location()).isEqualTo("/login");
	}

	@Test
	void signingOutSomeoneElsesSignIn_isNotFound_andLeavesItAlone() {
		Person victim = clinician();
		Visitor victimsBrowser = signedIn(victim);
		Visitor other = signedIn(clinician());

		Page refused = other.submit(other.get("/account/devices"),
				"/account/devices/" + signInIdOf(victimsBrowser) + "/sign-out", Map.of());

		assertThat(refused.status()).isEqualTo(404);
		assertThat(victimsBrowser.get("/account/devices").status()).isEqualTo(200);
	}

	@Test
	void signingOutThisDevice_isASignOut() {
		Visitor visitor = signedIn(client());

		Page signedOut = visitor.submit(visitor.get("/account/devices"),
				"/account/devices/" + signInIdOf(visitor) + "/sign-out", Map.of());

		assertThat(signedOut.location()).isEqualTo("/login?signedOut");
		assertThat(visitor.get("/account/devices").location()).isEqualTo("/login");
	}

	@Test
	void api_deleteToken_revokesTheCallingTokenOnly() {
		Person person = clinician();
		String caller = apiToken(person);
		String other = apiToken(person);

		assertThat(api("DELETE", "/api/v1/auth/token", caller, null, newAddress()).statusCode()).isEqualTo(204);

		assertThat(api("GET", "/api/v1/clients", caller, null, newAddress()).statusCode()).isEqualTo(401);
		assertThat(api("DELETE", "/api/v1/auth/token", caller, null, newAddress()).statusCode()).isEqualTo(401);
		assertThat(api("GET", "/api/v1/clients", other, null, newAddress()).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from sign_in_token where token_hash = :hash")
			.param("hash", Tokens.sha256(caller))
			.query(Integer.class)
			.single()).isZero();
	}

	private UUID signInIdOf(Visitor visitor) {
		return this.jdbc.sql("select id from sign_in_token where token_hash = :hash")
			.param("hash", Tokens.sha256(visitor.cookie(DatabaseSecurityContextRepository.COOKIE)))
			.query(UUID.class)
			.single();
	}

}
