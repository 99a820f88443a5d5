package org.bridgework.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.shared.Tokens;
import org.bridgework.testing.TestMail;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in at the door: an admin or clinician sets it up at their first sign-in
 * before any other page opens; then the password is followed by a code, each code works
 * once and only near its moment, a recovery code works once and is recorded, wrong codes
 * count towards the throttle as wrong passwords do, and the half-finished sign-in lives
 * in PostgreSQL for a few minutes. The API's token call takes the code as {@code totp}.
 */
class TwoStepSignInIntegrationTests extends SignInIntegrationTestBase {

	private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

	@Test
	void firstSignIn_ofAClinician_setsTwoStepUp_beforeAnyOtherPageOpens() {
		Person clinician = newClinician();
		Visitor visitor = visitor();

		Page password = passwordOnly(visitor, clinician);

		assertThat(password.location()).isEqualTo("/login/two-step");
		assertThat(signInsOf(clinician)).as("a right password alone starts no session").isZero();
		assertThat(visitor.get("/clients").location()).isEqualTo("/login/two-step");
		assertThat(visitor.get("/account/devices").location()).isEqualTo("/login/two-step");
		Page setUp = visitor.get("/login/two-step");
		assertThat(setUp.status()).isEqualTo(200);
		assertThat(setUp.text()).contains("Set up two-step sign-in", "clinicians and admins sign in with a code",
				"otpauth://totp/Bridgework%3A", "src=\"data:image/svg+xml;base64,", "id=\"two-step-key\"");
		String key = TestAuthenticator.keyIn(setUp.body());
		assertThat(setUp.text()).contains(key.replaceAll("(.{4})(?!$)", "$1 "));

		Page wrong = visitor.submit(setUp, "/login/two-step", Map.of("code", codeFarFromNow(key)));
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.text()).contains("That code didn't work").containsPattern("id=\"code\"[^>]*aria-invalid");
		assertThat(TestAuthenticator.keyIn(wrong.body())).as("the same key while it is set up").isEqualTo(key);

		TestAuthenticator.add(this.port, clinician.email(), key);
		Page codes = visitor.submit(wrong, "/login/two-step", Map.of("code", code(clinician)));
		List<String> recoveryCodes = recoveryCodesIn(codes);
		assertThat(codes.text()).contains("Your recovery codes", "shown only this once");
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(signInsOf(clinician)).as("not in until the codes are put away").isZero();

		Page in = visitor.submit(codes, "/login/two-step/done", Map.of());
		assertThat(in.location()).as("where they were going").startsWith("/account/devices");
		assertThat(visitor.get("/clients").status()).isEqualTo(200);
		assertThat(signInsOf(clinician)).isOne();
		String stored = this.jdbc.sql(
				"select t.secret || string_agg(r.code_hash, ',') from two_step t join recovery_code r using (account_id)"
						+ " where account_id = :id group by t.secret")
			.param("id", clinician.id())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(key).doesNotContain(recoveryCodes.get(0));
	}

	@Test
	void firstSignIn_ofAnAdmin_setsTwoStepUp_beforeAnyOtherPageOpens_andGetsNoTokenBefore() {
		String email = unique("admin");
		IssuedInvitation invitation = this.accounts.invite(null, email, "Ada ADMIN", EnumSet.of(Role.ADMIN));
		Person admin = new Person(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null), email);
		Visitor visitor = visitor();

		assertThat(passwordOnly(visitor, admin).location()).isEqualTo("/login/two-step");
		assertThat(visitor.get("/admin/clinicians").location()).isEqualTo("/login/two-step");
		assertThat(visitor.get("/account/two-step").location()).isEqualTo("/login/two-step");
		assertThat(signInByApi(admin.email(), PASSWORD, newAddress()).statusCode()).isEqualTo(403);
		assertThat(signInsOf(admin)).isZero();

		Page setUp = visitor.get("/login/two-step");
		TestAuthenticator.add(this.port, admin.email(), TestAuthenticator.keyIn(setUp.body()));
		Page codes = visitor.submit(setUp, "/login/two-step", Map.of("code", code(admin)));
		visitor.submit(codes, "/login/two-step/done", Map.of());

		assertThat(visitor.get("/admin/clinicians").status()).isEqualTo(200);
		assertThat(signInsOf(admin)).isOne();
	}

	@Test
	void theCodeThatTurnedTwoStepOn_doesNotSignInAgain_andNeitherDoesOneAlreadyUsedToSignIn() {
		Person clinician = newClinician();
		Visitor first = visitor();
		passwordOnly(first, clinician);
		Page setUp = first.get("/login/two-step");
		TestAuthenticator.add(this.port, clinician.email(), TestAuthenticator.keyIn(setUp.body()));
		String setUpCode = code(clinician);
		first.submit(first.submit(setUp, "/login/two-step", Map.of("code", setUpCode)), "/login/two-step/done",
				Map.of());

		Visitor second = visitor();
		passwordOnly(second, clinician);
		assertThat(second.submit(second.get("/login/code"), "/login/code", Map.of("code", setUpCode)).text())
			.as("the code typed to set it up, in the same step")
			.contains("That code didn't work");
		String signInCode = code(clinician);
		assertThat(second.submit(second.get("/login/code"), "/login/code", Map.of("code", signInCode)).location())
			.isEqualTo("/");
		Visitor third = visitor();
		passwordOnly(third, clinician);
		assertThat(third.submit(third.get("/login/code"), "/login/code", Map.of("code", signInCode)).text())
			.as("a code already used to sign in")
			.contains("That code didn't work");
		assertThat(apiSignIn(clinician, signInCode).statusCode()).as("nor on the API").isEqualTo(401);
		assertThat(signInsOf(clinician)).isEqualTo(2);
	}

	@Test
	void signIn_withTwoStepOn_asksForTheCode_andOnlyTheCodeLetsThemIn() {
		Person clinician = clinician();
		Visitor visitor = visitor();

		assertThat(passwordOnly(visitor, clinician).location()).isEqualTo("/login/code");
		assertThat(signInsOf(clinician)).isZero();
		assertThat(visitor.get("/clients").location()).isEqualTo("/login/code");
		Page form = visitor.get("/login/code");
		assertThat(form.text()).contains("One more step", "autocomplete=\"one-time-code\"", "inputmode=\"numeric\"");
		Page wrong = visitor.submit(form, "/login/code", Map.of("code", "12345"));
		assertThat(wrong.text()).contains("That code didn't work");

		Page in = visitor.submit(wrong, "/login/code", Map.of("code", code(clinician)));

		assertThat(in.location()).startsWith("/clients");
		assertThat(visitor.get("/clients").status()).isEqualTo(200);
		assertThat(visitor.hasCookie(SignInSteps.COOKIE)).as("the half-finished sign-in is over").isFalse();
		assertThat(visitor.get("/login/code").location()).isEqualTo("/login");
	}

	@Test
	void aCode_worksOnce_andOnlyWithinOneStepOfNow() {
		Person clinician = clinician();
		this.clock.advance(Duration.ofMinutes(5));
		String key = TestAuthenticator.key(this.port, clinician.email());
		Instant now = this.clock.instant();

		assertThat(apiSignIn(clinician, TestAuthenticator.codeAt(key, now.plusSeconds(60))).statusCode())
			.as("two steps ahead")
			.isEqualTo(401);
		assertThat(apiSignIn(clinician, TestAuthenticator.codeAt(key, now.minusSeconds(60))).statusCode())
			.as("two steps behind")
			.isEqualTo(401);
		String next = TestAuthenticator.codeAt(key, now.plusSeconds(30));
		assertThat(apiSignIn(clinician, next).statusCode()).as("one step ahead").isEqualTo(200);
		assertThat(apiSignIn(clinician, next).statusCode()).as("the same code again").isEqualTo(401);
		assertThat(apiSignIn(clinician, TestAuthenticator.codeAt(key, now)).statusCode())
			.as("a step before the one last used")
			.isEqualTo(401);
	}

	@Test
	void wrongCodes_countLikeWrongPasswords_andARightPasswordDoesNotForgetThem() {
		Person clinician = clinician();
		Visitor visitor = visitor();
		passwordOnly(visitor, clinician);
		for (int attempt = 0; attempt < 4; attempt++) {
			assertThat(
					visitor.submit(visitor.get("/login/code"), "/login/code", Map.of("code", "00000" + attempt)).text())
				.contains("That code didn't work");
		}
		Visitor again = visitor();
		assertThat(passwordOnly(again, clinician).location()).isEqualTo("/login/code");
		again.submit(again.get("/login/code"), "/login/code", Map.of("code", "000009"));

		Page waits = again.submit(again.get("/login/code"), "/login/code", Map.of("code", code(clinician)));

		assertThat(waits.status()).isEqualTo(429);
		assertThat(waits.text()).contains("Let's pause for a few minutes");
		assertThat(passwordOnly(visitor(), clinician).location()).isEqualTo("/login?throttled");
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(signedIn(clinician).get("/clients").status()).isEqualTo(200);
	}

	@Test
	void aRecoveryCode_signsInOnce_isRecorded_andThePageSaysHowManyAreLeft() {
		Person clinician = newClinician();
		List<String> recoveryCodes = setUpByHand(clinician);
		Visitor visitor = visitor();
		passwordOnly(visitor, clinician);
		Page form = visitor.get("/login/code?recovery=yes");
		assertThat(form.text()).contains("Recovery code", "inputmode=\"text\"");

		Page in = visitor.submit(form, "/login/code",
				Map.of("code", " " + recoveryCodes.get(0).toUpperCase().replace("-", " - ") + " ", "recovery", "yes"));

		assertThat(in.location()).isEqualTo("/account/two-step?recoveryCodeUsed");
		assertThat(visitor.follow(in).text()).contains("You're signed in with a recovery code",
				"You have 9 of 10 recovery codes left", "A recovery code was used to sign in: just now");
		Visitor later = visitor();
		passwordOnly(later, clinician);
		assertThat(later.submit(later.get("/login/code"), "/login/code", Map.of("code", recoveryCodes.get(0))).text())
			.as("used up")
			.contains("That code didn't work");
		assertThat(apiSignIn(clinician, recoveryCodes.get(1)).statusCode()).as("the API takes one too").isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from two_step_event where account_id = :id and kind = :kind")
			.param("id", clinician.id())
			.param("kind", "RECOVERY_CODE_USED")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void api_withTwoStepOn_answersAMissingOrWrongCodeAsAWrongPassword_then429() {
		Person clinician = clinician();
		String address = newAddress();

		HttpResponse<String> wrongPassword = signInByApi(clinician.email(), "not the password", address);
		HttpResponse<String> noCode = signInByApi(clinician.email(), PASSWORD, address);
		HttpResponse<String> wrongCode = signInByApi(clinician.email(), PASSWORD, address, "000000");

		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(noCode.statusCode()).isEqualTo(401);
		assertThat(wrongCode.statusCode()).isEqualTo(401);
		assertThat(noCode.body()).isEqualTo(wrongPassword.body());
		assertThat(json(noCode).has("token")).isFalse();
		assertThat(wrongCode.body()).isEqualTo(wrongPassword.body());
		signInByApi(clinician.email(), PASSWORD, address, "000001");
		signInByApi(clinician.email(), PASSWORD, address, "000002");
		assertThat(signInByApi(clinician.email(), PASSWORD, newAddress(), code(clinician)).statusCode())
			.as("five failures, the right code too")
			.isEqualTo(429);
	}

	@Test
	void api_answersWrongCodesForAKnownAccount_asItAnswersAnUnknownEmail_andBothWaitAlike() {
		Person clinician = clinician();
		String unknown = unique("nobody");
		String address = newAddress();
		for (int attempt = 0; attempt < 5; attempt++) {
			HttpResponse<String> wrongCode = signInByApi(clinician.email(), PASSWORD, address, "00000" + attempt);
			HttpResponse<String> nobody = signInByApi(unknown, PASSWORD, address, "00000" + attempt);
			assertThat(wrongCode.statusCode()).isEqualTo(401);
			assertThat(nobody.statusCode()).isEqualTo(401);
			assertThat(nobody.body()).isEqualTo(wrongCode.body());
		}

		HttpResponse<String> knownWaits = signInByApi(clinician.email(), PASSWORD, newAddress(), code(clinician));
		HttpResponse<String> unknownWaits = signInByApi(unknown, PASSWORD, newAddress(), "123456");

		assertThat(knownWaits.statusCode()).isEqualTo(429);
		assertThat(unknownWaits.statusCode()).isEqualTo(429);
		assertThat(unknownWaits.body()).isEqualTo(knownWaits.body());
		assertThat(passwordOnly(visitor(), clinician).location()).as("the sign-in form waits too")
			.isEqualTo("/login?throttled");
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(apiSignIn(clinician, code(clinician)).statusCode()).isEqualTo(200);
	}

	@Test
	void api_givesAClinicianWithoutTwoStepNoToken_untilTheyHaveSetItUpOnTheWebsite() {
		Person clinician = newClinician();

		HttpResponse<String> refused = signInByApi(clinician.email(), PASSWORD, newAddress());

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(json(refused).get("detail").stringValue()).contains("two-step sign-in",
				"sign in on the Bridgework website once to set it up");
		assertThat(json(refused).has("token")).isFalse();
		assertThat(signInByApi(clinician.email(), "not the password", newAddress()).statusCode())
			.as("a wrong password is still only a wrong password")
			.isEqualTo(401);
		setUpTwoStep(clinician);
		assertThat(apiSignIn(clinician, code(clinician)).statusCode()).isEqualTo(200);
	}

	@Test
	void aHalfFinishedSignIn_isKeptInTheDatabase_forTenMinutes() {
		Person clinician = clinician();
		Visitor visitor = visitor();
		passwordOnly(visitor, clinician);
		String step = visitor.cookie(SignInSteps.COOKIE);

		assertThat(this.jdbc.sql("select token_hash from sign_in_step where account_id = :id")
			.param("id", clinician.id())
			.query(String.class)
			.list()).containsExactly(Tokens.sha256(step));
		assertThat(visitor().withCookie(SignInSteps.COOKIE, step).get("/login/code").status())
			.as("any app node, any browser holding the cookie")
			.isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(11));

		assertThat(visitor.get("/login/code").location()).isEqualTo("/login");
		assertThat(visitor.submit(visitor.get("/login"), "/login/code", Map.of("code", code(clinician))).location())
			.isEqualTo("/login");
		assertThat(signInsOf(clinician)).isZero();
	}

	@Test
	void passwordReset_withTwoStepOn_stillAsksForTheCode() throws Exception {
		Person clinician = clinician();
		Visitor asker = visitor();
		asker.submit(asker.get("/password-reset"), "/password-reset", Map.of("email", clinician.email()));
		Visitor visitor = visitor();
		String link = linkIn(TestMail.text(new TestMail(this.mail).to(clinician.email())));
		Page form = visitor.get(link);

		Page reset = visitor.submit(form, link,
				Map.of("password", "a new calm password", "passwordConfirmation", "a new calm password"));

		assertThat(reset.location()).isEqualTo("/login/code");
		assertThat(signInsOf(clinician)).isZero();
		assertThat(visitor.secondStep(clinician.email(), reset).location()).isEqualTo("/");
		assertThat(signInsOf(clinician)).isOne();
	}

	private Page passwordOnly(Visitor visitor, Person person) {
		return visitor.submit(visitor.get("/login"), "/login", Map.of("email", person.email(), "password", PASSWORD));
	}

	private HttpResponse<String> apiSignIn(Person person, String totp) {
		return signInByApi(person.email(), PASSWORD, newAddress(), totp);
	}

	/**
	 * Sets two-step sign-in up at the first sign-in, keeping the recovery codes shown.
	 */
	private List<String> setUpByHand(Person person) {
		Visitor visitor = visitor();
		passwordOnly(visitor, person);
		Page setUp = visitor.get("/login/two-step");
		TestAuthenticator.add(this.port, person.email(), TestAuthenticator.keyIn(setUp.body()));
		Page codes = visitor.submit(setUp, "/login/two-step", Map.of("code", code(person)));
		visitor.submit(codes, "/login/two-step/done", Map.of());
		visitor.signOut();
		return recoveryCodesIn(codes);
	}

	private static List<String> recoveryCodesIn(Page page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY_CODE.matcher(page.body());
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	/** A code of the key for a moment long past: wrong now. */
	private String codeFarFromNow(String key) {
		return TestAuthenticator.codeAt(key, this.clock.instant().minus(Duration.ofHours(1)));
	}

	private int signInsOf(Person person) {
		return this.jdbc.sql("select count(*) from sign_in_token where account_id = :id")
			.param("id", person.id())
			.query(Integer.class)
			.single();
	}

}
