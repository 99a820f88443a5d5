package org.bridgework.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.shared.ConflictException;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity pages through real HTTP, as a browser meets them: first run, sign-in,
 * invitations, the admin's clinician page, and the error pages. The class has a Spring
 * context, and so a database, of its own: the first-run tests (ordered first) need a
 * database without accounts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "bridgework.test.own-database=identity-pages")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityPagesIntegrationTests {

	private static final String ADMIN_EMAIL = "ada.admin@example.org";

	private static final String ADMIN_PASSWORD = "tea before the first session";

	private static final String PASSWORD = "a walk around the block";

	/** Wrong passwords for one account before it waits (the shipped default). */
	private static final int ACCOUNT_FAILURES = 5;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	AccountUserDetailsService users;

	@Test
	@Order(1)
	void setup_refusesAFormPostedWithoutCsrfToken() {
		boolean accountsBefore = this.accounts.isSetUp();

		Page refused = visitor().post("/setup", setupForm("Mallory", "mallory@example.org", PASSWORD, PASSWORD));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).contains("That didn't go through").doesNotContain("Exception");
		assertThat(this.accounts.isSetUp()).isEqualTo(accountsBefore);
		assertThat(this.accountRepository.emailTaken("mallory@example.org")).isFalse();
	}

	@Test
	@Order(2)
	void firstRun_leadsToSetup_whichCreatesTheFirstAccountAndThenCloses() {
		assertThat(this.accounts.isSetUp()).as("this class runs on a database of its own").isFalse();
		Visitor visitor = visitor();

		Page home = visitor.get("/");
		assertThat(home.location()).isEqualTo("/login");
		Page signIn = visitor.follow(home);
		assertThat(signIn.location()).isEqualTo("/setup");
		Page setup = visitor.follow(signIn);
		assertThat(setup.status()).isEqualTo(200);
		assertThat(setup.text()).contains("Welcome to Bridgework", "<label for=\"displayName\">Your name</label>",
				"<label for=\"passwordConfirmation\">Password again</label>");

		Page mismatch = visitor.submit(setup, "/setup",
				setupForm("Ada Admin", ADMIN_EMAIL, ADMIN_PASSWORD, "tea after the first session"));
		assertThat(mismatch.text()).contains("The two passwords are different")
			.contains("value=\"Ada Admin\"", "value=\"" + ADMIN_EMAIL + "\"")
			.doesNotContain(ADMIN_PASSWORD)
			.containsPattern("id=\"passwordConfirmation\"[^>]*aria-invalid=\"true\"")
			.containsPattern("id=\"passwordConfirmation\"[^>]*aria-describedby=\"passwordConfirmation-error\"");
		Page shortAndDifferent = visitor.submit(mismatch, "/setup",
				setupForm("Ada Admin", ADMIN_EMAIL, "short", "shorter"));
		assertThat(shortAndDifferent.text()).contains("at least 12 characters", "The two passwords are different");
		Page tooShort = visitor.submit(mismatch, "/setup", setupForm("Ada Admin", "not an email", "short", "short"));
		assertThat(tooShort.text()).contains("at least 12 characters", "look like an email address")
			.containsPattern("id=\"password\"[^>]*aria-describedby=\"password-hint password-error\"");
		assertThat(this.accounts.isSetUp()).isFalse();

		Page done = visitor.submit(tooShort, "/setup",
				setupForm("Ada Admin", ADMIN_EMAIL, ADMIN_PASSWORD, ADMIN_PASSWORD));
		assertThat(done.location()).isEqualTo("/login?setupDone");
		assertThat(visitor.follow(done).text()).contains("Your account is ready");
		assertThat(this.accounts.isSetUp()).isTrue();

		assertThat(visitor.get("/setup").location()).isEqualTo("/login");
		Page again = visitor.submit(setup, "/setup", setupForm("Eve", "eve@example.org", PASSWORD, PASSWORD));
		assertThat(again.location()).isEqualTo("/login");
		assertThat(this.accountRepository.emailTaken("eve@example.org")).isFalse();
	}

	@Test
	void signIn_withTheRightPassword_opensTheAccountsStartPage() {
		admin();
		Visitor visitor = visitor();

		Page signedIn = visitor.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

		assertThat(signedIn.location()).isEqualTo("/");
		assertThat(visitor.follow(signedIn).location()).as("the first account is a clinician too")
			.isEqualTo("/clients");
		Page clinicians = visitor.get("/admin/clinicians");
		assertThat(clinicians.status()).isEqualTo(200);
		assertThat(clinicians.text()).contains("Invite a clinician", "Sign out");
		assertThat(visitor.get("/login").location()).isEqualTo("/");
	}

	@Test
	void signIn_withAWrongPassword_saysTheyDoNotMatchAndStaysSignedOut() {
		admin();
		Visitor visitor = visitor();

		Page refused = visitor.signIn(ADMIN_EMAIL, "not the password at all");

		assertThat(refused.location()).isEqualTo("/login?error");
		Page signInAgain = visitor.follow(refused);
		assertThat(signInAgain.text()).contains("That email and password don't match")
			.containsPattern("id=\"password\"[^>]*aria-invalid=\"true\"")
			.doesNotContain("Sign out");
		assertThat(visitor.get("/admin/clinicians").location()).isEqualTo("/login");
	}

	@Test
	void signIn_afterTooManyWrongPasswords_asksToWaitFifteenMinutes() {
		admin();
		Visitor visitor = visitor();
		String email = unique("guesser");
		for (int attempt = 0; attempt < ACCOUNT_FAILURES; attempt++) {
			assertThat(visitor.signIn(email, "guess number " + attempt).location()).isEqualTo("/login?error");
		}

		Page throttled = visitor.signIn(email, "one more guess");

		assertThat(throttled.location()).isEqualTo("/login?throttled");
		assertThat(visitor.follow(throttled).text()).contains("too many sign-in attempts", "wait 15 minutes");
	}

	@Test
	void signOut_endsTheSignInAndSaysSo() {
		admin();
		Visitor visitor = visitor();
		visitor.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		Page clinicians = visitor.get("/admin/clinicians");

		Page signedOut = visitor.submit(clinicians, "/logout", Map.of());

		assertThat(signedOut.location()).isEqualTo("/login?signedOut");
		assertThat(visitor.follow(signedOut).text()).contains("You have signed out");
		assertThat(visitor.get("/admin/clinicians").location()).isEqualTo("/login");
	}

	@Test
	void invitation_greetsTheClinicianAndLetsThemChooseAPasswordAndSignIn() {
		String email = unique("clara");
		IssuedInvitation invitation = this.accounts.inviteClinician(admin(), email, "Clara Clinician");
		Visitor visitor = visitor();

		Page page = visitor.get("/invite/" + invitation.token());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Hello, Clara Clinician.", "Bridgework is a calm, private place")
			.doesNotContain("name=\"email\"");

		Page mismatch = visitor.submit(page, "/invite/" + invitation.token(),
				acceptForm(null, PASSWORD, "a walk around the park"));
		assertThat(mismatch.text()).contains("Hello, Clara Clinician.", "The two passwords are different");
		assertThat(visitor.signIn(email, PASSWORD).location()).as("a refused form sets no password")
			.isEqualTo("/login?error");

		Page accepted = visitor.submit(page, "/invite/" + invitation.token(), acceptForm(null, PASSWORD, PASSWORD));
		assertThat(accepted.location()).isEqualTo("/login?welcome");
		assertThat(visitor.follow(accepted).text()).contains("Your password is set");

		Page signedIn = visitor.signIn(email, PASSWORD);
		assertThat(signedIn.location()).isEqualTo("/");
		assertThat(visitor.follow(signedIn).location()).isEqualTo("/clients");
	}

	@Test
	void invitation_withoutAnEmail_asksForOneAndTheClientStartsAtToday() {
		IssuedInvitation invitation = this.accounts.invite(admin(), null, "Cleo Client", Set.of(Role.CLIENT));
		String email = unique("cleo");
		Visitor visitor = visitor();
		String path = "/invite/" + invitation.token();

		Page page = visitor.get(path);
		assertThat(page.text()).contains("Hello, Cleo Client.", "<label for=\"email\">Your email</label>");

		Page missingEmail = visitor.submit(page, path, acceptForm("", PASSWORD, PASSWORD));
		assertThat(missingEmail.text()).contains("Please fill this in")
			.containsPattern("id=\"email-error\"[^>]*>Please fill this in")
			.containsPattern("id=\"email\"[^>]*aria-invalid=\"true\"");

		Page accepted = visitor.submit(missingEmail, path, acceptForm(email, PASSWORD, PASSWORD));
		assertThat(accepted.location()).isEqualTo("/login?welcome");
		Page signedIn = visitor.signIn(email, PASSWORD);
		assertThat(visitor.follow(signedIn).location()).isEqualTo("/today");
	}

	@Test
	void usedInvitation_saysTheLinkNoLongerWorks_withoutShowingWhoItWasFor() {
		String email = unique("used");
		IssuedInvitation invitation = this.accounts.inviteClinician(admin(), email, "Ulla Used");
		this.accounts.acceptInvitation(invitation.token(), PASSWORD, null);
		Visitor visitor = visitor();
		String path = "/invite/" + invitation.token();

		Page page = visitor.get(path);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.text()).contains("This link no longer works", "ask your clinician")
			.doesNotContain("Ulla", email, "name=\"password\"");

		Page login = visitor.get("/login");
		Page secondTry = visitor.submit(login, path,
				acceptForm(null, "someone else's password", "someone else's password"));
		assertThat(secondTry.status()).isEqualTo(410);
		assertThat(secondTry.text()).contains("This link no longer works").doesNotContain("Ulla");
		assertThat(visitor.signIn(email, PASSWORD).location()).as("the password stays as it was").isEqualTo("/");
	}

	@Test
	void unknownInvitation_saysTheLinkNoLongerWorks() {
		Page page = visitor().get("/invite/" + UUID.randomUUID());

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("This link no longer works", "ask your clinician")
			.doesNotContain("name=\"password\"");
	}

	@Test
	void admin_invitesAClinicianAndGetsTheLinkToHandOver() {
		admin();
		Visitor visitor = visitor();
		visitor.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		Page form = visitor.get("/admin/clinicians");

		Page refused = visitor.submit(form, "/admin/clinicians", Map.of("displayName", "", "email", ""));
		assertThat(refused.text()).contains("Some answers need another look")
			.containsPattern("id=\"displayName-error\"[^>]*>Please fill this in")
			.containsPattern("id=\"email-error\"[^>]*>Please fill this in")
			.doesNotContain("/invite/");

		String email = unique("dana");
		Page invited = visitor.submit(refused, "/admin/clinicians",
				Map.of("displayName", "Dana Doctor", "email", email));
		assertThat(invited.status()).isEqualTo(200);
		assertThat(invited.text())
			.contains("The invitation for Dana Doctor is ready", "This link works once and expires in 7 days")
			.containsPattern("<input type=\"text\" id=\"invite-link\"[^>]*readonly");
		Matcher link = Pattern.compile("value=\"http://[^/\"]+(/invite/[^\"]+)\"").matcher(invited.body());
		assertThat(link.find()).as("the invitation link is on the page").isTrue();

		assertThat(visitor().get(link.group(1)).text()).contains("Hello, Dana Doctor.");
	}

	@Test
	void withoutAMailServer_resetSaysEmailIsNotSetUp_andAnAdminStillGetsANewLinkToCopy() {
		admin();
		Visitor visitor = visitor();
		Page reset = visitor.get("/password-reset");
		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.text()).contains("Email isn't set up on this Bridgework", "ask your clinician")
			.doesNotContain("name=\"email\"");
		IssuedInvitation first = this.accounts.inviteClinician(admin(), unique("wes"), "Wes Waiting");
		visitor.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
		Page page = visitor.get("/admin/clinicians");
		assertThat(page.text()).contains("Waiting to sign up", "New link for Wes Waiting");

		Page resent = visitor.submit(page, "/admin/clinicians/" + first.accountId() + "/invitation", Map.of());

		assertThat(resent.text())
			.contains("Here is a new invitation link for Wes Waiting",
					"Email isn't set up on this Bridgework, so the link wasn't emailed")
			.containsPattern("id=\"invite-link\"[^>]*value=\"http://[^\"]+/invite/");
		String oldPath = first.inviteUrl().substring(first.inviteUrl().indexOf("/invite/"));
		assertThat(visitor().get(oldPath).status()).isEqualTo(410);
	}

	@Test
	void clinicianWhoIsNotAnAdmin_canNeitherSeeNorUseTheCliniciansPage() {
		String clinician = clinician("Colin Clinician");
		Visitor visitor = visitor();
		visitor.signIn(clinician, PASSWORD);

		Page page = visitor.get("/admin/clinicians");
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.text()).contains("This page isn't open to your account")
			.doesNotContain("Invite a clinician", "name=\"displayName\"");

		String email = unique("sneaky");
		Page post = visitor.submit(page, "/admin/clinicians", Map.of("displayName", "Sneaky", "email", email));
		assertThat(post.status()).isEqualTo(403);
		assertThat(post.text()).doesNotContain("/invite/");
		assertThat(this.accountRepository.emailTaken(email)).isFalse();
	}

	@Test
	void unknownPage_forASignedInPerson_isAFriendlyNotFoundWithoutDetails() {
		admin();
		Visitor visitor = visitor();
		visitor.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

		Page page = visitor.get("/no-such-page");

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.text()).contains("We couldn't find that", "Go to your start page")
			.doesNotContain("Whitelabel", "Exception", "/no-such-page");
	}

	@Test
	void api_errorsStayProblemDetails_notPages() {
		Page answer = visitor().postJson("/api/v1/invitations/" + UUID.randomUUID(), "{\"password\":\"whatever\"}");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).doesNotContain("<html");
	}

	private Visitor visitor() {
		return new Visitor(this.port);
	}

	/**
	 * The first account, made here when this test runs before the first-run test could.
	 */
	private CurrentUser admin() {
		if (!this.accounts.isSetUp()) {
			try {
				this.accounts.createFirstAccount(ADMIN_EMAIL, "Ada Admin", ADMIN_PASSWORD);
			}
			catch (ConflictException ex) {
				// made by another test a moment ago
			}
		}
		return ((AccountPrincipal) this.users.loadUserByUsername(ADMIN_EMAIL)).user();
	}

	/**
	 * A clinician who accepted their invitation, by email; their password is
	 * {@link #PASSWORD}.
	 */
	private String clinician(String displayName) {
		String email = unique("clinician");
		IssuedInvitation invitation = this.accounts.inviteClinician(admin(), email, displayName);
		this.accounts.acceptInvitation(invitation.token(), PASSWORD, null);
		return email;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID() + "@example.org";
	}

	private static Map<String, String> setupForm(String displayName, String email, String password,
			String confirmation) {
		return Map.of("displayName", displayName, "email", email, "password", password, "passwordConfirmation",
				confirmation);
	}

	private static Map<String, String> acceptForm(String email, String password, String confirmation) {
		Map<String, String> form = new LinkedHashMap<>();
		if (email != null) {
			form.put("email", email);
		}
		form.put("password", password);
		form.put("passwordConfirmation", confirmation);
		return form;
	}

}
