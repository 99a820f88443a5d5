package org.bridgework.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in person changes their password, on the page or through the API: the current
 * password is checked (and wrong guesses count), the new one meets the policy, and every
 * other sign-in ends while the one making the change stays.
 */
class PasswordChangeIntegrationTests extends SignInIntegrationTestBase {

	private static final String NEW_PASSWORD = "the kettle sings at seven";

	@Test
	void page_changesThePassword_andSignsOutEveryOtherDeviceAndApp() {
		Person person = client();
		Visitor here = signedIn(person);
		Visitor phone = signedIn(person);
		String token = apiToken(person);

		Page changed = here.submit(here.get("/account/password"), "/account/password",
				form(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

		assertThat(changed.location()).isEqualTo("/account/devices?passwordChanged");
		assertThat(here.follow(changed).text()).contains("Your password is changed",
				"Every other device and app has been signed out");
		assertThat(phone.get("/account/devices").location()).isEqualTo("/login");
		assertThat(api("GET", "/api/v1/me/wins", token, null, newAddress()).statusCode()).isEqualTo(401);
		assertThat(visitor().signIn(person.email(), PASSWORD).location()).isEqualTo("/login?error");
		assertThat(visitor().signIn(person.email(), NEW_PASSWORD).location()).isEqualTo("/");
	}

	@Test
	void page_refusesAWrongCurrentPasswordAndAWeakNewOne_kindly_andChangesNothing() {
		Person person = clinician();
		Visitor visitor = signedIn(person);
		Page form = visitor.get("/account/password");
		assertThat(form.text()).contains("Current password", "At least 12 characters, and not a common password");

		Page refused = visitor.submit(form, "/account/password",
				form("not my password", "Qwerty123456", "Qwerty123456"));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("That isn't your current password", "one of the most common ones")
			.containsPattern("id=\"currentPassword\"[^>]*aria-invalid=\"true\"")
			.containsPattern("id=\"newPassword\"[^>]*aria-invalid=\"true\"")
			.doesNotContain("Qwerty123456");
		Page mismatch = visitor.submit(form, "/account/password", form(PASSWORD, "short", "shorter"));
		assertThat(mismatch.text()).contains("at least 12 characters", "The two passwords are different");
		assertThat(visitor().signIn(person.email(), PASSWORD).location()).as("unchanged").isEqualTo("/");
	}

	@Test
	void page_afterFiveWrongCurrentPasswords_asksToWait() {
		Person person = clinician();
		Visitor visitor = signedIn(person);
		for (int attempt = 0; attempt < 5; attempt++) {
			Page refused = visitor.submit(visitor.get("/account/password"), "/account/password",
					form("guess " + attempt, NEW_PASSWORD, NEW_PASSWORD));
			assertThat(refused.text()).contains("That isn't your current password");
		}

		Page waits = visitor.submit(visitor.get("/account/password"), "/account/password",
				form(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

		assertThat(waits.status()).isEqualTo(429);
		assertThat(waits.text()).contains("Let's pause for a few minutes");
	}

	@Test
	void api_changesThePassword_keepsTheCallingTokenAndEndsTheOthers() {
		Person person = clinician();
		String caller = apiToken(person);
		String other = apiToken(person);
		Visitor browser = signedIn(person);

		HttpResponse<String> changed = api("POST", "/api/v1/me/password", caller,
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD), newAddress());

		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
		assertThat(api("GET", "/api/v1/clients", caller, null, newAddress()).statusCode()).isEqualTo(200);
		assertThat(api("GET", "/api/v1/clients", other, null, newAddress()).statusCode()).isEqualTo(401);
		assertThat(browser.get("/account/devices").location()).isEqualTo("/login");
		assertThat(signInByApi(person.email(), NEW_PASSWORD, newAddress(), code(person)).statusCode()).isEqualTo(200);
	}

	@Test
	void api_refusesAWrongCurrentPasswordOrAWeakNewOne_with400NamingTheField() {
		Person person = clinician();
		String token = apiToken(person);

		HttpResponse<String> wrong = api("POST", "/api/v1/me/password", token,
				Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD), newAddress());
		HttpResponse<String> weak = api("POST", "/api/v1/me/password", token,
				Map.of("currentPassword", PASSWORD, "newPassword", "password1234"), newAddress());

		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(json(wrong).get("errors").get(0).get("field").stringValue()).isEqualTo("currentPassword");
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(json(weak).get("errors").get(0).get("field").stringValue()).isEqualTo("newPassword");
		assertThat(json(weak).get("errors").get(0).get("message").stringValue()).contains("most common");
		assertThat(signInByApi(person.email(), PASSWORD, newAddress(), code(person)).statusCode()).isEqualTo(200);
	}

	private static Map<String, String> form(String current, String newPassword, String confirmation) {
		return Map.of("currentPassword", current, "newPassword", newPassword, "passwordConfirmation", confirmation);
	}

}
