package org.bridgework.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.bridgework.shared.Tokens;
import org.bridgework.testing.TestMail;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Forgot your password?" end to end with a real SMTP server: the same answer for every
 * email, a single-use link that expires and is stored only as a hash, and a new password
 * that signs the person in and ends every other sign-in.
 */
class PasswordResetIntegrationTests extends SignInIntegrationTestBase {

	private static final String NEW_PASSWORD = "blue door, yellow kettle";

	@Test
	void knownEmail_getsAnEmailedLink_thatSetsANewPassword_signsIn_andEndsEveryOtherSignIn() throws Exception {
		Person person = client();
		Visitor otherBrowser = signedIn(person);
		String apiToken = apiToken(person);

		Page asked = ask(person.email());
		assertThat(asked.location()).isEqualTo("/password-reset?sent");
		MimeMessage email = new TestMail(this.mail).to(person.email());
		String text = TestMail.text(email);
		String link = linkIn(text);
		assertThat(link).startsWith("/password-reset/");
		assertThat(email.getSubject()).isEqualTo("Choosing a new Bridgework password");
		assertThat(text).contains("It works once, for 30 minutes", "If it wasn't you, you can ignore this email");
		assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("sam", "therap", "homework", "clinician");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select count(*) from password_reset where token_hash = :hash")
			.param("hash", Tokens.sha256(token))
			.query(Integer.class)
			.single()).isEqualTo(1);

		Visitor visitor = visitor();
		Page form = visitor.get(link);
		assertThat(form.text()).contains("Choose a new password", "At least 12 characters");
		Page weak = visitor.submit(form, link,
				Map.of("password", "passwordpassword", "passwordConfirmation", "passwordpassword"));
		assertThat(weak.text()).contains("one of the most common ones");
		Page done = visitor.submit(form, link, Map.of("password", NEW_PASSWORD, "passwordConfirmation", NEW_PASSWORD));

		assertThat(done.location()).isEqualTo("/account/devices?passwordReset");
		assertThat(visitor.follow(done).text()).contains("Your new password is set and you're signed in");
		assertThat(otherBrowser.get("/account/devices").location()).isEqualTo("/login");
		assertThat(api("GET", "/api/v1/me/wins", apiToken, null, newAddress()).statusCode()).isEqualTo(401);
		assertThat(visitor().signIn(person.email(), PASSWORD).location()).isEqualTo("/login?error");
		assertThat(visitor().signIn(person.email(), NEW_PASSWORD).location()).isEqualTo("/");
		Page again = visitor().get(link);
		assertThat(again.status()).as("the link works once").isEqualTo(410);
		assertThat(again.text()).contains("This link no longer works", "Ask for a new link");
	}

	@Test
	void unknownEmail_getsTheSameAnswer_andNoEmailGoesAnywhere() throws Exception {
		Person known = client();
		String unknown = unique("nobody");

		Page forKnown = ask(known.email());
		Page forUnknown = ask(unknown);

		assertThat(forUnknown.status()).isEqualTo(forKnown.status());
		assertThat(forUnknown.location()).isEqualTo(forKnown.location());
		assertThat(withoutFormTokens(visitor().get(forUnknown.location())))
			.isEqualTo(withoutFormTokens(visitor().get(forKnown.location())))
			.contains("If that email belongs to a Bridgework account");
		new TestMail(this.mail).to(known.email());
		assertThat(new TestMail(this.mail).sentTo(unknown)).isEmpty();
	}

	@Test
	void link_expiresAfterThirtyMinutes() throws Exception {
		Person person = clinician();
		ask(person.email());
		String link = linkIn(TestMail.text(new TestMail(this.mail).to(person.email())));

		this.clock.advance(Duration.ofMinutes(31));

		Page expired = visitor().get(link);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.text()).contains("This link no longer works");
	}

	@Test
	void aNewerLink_replacesAnOlderOne() throws Exception {
		Person person = clinician();
		ask(person.email());
		String first = linkIn(TestMail.text(new TestMail(this.mail).to(person.email())));
		ask(person.email());
		String second = linkIn(TestMail.text(new TestMail(this.mail).to(person.email(), 2)));

		assertThat(visitor().get(first).status()).isIn(404, 410);
		assertThat(visitor().get(second).status()).isEqualTo(200);
	}

	@Test
	void signInPage_offersTheWayToAReset() {
		Page login = visitor().get("/login");

		assertThat(login.text()).contains("<a href=\"/password-reset\">Forgot your password?</a>");
	}

	private Page ask(String email) {
		Visitor visitor = visitor();
		Page form = visitor.get("/password-reset");
		assertThat(form.text()).contains("Type the email you sign in with");
		return visitor.submit(form, "/password-reset", Map.of("email", email));
	}

}
