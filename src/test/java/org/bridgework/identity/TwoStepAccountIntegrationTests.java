package org.bridgework.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-step sign-in from the account pages: a client turns it on and off again (with a
 * code), anyone with it makes new recovery codes, admins and clinicians keep it on, and
 * an admin resets it for a clinician who lost their phone, who then sets it up again at
 * their next sign-in.
 */
class TwoStepAccountIntegrationTests extends SignInIntegrationTestBase {

	@Test
	void aClient_turnsTwoStepOn_signsInWithACode_andTurnsItOffWithACode() {
		Person client = client();
		Visitor visitor = signedIn(client);
		assertThat(visitor.get("/account/devices").text()).contains("href=\"/account/two-step\"");
		Page status = visitor.get("/account/two-step");
		assertThat(status.text()).contains("Two-step sign-in is off", "Turn on two-step sign-in");

		Page setUp = visitor.get("/account/two-step/set-up");
		assertThat(setUp.text()).contains("Then even someone who learns your password can't get in");
		TestAuthenticator.add(this.port, client.email(), TestAuthenticator.keyIn(setUp.body()));
		Page codes = visitor.submit(setUp, "/account/two-step/set-up", Map.of("code", code(client)));
		assertThat(codes.text()).contains("Two-step sign-in is on.", "Your recovery codes", "I've saved them");
		assertThat(visitor.get("/account/two-step/set-up").location()).as("the key is never shown again")
			.isEqualTo("/account/two-step");

		Visitor phone = visitor();
		Page password = phone.submit(phone.get("/login"), "/login",
				Map.of("email", client.email(), "password", PASSWORD));
		assertThat(password.location()).isEqualTo("/login/code");
		assertThat(phone.secondStep(client.email(), password).location()).isEqualTo("/");

		Page refused = visitor.submit(visitor.get("/account/two-step"), "/account/two-step/off", Map.of("code", "123"));
		assertThat(refused.text()).contains("That code didn't work")
			.containsPattern("id=\"off-code\"[^>]*aria-invalid");
		Page off = visitor.submit(refused, "/account/two-step/off", Map.of("code", code(client)));
		assertThat(off.location()).isEqualTo("/account/two-step?turnedOff");
		assertThat(visitor.follow(off).text()).contains("Two-step sign-in is off. You can turn it on again",
				"Turned off: just now", "Turned on: just now");
		Visitor later = visitor();
		assertThat(later.submit(later.get("/login"), "/login", Map.of("email", client.email(), "password", PASSWORD))
			.location()).as("the password alone again").isEqualTo("/");
	}

	@Test
	void newRecoveryCodes_needACode_andReplaceTheOldOnes() {
		Person clinician = clinician();
		Visitor visitor = signedIn(clinician);
		Page status = visitor.get("/account/two-step");
		assertThat(status.text()).contains("Two-step sign-in is on", "You have 10 of 10 recovery codes left")
			.doesNotContain("Turn off two-step sign-in");

		Page refused = visitor.submit(status, "/account/two-step/recovery-codes", Map.of("code", "not a code"));
		assertThat(refused.text()).contains("That code didn't work");
		Page renewed = visitor.submit(refused, "/account/two-step/recovery-codes", Map.of("code", code(clinician)));

		assertThat(renewed.text()).contains("Here are your new recovery codes. The old ones no longer work.");
		assertThat(visitor.get("/account/two-step").text()).contains("New recovery codes made: just now");
		assertThat(visitor.submit(status, "/account/two-step/off", Map.of("code", code(clinician))).status())
			.as("clinicians keep it on")
			.isEqualTo(403);
	}

	@Test
	void anAdmin_resetsAClinicianWhoLostTheirPhone_whoSetsItUpAgainAtTheirNextSignIn() {
		Person admin = admin();
		Person clinician = clinician();
		Visitor clinicianBrowser = signedIn(clinician);
		String clinicianToken = apiToken(clinician);
		Visitor adminBrowser = signedIn(admin);
		Page staff = adminBrowser.get("/admin/clinicians");
		assertThat(staff.text()).contains("href=\"/admin/two-step\"");
		Page list = adminBrowser.get("/admin/two-step");
		assertThat(list.text()).contains("Two-step sign-in for your team", "Sam CLINICIAN", clinician.email(),
				"Reset two-step sign-in for Sam CLINICIAN");

		Page confirm = adminBrowser.get("/admin/two-step/" + clinician.id() + "/reset");
		assertThat(confirm.text()).contains("Reset two-step sign-in for Sam CLINICIAN?",
				"will be signed out on every device", "sure it's Sam CLINICIAN asking");
		Page done = adminBrowser.submit(confirm, "/admin/two-step/" + clinician.id() + "/reset", Map.of());

		assertThat(done.location()).isEqualTo("/admin/two-step?reset");
		assertThat(adminBrowser.follow(done).text()).contains("Done. They've been signed out everywhere");
		assertThat(clinicianBrowser.get("/clients").location()).isEqualTo("/login");
		assertThat(api("GET", "/api/v1/clients", clinicianToken, null, newAddress()).statusCode()).isEqualTo(401);
		Visitor next = visitor();
		Page password = next.submit(next.get("/login"), "/login",
				Map.of("email", clinician.email(), "password", PASSWORD));
		assertThat(password.location()).isEqualTo("/login/two-step");
		assertThat(next.secondStep(clinician.email(), password).location()).isEqualTo("/");
		assertThat(next.get("/account/two-step").text()).contains("Reset by Ada ADMIN", "Turned on: just now");
		assertThat(this.jdbc.sql("select by_account_id from two_step_event where account_id = :id and kind = 'RESET'")
			.param("id", clinician.id())
			.query(UUID.class)
			.single()).isEqualTo(admin.id());
	}

	@Test
	void onlyAdminsReset_andOnlyForAdminsAndClinicians() {
		Person admin = admin();
		Person clinician = clinician();
		Person client = client();
		Visitor asClinician = signedIn(clinician);
		Visitor asAdmin = signedIn(admin);

		Page byClinician = asClinician.submit(asClinician.get("/account/devices"),
				"/admin/two-step/" + admin.id() + "/reset", Map.of());
		Page forClient = asAdmin.submit(asAdmin.get("/admin/two-step"), "/admin/two-step/" + client.id() + "/reset",
				Map.of());

		assertThat(byClinician.status()).isEqualTo(403);
		assertThat(asClinician.get("/admin/two-step").status()).isEqualTo(403);
		assertThat(forClient.status()).isEqualTo(404);
		assertThat(asAdmin.get("/admin/two-step").text()).doesNotContain(client.email());
		assertThat(this.jdbc.sql("select count(*) from two_step_event where kind = 'RESET' and account_id in (:ids)")
			.param("ids", java.util.List.of(admin.id(), client.id()))
			.query(Integer.class)
			.single()).isZero();
	}

	private Person admin() {
		String email = unique("admin");
		IssuedInvitation invitation = this.accounts.invite(null, email, "Ada ADMIN",
				EnumSet.of(Role.ADMIN, Role.CLINICIAN));
		return new Person(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null), email);
	}

}
