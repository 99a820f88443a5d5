package org.bridgework.identity;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.testing.TestMail;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Re-sending an invitation by email: a clinician for their client, an admin for a
 * clinician. The new link goes to the person's email (with nothing clinical in it), is
 * shown on the page too, and the old link stops working.
 */
class InvitationEmailIntegrationTests extends SignInIntegrationTestBase {

	@Autowired
	Clients clients;

	@Test
	void clinician_resendsAClientsInvitation_byEmail_andTheOldLinkStops() {
		Person clinician = clinician();
		String email = unique("robin");
		NewClient client = this.clients.add(user(clinician), "Robin Quill", email, "Europe/London");
		Visitor visitor = signedIn(clinician);
		Page clientPage = visitor.get("/clients/" + client.id());

		Page resent = visitor.submit(clientPage, "/clients/" + client.id() + "/invitation", Map.of());

		assertThat(resent.status()).isEqualTo(200);
		assertThat(resent.text()).contains("We've emailed this link to them too");
		MimeMessage sent = new TestMail(this.mail).to(email);
		String link = linkIn(TestMail.text(sent));
		assertThat(resent.text()).contains(SIGNIN_BASE + link);
		assertNothingClinicalIn(sent, "robin", "quill", "sam clinician");
		assertThat(visitor().get(path(client.inviteUrl())).status()).as("the old link").isEqualTo(410);
		assertThat(visitor().get(link).text()).contains("Hello, Robin Quill.");
	}

	@Test
	void clinician_resendingForAClientWithoutEmail_isToldToHandItOver() {
		Person clinician = clinician();
		NewClient client = this.clients.add(user(clinician), "Noor", null, "Europe/London");
		Visitor visitor = signedIn(clinician);

		Page resent = visitor.submit(visitor.get("/clients/" + client.id()), "/clients/" + client.id() + "/invitation",
				Map.of());

		assertThat(resent.text()).contains("There's no email on their account", "/invite/");
	}

	@Test
	void admin_resendsAClinciansInvitation_byEmail() {
		Person admin = person(EnumSet.of(Role.ADMIN, Role.CLINICIAN));
		String email = unique("dana");
		IssuedInvitation first = this.accounts.inviteClinician(user(admin), email, "Dana Doctor");
		Visitor visitor = signedIn(admin);
		Page page = visitor.get("/admin/clinicians");
		assertThat(page.text()).contains("Waiting to sign up", "New link for Dana Doctor");

		Page resent = visitor.submit(page, "/admin/clinicians/" + first.accountId() + "/invitation", Map.of());

		assertThat(resent.text()).contains("Here is a new invitation link for Dana Doctor",
				"We've emailed this link to them too");
		String link = linkIn(TestMail.text(new TestMail(this.mail).to(email)));
		assertThat(visitor().get(path(first.inviteUrl())).status()).isEqualTo(410);
		assertThat(visitor().get(link).text()).contains("Hello, Dana Doctor.");
	}

	@Test
	void admin_cannotResendAClientsInvitation_norCanAClinicianResendAClinicians() {
		Person admin = person(EnumSet.of(Role.ADMIN));
		Person clinician = clinician();
		NewClient client = this.clients.add(user(clinician), "Kit", unique("kit"), "Europe/London");
		IssuedInvitation waiting = this.accounts.inviteClinician(user(admin), unique("wren"), "Wren");
		UUID clientAccount = this.jdbc.sql("select account_id from client where id = :id")
			.param("id", client.id())
			.query(UUID.class)
			.single();
		Visitor asAdmin = signedIn(admin);
		Visitor asClinician = signedIn(clinician);

		Page forClient = asAdmin.submit(asAdmin.get("/admin/clinicians"),
				"/admin/clinicians/" + clientAccount + "/invitation", Map.of());
		Page byClinician = asClinician.submit(asClinician.get("/account/devices"),
				"/admin/clinicians/" + waiting.accountId() + "/invitation", Map.of());

		assertThat(forClient.status()).isEqualTo(404);
		assertThat(forClient.text()).doesNotContain("/invite/", "Kit");
		assertThat(byClinician.status()).isEqualTo(403);
		assertThat(visitor().get(path(client.inviteUrl())).status()).as("the client's link still works").isEqualTo(200);
		assertThat(visitor().get(path(waiting.inviteUrl())).status()).isEqualTo(200);
	}

	@Test
	void api_resendsByEmail_andSaysSo() {
		Person admin = person(EnumSet.of(Role.ADMIN, Role.CLINICIAN));
		setUpTwoStep(admin);
		String adminToken = apiToken(admin);
		String clinicianEmail = unique("ash");
		IssuedInvitation clinician = this.accounts.inviteClinician(user(admin), clinicianEmail, "Ash");
		String clientEmail = unique("rowan");
		NewClient client = this.clients.add(user(admin), "Rowan", clientEmail, "Europe/London");

		HttpResponse<String> forClinician = api("POST", "/api/v1/clinicians/" + clinician.accountId() + "/invitation",
				adminToken, null, newAddress());
		HttpResponse<String> forClient = api("POST", "/api/v1/clients/" + client.id() + "/invitation", adminToken, null,
				newAddress());

		assertThat(forClinician.statusCode()).as(forClinician.body()).isEqualTo(201);
		assertThat(json(forClinician).get("emailed").booleanValue()).isTrue();
		assertThat(forClient.statusCode()).as(forClient.body()).isEqualTo(201);
		assertThat(json(forClient).get("emailed").booleanValue()).isTrue();
		assertThat(linkIn(TestMail.text(new TestMail(this.mail).to(clinicianEmail))))
			.isEqualTo(path(json(forClinician).get("inviteUrl").stringValue()));
		assertThat(linkIn(TestMail.text(new TestMail(this.mail).to(clientEmail))))
			.isEqualTo(path(json(forClient).get("inviteUrl").stringValue()));
	}

	private static final String SIGNIN_BASE = org.bridgework.testing.SignInTestContext.BASE_URL;

	private static String path(String url) {
		return url.substring(SIGNIN_BASE.length());
	}

	private Person person(EnumSet<Role> roles) {
		String email = unique("admin");
		IssuedInvitation invitation = this.accounts.invite(null, email, "Ada Admin", roles);
		return new Person(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null), email);
	}

	private CurrentUser user(Person person) {
		return this.accounts.findUser(person.id()).orElseThrow();
	}

	private static void assertNothingClinicalIn(MimeMessage email, String... names) {
		String text;
		try {
			text = (email.getSubject() + "\n" + TestMail.text(email)).toLowerCase(Locale.ROOT);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(text).doesNotContain(names).doesNotContain("therap", "homework", "clinician", "client");
	}

}
