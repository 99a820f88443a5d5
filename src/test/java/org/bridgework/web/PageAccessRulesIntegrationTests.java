package org.bridgework.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.goals.Goal;
import org.bridgework.goals.GoalChange;
import org.bridgework.goals.Goals;
import org.bridgework.homework.AssignmentPlan;
import org.bridgework.homework.Assignments;
import org.bridgework.homework.Attachments;
import org.bridgework.homework.Barrier;
import org.bridgework.homework.EntryRequest;
import org.bridgework.homework.GuidedAudio;
import org.bridgework.homework.Plans;
import org.bridgework.homework.Practice;
import org.bridgework.homework.PracticeIdeaRequest;
import org.bridgework.homework.PracticeIdeas;
import org.bridgework.homework.SkipReason;
import org.bridgework.homework.SkipRequest;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.ladders.LadderRequest;
import org.bridgework.ladders.Ladders;
import org.bridgework.ladders.StepBack;
import org.bridgework.library.TemplateLibrary;
import org.bridgework.measures.Measures;
import org.bridgework.relapse.BoosterRequest;
import org.bridgework.relapse.Boosters;
import org.bridgework.relapse.PlanRequest;
import org.bridgework.relapse.StayingWellPlans;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.FieldCipher;
import org.bridgework.shared.Messages;
import org.bridgework.shared.Tokens;
import org.bridgework.testing.RecordedActions;
import org.bridgework.testing.SampleFiles;
import org.bridgework.testing.TestAlerts;
import org.bridgework.testing.TestPushSubscriptions;
import org.bridgework.testing.TestPushSubscriptions.StoredDevice;
import org.bridgework.testing.TestPushSubscriptions.Subscription;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.DOWNLOAD;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.FILE;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.FORBIDDEN;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.GONE;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.HIDDEN;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.SETUP_CLOSED;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.SHOWN;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.TO_SIGN_IN;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.redirectStartingWith;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Outcome.redirectTo;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Person.ADMIN;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Person.ANONYMOUS;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Person.OTHER_CLIENT;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Person.OWN_CLIENT;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Person.OWN_CLINICIAN;
import static org.bridgework.web.PageAccessRulesIntegrationTests.Person.STRANGER_CLINICIAN;

/**
 * Who sees what on the web pages, route by route, through real HTTP as a browser without
 * rendering meets them: each person signs in through the sign-in form and keeps the
 * session cookie. One client (the "victim") has a clinician, homework, entries (one
 * private) and a skip, all carrying SECRET markers. Every person calls every page route
 * about that client: those without the right are refused, learn nothing of the client and
 * store nothing; those with it get through, so each refusal is about who asks.
 *
 * <p>
 * A new page route goes into {@link #ROUTES}; {@link #everyPageRouteIsInTheTable} fails
 * until it does. The page counterpart of the API's {@code AccessRulesIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		// The API tests' properties, so the two share one Spring context and database.
		properties = { "bridgework.admin.email=" + PageAccessRulesIntegrationTests.ADMIN_EMAIL,
				"bridgework.admin.password=" + PageAccessRulesIntegrationTests.ADMIN_PASSWORD })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAccessRulesIntegrationTests {

	static final String ADMIN_EMAIL = "admin@bridgework.test";

	static final String ADMIN_PASSWORD = "first admin password 2026";

	static final String PASSWORD = "a walk around the block";

	static final String LONDON = "Europe/London";

	static final Set<Person> EVERYONE = EnumSet.allOf(Person.class);

	static final Set<Person> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

	static final Set<Person> CLINICIANS = EnumSet.of(OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN);

	static final Set<Person> CLIENTS = EnumSet.of(OWN_CLIENT, OTHER_CLIENT);

	/**
	 * Every page route. Path variables: {clientId} the victim, {assignmentId} the
	 * victim's assignment, {token} the victim's invitation, already used. The first admin
	 * is a clinician too, with nobody of this test on their caseload.
	 */
	static final List<PageRoute> ROUTES = List.of(
			// Start and sign-in: open to all, about nobody's data.
			PageRoute.get("/")
				.signedIn()
				.expect(redirectTo("/clients"), CLINICIANS)
				.expect(redirectTo("/today"), CLIENTS),
			PageRoute.get("/login").expect(SHOWN, ANONYMOUS).expect(redirectTo("/"), SIGNED_IN), PageRoute.post(
					"/login", (w) -> form("email", w.victimEmail(), "password", PASSWORD))
				.bySpringSecurity()
				.expect(redirectTo("/"), EVERYONE),
			PageRoute.post("/logout", (w) -> form())
				.bySpringSecurity()
				.expect(redirectTo("/login?signedOut"), EVERYONE),
			// First run is over once an admin exists: nobody may use it (its own test
			// class, IdentityPagesIntegrationTests, proves it works on a fresh install).
			PageRoute.get("/setup").expect(SETUP_CLOSED, EVERYONE), PageRoute
				.post("/setup", (w) -> form(
						"displayName", "Mallory", "email", unique("mallory"), "password", PASSWORD,
						"passwordConfirmation", PASSWORD))
				.expect(SETUP_CLOSED, EVERYONE),
			// The victim's link is used: it shows nothing and takes no new password. A
			// fresh link works, so the refusal is about the link.
			PageRoute.get("/invite/{token}").expect(GONE, EVERYONE).validElsewhere(SHOWN), PageRoute
				.post("/invite/{token}", (w) -> form(
						"password", "a password for taking over", "passwordConfirmation", "a password for taking over"))
				.expect(GONE, EVERYONE)
				.validElsewhere(redirectTo("/login?welcome")),
			// Forgot password: open to all. No mail server here, so the page says so and
			// sends nothing; an unknown reset link shows nothing and takes nothing.
			PageRoute.get("/password-reset").expect(SHOWN, EVERYONE), PageRoute.post("/password-reset", (w) -> form(
					"email", w.victimEmail()))
				.expect(SHOWN, EVERYONE),
			PageRoute.get("/password-reset/{token}").expect(GONE, EVERYONE),
			PageRoute.post("/password-reset/{token}", (
					w) -> form(
							"password", "a password for taking over", "passwordConfirmation",
							"a password for taking over"))
				.expect(GONE, EVERYONE),
			// Each person's own account: their sign-ins and their password. {signInId} is
			// a sign-in of the victim's on another device.
			PageRoute.get("/account/devices").signedIn().expect(SHOWN, SIGNED_IN), PageRoute.post(
					"/account/devices/{signInId}/sign-out", (w) -> form())
				.signedIn()
				.expect(redirectTo("/account/devices?signedOut"), OWN_CLIENT)
				.expect(HIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			PageRoute.get("/account/password").signedIn().expect(SHOWN, SIGNED_IN),
			// The current password given is wrong for everyone: the form comes back.
			PageRoute.post("/account/password", (
					w) -> form(
							"currentPassword", "not the password", "newPassword", "a new password for me",
							"passwordConfirmation", "a new password for me"))
				.signedIn()
				.expect(SHOWN, SIGNED_IN),
			// The second step of signing in: without a right password first (a
			// half-finished sign-in on this browser), these go back to the sign-in page
			// and take nothing.
			PageRoute.get("/login/code").expect(TO_SIGN_IN, EVERYONE),
			PageRoute.post("/login/code", (w) -> form("code", "123456")).expect(TO_SIGN_IN, EVERYONE),
			PageRoute.get("/login/two-step").expect(TO_SIGN_IN, EVERYONE),
			PageRoute.post("/login/two-step", (w) -> form("code", "123456")).expect(TO_SIGN_IN, EVERYONE),
			PageRoute.post("/login/two-step/done", (w) -> form()).expect(TO_SIGN_IN, EVERYONE),
			// Each person's own two-step sign-in. Admins and clinicians have it on (set
			// up at their first sign-in) and may not turn it off; the clients have it
			// off. The codes sent are wrong, so nothing changes.
			PageRoute.get("/account/two-step").signedIn().expect(SHOWN, SIGNED_IN),
			PageRoute.get("/account/two-step/set-up")
				.signedIn()
				.expect(redirectTo("/account/two-step"), CLINICIANS)
				.expect(SHOWN, CLIENTS),
			PageRoute.post("/account/two-step/set-up", (w) -> form("code", "000000"))
				.signedIn()
				.expect(redirectTo("/account/two-step"), CLINICIANS)
				.expect(SHOWN, CLIENTS),
			PageRoute.post("/account/two-step/recovery-codes", (w) -> form("code", "000000"))
				.signedIn()
				.expect(SHOWN, CLINICIANS)
				.expect(redirectTo("/account/two-step"), CLIENTS),
			PageRoute.post("/account/two-step/off", (w) -> form("code", "000000"))
				.signedIn()
				.expect(FORBIDDEN, CLINICIANS)
				.expect(redirectTo("/account/two-step"), CLIENTS),
			// An admin resets an admin's or clinician's two-step sign-in. {accountId} is
			// the victim's, a client's: not an admin's to reset.
			PageRoute.get("/admin/two-step")
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.get("/admin/two-step/{accountId}/reset")
				.signedIn()
				.expect(HIDDEN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.post("/admin/two-step/{accountId}/reset", (w) -> form())
				.signedIn()
				.expect(HIDDEN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			// Admin
			PageRoute.get("/admin/clinicians")
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.post("/admin/clinicians", (w) -> form("displayName", "Dana Doctor", "email", unique("dana")))
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			// Your settings: every clinician and admin has their own (the time zone their
			// times are shown in); a client's time zone is on their client record, so
			// clients have none.
			PageRoute.get("/account/settings").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/account/settings", (w) -> form("timezone", "Asia/Kolkata"))
				.signedIn()
				.expect(redirectTo("/account/settings?saved"), CLINICIANS)
				.expect(FORBIDDEN, CLIENTS),
			// {accountId} is the victim's: a client, for whom an admin makes no link
			// here.
			PageRoute.post("/admin/clinicians/{accountId}/invitation", (w) -> form())
				.signedIn()
				.expect(HIDDEN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			// Caseload: every clinician has one; only the victim's shows the victim.
			PageRoute.get("/clients").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/new").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/new",
						(w) -> form("displayName", "Someone new", "email", unique("client"), "timezone", LONDON))
				.signedIn()
				.expect(SHOWN, CLINICIANS)
				.expect(FORBIDDEN, CLIENTS),
			// One client, for their clinician only. Other clinicians are told it does not
			// exist, so nobody learns who is in care.
			PageRoute.get("/clients/{clientId}")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/invitation", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "?signedUp"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/{clientId}/assignments/new")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/{clientId}/assignments/new")
				.query("?template=mindful-breathing")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/{clientId}/assignments/barrier-row")
				.query("?index=3")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/assignments/new", PageAccessRulesIntegrationTests::assignmentForm)
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "?assigned"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// The library: every clinician has one. {templateKey} is the victim's
			// clinician's own copy, for them only.
			PageRoute.get("/library").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/library/{templateKey}/copy", (w) -> form("name", "A copy of a copy"))
				.signedIn()
				.expect(redirectStartingWith((w) -> "/library/a-copy-of-a-copy-"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/library/{templateKey}/edit")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/library/{templateKey}/edit",
						(w) -> form("fields[0].name", "breathNotes", "fields[0].label", "What was your breath like?"))
				.signedIn()
				.expect(redirectStartingWith((w) -> "/library/" + w.templateKey() + "/edit?saved="), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/library/new").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/library/new",
						(w) -> form("name", "Something of my own", "kind", "practice", "fields[0].type", "LONG_TEXT",
								"fields[0].label", "What did you notice?", "action", "save"))
				.signedIn()
				.expect(redirectStartingWith((w) -> "/library/something-of-my-own-"), CLINICIANS)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/library/{templateKey}/versions")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/library/{templateKey}/archive")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// Archiving and restoring leave editing and copying as they are, so the order
			// these run in does not matter.
			PageRoute.post("/library/{templateKey}/archive", (w) -> form())
				.signedIn()
				.expect(redirectTo("/library?archived"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/library/{templateKey}/restore", (w) -> form())
				.signedIn()
				.expect(redirectTo("/library?restored"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// The client's own pages: a clinician has no "today" of their own.
			PageRoute.get("/today").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			// The plan, written together: the client suggests, the clinician takes it in
			// or asks to talk, and changes the plan. Each deciding route has a proposal
			// of its own.
			PageRoute.get("/practice/{assignmentId}/plan")
				.signedIn()
				.expect(SHOWN, OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/practice/{assignmentId}/plan", (w) -> form("place", "Somewhere " + UUID.randomUUID()))
				.signedIn()
				.expect(redirectTo((w) -> "/practice/" + w.assignmentId() + "/plan?proposed"), OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/clients/{clientId}/assignments/{assignmentId}/plan")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/{clientId}/assignments/{assignmentId}/plan",
						(w) -> form("place", "Somewhere " + UUID.randomUUID()))
				.signedIn()
				.expect(redirectTo(
						(w) -> "/clients/" + w.clientId() + "/assignments/" + w.assignmentId() + "/plan?changed"),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/proposals/{proposalId}/accept", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/assignments/" + w.assignmentId()
						+ "/plan?proposal=accepted"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/proposals/{proposalId}/discuss", (w) -> form("reply", "Let's talk"))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/assignments/" + w.assignmentId()
						+ "/plan?proposal=discuss"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// The guided recording of the victim's assignment: uploaded and removed by
			// their clinician (a plain form sends no file; removing needs a tick),
			// played by the client and their clinician.
			PageRoute.post("/clients/{clientId}/assignments/{assignmentId}/guided-audio", (w) -> form())
				.signedIn()
				.expect(redirectTo(
						(w) -> "/clients/" + w.clientId() + "?recording=missing#recording-" + w.assignmentId()),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/assignments/{assignmentId}/guided-audio/remove", (w) -> form())
				.signedIn()
				.expect(redirectTo(
						(w) -> "/clients/" + w.clientId() + "?recording=notRemoved#recording-" + w.assignmentId()),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/assignments/{assignmentId}/guided-audio")
				.signedIn()
				.expect(FILE, OWN_CLIENT, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// A voice note in one of the victim's entries: for the client and their
			// clinician.
			PageRoute.get("/attachments/{attachmentId}")
				.signedIn()
				.expect(FILE, OWN_CLIENT, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// The victim's assignment is a ladder; only their clinician writes it, and
			// the
			// client may not change its step themselves.
			PageRoute.get("/assignments/{assignmentId}/ladder")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			PageRoute.post("/assignments/{assignmentId}/ladder", PageAccessRulesIntegrationTests::ladderForm)
				.signedIn()
				.expect(redirectTo((w) -> "/assignments/" + w.assignmentId() + "/ladder?saved"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			PageRoute
				.post("/assignments/{assignmentId}/ladder/step-changes",
						(w) -> form("from", "1", "to", "2", "note", "Agreed in session"))
				.signedIn()
				.expect(redirectTo((w) -> "/assignments/" + w.assignmentId() + "/ladder?stepped"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			PageRoute.get("/practice/{assignmentId}")
				.signedIn()
				.expect(SHOWN, OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/practice/{assignmentId}", PageAccessRulesIntegrationTests::entryForm)
				.signedIn()
				.expect(redirectTo("/today?saved"), OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/practice/{assignmentId}/skip", PageAccessRulesIntegrationTests::skipForm)
				.signedIn()
				.expect(redirectTo((w) -> "/today?skipped=" + w.assignmentId()), OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			// The session rhythm: a client's check-in (another client writes their own),
			// the clinician's session dates, summaries and digest.
			PageRoute.get("/check-in").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/check-in", (w) -> form("text", "Harder than I thought"))
				.signedIn()
				.expect(redirectTo("/today?checkedIn#check-in-saved"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/clients/{clientId}/sessions")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/sessions", (w) -> form("date", w.today().toString()))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/sessions?sessionAdded"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// Without the box ticked nothing is removed, even for their clinician.
			PageRoute.post("/clients/{clientId}/sessions/{sessionId}/remove", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/sessions?sessionKept"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/session-summaries", (w) -> form("learned", "Noticing early helps"))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/sessions?summarySaved"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/{clientId}/digest")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// A practice of the client's own: another client proposes one of theirs.
			PageRoute.get("/practice-ideas").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute
				.post("/practice-ideas",
						(w) -> form("idempotencyKey", UUID.randomUUID().toString(), "title", "A walk of my own"))
				.signedIn()
				.expect(redirectTo("/practice-ideas?sent"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/clients/{clientId}/practice-ideas/{ideaId}/discuss", (w) -> form("reply", "Let's talk"))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "?idea=discuss#practice-ideas"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// Crisis resources: open to everyone, about nobody's data.
			PageRoute.get("/help").expect(SHOWN, EVERYONE),
			// Reminders: each client's own settings, calendar link and "remind me later"
			// (for the victim's SECRET-titled practice); the victim's reminder log for
			// their clinicians and admins; an address that is no calendar's.
			PageRoute.get("/me/reminders").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute
				.post("/me/reminders", (w) -> form("emailEnabled", "true", "quietStart", "22:00", "quietEnd", "07:00"))
				.signedIn()
				.expect(redirectTo("/me/reminders?saved"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute
				.post("/me/reminders/practices/{assignmentId}", (w) -> form("enabled", "true", "reminderTime", "07:30"))
				.signedIn()
				.expect(redirectTo("/me/reminders?saved"), OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/me/reminders/calendar", (w) -> form())
				.signedIn()
				.expect(SHOWN, CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/me/reminders/calendar/off", (w) -> form())
				.signedIn()
				.expect(redirectTo("/me/reminders?calendarOff"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/me/reminders/snooze/{assignmentId}")
				.signedIn()
				.expect(SHOWN, OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			// The victim's practice is done today: the page says there is nothing to
			// remind
			// of (409).
			PageRoute.post("/me/reminders/snooze/{assignmentId}", (w) -> form("choice", "IN_30_MINUTES"))
				.signedIn()
				.expect(Outcome.NOTHING_TO_DO, OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			// Notifications on this phone: each client turns on their own browser (a push
			// subscription made up here); the victim's device, by id, is hidden from
			// another client.
			PageRoute.post("/me/reminders/push", (w) -> pushSubscriptionForm())
				.signedIn()
				.expect(redirectTo("/me/reminders?pushOn#notifications"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute
				.post("/me/reminders/push/off",
						(w) -> form("id", PageAccessRulesIntegrationTests.victimDevice.toString()))
				.signedIn()
				.expect(redirectTo("/me/reminders?pushOff#notifications"), OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			// A clinician's own digest emails, on their settings page (the first admin is
			// a
			// clinician too); clients have none.
			PageRoute
				.post("/account/settings/digest-emails",
						(w) -> form("dailyDigest", "true", "sessionNotes", "true", "sendAt", "07:30"))
				.signedIn()
				.expect(redirectTo("/account/settings?emailsSaved#digest-emails"), CLINICIANS)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/{clientId}/reminders")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN, ADMIN)
				.expect(HIDDEN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			// Covering access (docs/adr/0015): only admins arrange it, and see client
			// names
			// only. {grantId} on the admin's pages is a grant on the stranger's client;
			// the cover given here is the victim's clinician covering the stranger's
			// client, never anyone covering the victim.
			PageRoute.get("/admin/covering-access")
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.post("/admin/covering-access/find", (w) -> form("email", unique("nobody") + "@example.test"))
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.get("/admin/covering-access/new")
				.signedIn()
				.expect(redirectTo("/admin/covering-access"), ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.post("/admin/covering-access/confirm", PageAccessRulesIntegrationTests::coverForm)
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.post("/admin/covering-access", PageAccessRulesIntegrationTests::coverForm)
				.signedIn()
				.expect(redirectTo("/admin/covering-access?granted"), ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.post("/admin/covering-access/{grantId}/end", (w) -> form())
				.signedIn()
				.expect(redirectTo("/admin/covering-access?ended"), ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			// {grantId} here is a grant on the victim, long run out, to another
			// clinician: only the victim's own clinician may end it from the client page
			// (the admin, a clinician too, ends grants on the admin's page).
			PageRoute.post("/clients/{clientId}/covering-access/{grantId}/end", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "?coverEnded#covering-access"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/admin/reminders")
				.signedIn()
				.expect(SHOWN, ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OWN_CLIENT, OTHER_CLIENT),
			PageRoute.get("/calendar/{token}.ics").expect(HIDDEN, EVERYONE),
			// Goals and values: {goalId} is the goal the victim's homework serves. Its
			// clinician keeps its words, sets it aside only with the tick (not sent
			// here), and ties the homework to it again.
			PageRoute.get("/clients/{clientId}/goals")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/goals", (w) ->

			form("words", "Sleep through more nights", "value", "Joy"))
				.signedIn()
				.expect(redirectStartingWith((w) -> "/clients/" + w.clientId() + "/goals?added#goal-"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/clients/{clientId}/goals/{goalId}")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/{clientId}/goals/{goalId}",
						(w) -> form("words", PageAccessRulesIntegrationTests.victimGoalWords, "value", "Growth"))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/goals?saved#goal-"
						+ PageAccessRulesIntegrationTests.victimGoal), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/goals/{goalId}/archive", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/goals/"
						+ PageAccessRulesIntegrationTests.victimGoal + "?notArchived"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/goals/{goalId}/restore", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/goals?restored#goal-"
						+ PageAccessRulesIntegrationTests.victimGoal), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/goals/{goalId}/move-up", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/goals?moved#goal-"
						+ PageAccessRulesIntegrationTests.victimGoal), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/{clientId}/assignments/{assignmentId}/goal",
						(w) -> form("goalId", PageAccessRulesIntegrationTests.victimGoal.toString()))
				.signedIn()
				.expect(redirectTo(
						(w) -> "/clients/" + w.clientId() + "/assignments/" + w.assignmentId() + "/plan?goalChanged"),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// The staying-well plan: each client opens their own (the other client's has
			// nothing of the victim's); the victim's clinician writes it and plans and
			// cancels booster tune-ups (cancelling needs a tick; without it nothing
			// changes).
			PageRoute.get("/staying-well").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/clients/{clientId}/staying-well")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/{clientId}/staying-well",
						(w) -> form("warningSigns[0]", "SECRET-SIGN-AGAIN", "contacts[0].name", "SECRET-CONTACT-AGAIN"))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/staying-well?saved"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/{clientId}/boosters",
						(w) -> form("practice", "template:mindful-breathing", "startDate",
								w.today().plusDays(40).toString(), "times", "1"))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/staying-well?booster=scheduled#boosters"),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/clients/{clientId}/boosters/{boosterId}/cancel", (w) -> form())
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "/staying-well?booster=notCancelled#boosters"),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// Crisis alerts: the victim has an open alert (free of SECRETs: alerts carry
			// none), and {alertId} is another of theirs for acknowledging. Every
			// clinician
			// has an alerts page; only the victim's shows the victim's. Another client
			// asks for help for themselves.
			PageRoute.get("/alerts").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			// Homework across a caseload: every clinician has their own. The victim's
			// homework uses {templateKey}, their clinician's own.
			PageRoute.get("/insights").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/alerts/{alertId}/acknowledge", (w) -> form("note", "Called them"))
				.signedIn()
				.expect(redirectStartingWith((w) -> "/alerts?alertAcknowledged"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/help-requests", (w) -> form())
				.signedIn()
				.expect(redirectStartingWith((w) -> "/help?"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			// Measures: each client answers and reads their own; the victim's result is
			// theirs alone; the victim's clinician schedules and stops (stopping needs
			// the confirmation; without it nothing changes).
			PageRoute.get("/measures").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/measures/{instrument}").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute
				.post("/measures/{instrument}",
						(w) -> form("answers[0]", "1", "answers[1]", "0", "answers[2]", "1", "answers[3]", "0",
								"answers[4]", "1", "answers[5]", "0", "answers[6]", "1", "answers[7]", "0",
								"answers[8]", "0"))
				.signedIn()
				.expect(redirectStartingWith((w) -> "/measures/results/"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/measures/results/{measureId}")
				.signedIn()
				.expect(SHOWN, OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/clients/{clientId}/measure-schedules/new")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute
				.post("/clients/{clientId}/measure-schedules",
						(w) -> form("instrument", "GAD-7", "every", "MONTHLY", "startDate", w.today().toString()))
				.signedIn()
				.expect(redirectTo((w) -> "/clients/" + w.clientId() + "?scheduled#measures"), OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/measure-schedules/{scheduleId}/stop")
				.signedIn()
				.expect(SHOWN, OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/measure-schedules/{scheduleId}/stop", (w) -> form())
				.signedIn()
				.expect(redirectTo(
						(w) -> "/measure-schedules/" + PageAccessRulesIntegrationTests.victimSchedule + "/stop"),
						OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, CLIENTS),
			// Exports: each client downloads their own record from My data (the other
			// client's holds nothing of the victim's); the victim's clinician downloads
			// theirs from the client page, and so may the victim.
			PageRoute.get("/my-data").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			// Who has looked at my record: each client their own, nobody else's.
			PageRoute.get("/my-data/access").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/my-data/record.pdf").signedIn().expect(DOWNLOAD, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/my-data/record.zip").signedIn().expect(DOWNLOAD, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/clients/{clientId}/export.pdf")
				.signedIn()
				.expect(DOWNLOAD, OWN_CLINICIAN, OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			PageRoute.get("/clients/{clientId}/export.zip")
				.signedIn()
				.expect(DOWNLOAD, OWN_CLINICIAN, OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			PageRoute.get("/my-data/record.json").signedIn().expect(DOWNLOAD, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/clients/{clientId}/export.json")
				.signedIn()
				.expect(DOWNLOAD, OWN_CLINICIAN, OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Erasure: each client asks for their own, and only having ticked that they
			// understand (the form here does not tick it, so nobody ever asks); the
			// victim
			// never asks, so there is nothing of theirs to finish, for anyone
			// (ErasurePagesIntegrationTests finishes one).
			PageRoute.get("/my-data/erasure").signedIn().expect(SHOWN, CLIENTS).expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/my-data/erasure", (w) -> form())
				.signedIn()
				.expect(SHOWN, CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.post("/my-data/erasure/withdraw", (w) -> form())
				.signedIn()
				.expect(redirectTo("/my-data/erasure?withdrawn"), CLIENTS)
				.expect(FORBIDDEN, CLINICIANS),
			PageRoute.get("/erasure-requests").signedIn().expect(SHOWN, CLINICIANS).expect(FORBIDDEN, CLIENTS),
			PageRoute.get("/erasure-requests/{clientId}")
				.signedIn()
				.expect(HIDDEN, CLINICIANS)
				.expect(FORBIDDEN, CLIENTS),
			PageRoute.post("/erasure-requests/{clientId}", (w) -> form("confirm", "Not their name"))
				.signedIn()
				.expect(HIDDEN, CLINICIANS)
				.expect(FORBIDDEN, CLIENTS));

	/**
	 * The goal the victim's homework serves, and its words, set before any route is
	 * called.
	 */
	private static volatile UUID victimGoal;

	private static volatile String victimGoalWords;

	/**
	 * The victim's PHQ-9 response and measure schedule, set before any route is called.
	 */
	private static volatile UUID victimMeasure;

	private static volatile UUID victimSchedule;

	/** A sign-in of the victim's on a device of their own, for signing it out. */
	private static volatile UUID victimSignIn;

	/** An open alert of the victim's, for the acknowledging route. */
	private static volatile UUID alertToAcknowledge;

	/** The victim's device with notifications on. */
	private static volatile UUID victimDevice;

	/** A client of the stranger's, whom the admin's covering pages arrange cover for. */
	private static volatile UUID strangersClient;

	/** A clinician covering nobody of the victim's, who covers the stranger's client. */
	private static volatile UUID coveringClinician;

	/** The victim's clinician, who is given cover of the stranger's client. */
	private static volatile UUID victimsClinician;

	/** An active covering grant on the stranger's client, for the admin to end. */
	private static volatile UUID strangersCover;

	/**
	 * A covering grant on the victim that ran out long ago, for the client page route.
	 */
	private static volatile UUID victimCover;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	Assignments assignments;

	@Autowired
	Practice practice;

	@Autowired
	Attachments attachments;

	@Autowired
	GuidedAudio guidedAudio;

	@Autowired
	Plans plans;

	@Autowired
	PracticeIdeas ideas;

	@Autowired
	Messages messages;

	@Autowired
	TemplateLibrary library;

	@Autowired
	Ladders ladders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldCipher cipher;

	@Autowired
	StayingWellPlans stayingWell;

	@Autowired
	Boosters boosters;

	@Autowired
	Goals goals;

	@Autowired
	Measures measures;

	private World world;

	private final Map<Person, Visitor> visitors = new EnumMap<>(Person.class);

	@BeforeAll
	void aClientWithSecretsAndEveryoneSignedIn() {
		String marker = UUID.randomUUID().toString();
		CurrentUser admin = user(this.jdbc.sql("select id from account where lower(email) = lower(:email)")
			.param("email", ADMIN_EMAIL)
			.query(UUID.class)
			.single());
		Person.Credentials clinician = newClinician(admin);
		Person.Credentials stranger = newClinician(admin);
		String victimEmail = "victim-" + marker + "@example.test";
		NewClient victim = this.clients.add(user(clinician.accountId()), "SECRET-NAME-" + marker, victimEmail, LONDON);
		String victimToken = tokenOf(victim.inviteUrl());
		UUID victimAccount = this.accounts.acceptInvitation(victimToken, PASSWORD, null);
		CurrentUser victimUser = user(victimAccount);
		LocalDate today = LocalDate.now(ZoneId.of(LONDON));

		UUID assignment = this.assignments.assign(user(clinician.accountId()), victim.id(),
				new AssignmentPlan("mindful-breathing", "SECRET-TITLE-" + marker, "SECRET-GOAL-" + marker,
						"SECRET-PURPOSE-" + marker, Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
						LocalTime.of(8, 0), "SECRET-CUE-" + marker, 1, today.minusDays(30), null,
						List.of(new Barrier("SECRET-BARRIER-" + marker, "SECRET-PLAN-" + marker))));
		UUID entry = this.practice.record(victimUser, assignment, UUID.randomUUID().toString(),
				new EntryRequest(today.minusDays(1),
						Map.of("mindWandering", "many-times", "breathNotes", "SECRET-ANSWER-" + marker), 75, 4, 3, 6,
						"SECRET-NOTE-" + marker, false, true));
		UUID privateEntry = this.practice.record(victimUser, assignment, UUID.randomUUID().toString(),
				new EntryRequest(today.minusDays(2),
						Map.of("mindWandering", "many-times", "breathNotes", "SECRET-PRIVATE-ANSWER-" + marker), 75, 4,
						3, 6, "SECRET-PRIVATE-NOTE-" + marker, true, false));
		UUID skip = this.practice.skip(victimUser, assignment, UUID.randomUUID().toString(),
				new SkipRequest(today.minusDays(3), SkipReason.OVERWHELMED, "SECRET-SKIP-NOTE-" + marker));

		UUID fileAssignment = this.assignments.assign(user(clinician.accountId()), victim.id(),
				new AssignmentPlan("mirror-talk", "SECRET-MIRROR-" + marker, null, null, Set.of("MON"), null, null,
						null, today.minusDays(10), null, List.of()));
		UUID voiceNote = this.attachments
			.add(victimUser, fileAssignment, "voiceNote", new ByteArrayResource(SampleFiles.wav()))
			.id();
		this.practice.record(victimUser, fileAssignment, UUID.randomUUID().toString(),
				new EntryRequest(today.minusDays(1),
						Map.of("whatYouSaid", "SECRET-SAID-" + marker, "voiceNote", voiceNote.toString()), null, null,
						null, null, null, false, false));

		this.guidedAudio.put(user(clinician.accountId()), assignment, new ByteArrayResource(SampleFiles.wav()));
		UUID proposalToAccept = this.plans.propose(victimUser, assignment, Map.of("place", "SECRET-PLACE-" + marker),
				"SECRET-PROPOSAL-" + marker);
		UUID proposalToDiscuss = this.plans.propose(victimUser, assignment, Map.of("place", "SECRET-PLACE-" + marker),
				"SECRET-PROPOSAL-" + marker);
		UUID sessionId = UUID.randomUUID();
		this.jdbc.sql("insert into session_date (id, client_id, held_on, created_by) values (:id, :client, :day, :by)")
			.param("id", sessionId)
			.param("client", victim.id())
			.param("day", today.minusDays(7))
			.param("by", clinician.accountId())
			.update();
		UUID idea = this.ideas.propose(victimUser, null,
				new PracticeIdeaRequest("SECRET-IDEA-" + marker, "SECRET-IDEA-WHY-" + marker, null, null));
		UUID checkIn = UUID.randomUUID();
		this.jdbc.sql("insert into check_in (id, client_id, text) values (:id, :client, :text)")
			.param("id", checkIn)
			.param("client", victim.id())
			.param("text",
					this.cipher.seal(EncryptedColumn.of("check_in", "text"), checkIn, "SECRET-CHECK-IN-" + marker))
			.update();
		UUID summary = UUID.randomUUID();
		this.jdbc.sql("""
				insert into session_summary (id, client_id, written_on, learned, created_by)
				values (:id, :client, :day, :learned, :by)""")
			.param("id", summary)
			.param("client", victim.id())
			.param("day", today)
			.param("learned",
					this.cipher.seal(EncryptedColumn.of("session_summary", "learned"), summary,
							"SECRET-SUMMARY-" + marker))
			.param("by", clinician.accountId())
			.update();

		this.ladders.save(user(clinician.accountId()), assignment, new LadderRequest(
				List.of(new LadderRequest.Step("SECRET-STEP-" + marker, 1), new LadderRequest.Step("3 minutes", 3),
						new LadderRequest.Step("5 minutes", 5)),
				"minutes", false, new LadderRequest.Rule("DONE_DAYS", 3, null, 3, null, null, null), StepBack.NEVER));

		String templateKey = this.library
			.copy(user(clinician.accountId()), "mindful-breathing", "SECRET-TEMPLATE-" + marker)
			.key();
		this.assignments.assign(user(clinician.accountId()), victim.id(),
				new AssignmentPlan(templateKey, "SECRET-OWN-PRACTICE-" + marker, null, null, Set.of("MON", "THU"), null,
						null, null, today.minusDays(10), null, List.of()));

		this.stayingWell.save(user(clinician.accountId()), victim.id(),
				new PlanRequest(List.of("SECRET-SIGN-" + marker), List.of("SECRET-TRIGGER-" + marker),
						List.of(new PlanRequest.CopingStrategy("SECRET-STRATEGY-" + marker, assignment)),
						List.of(new PlanRequest.Contact("SECRET-CONTACT-" + marker, "SECRET-REACH-" + marker, null)),
						"SECRET-PLAN-NOTE-" + marker));
		UUID booster = this.boosters
			.schedule(user(clinician.accountId()), victim.id(),
					new BoosterRequest(null, assignment, today.plusDays(30), null, 1, "SECRET-BOOSTER-" + marker))
			.get(0);

		strangersClient = this.clients.add(user(stranger.accountId()), "Stranger's client", unique("theirs"), LONDON)
			.id();
		coveringClinician = newClinician(admin).accountId();
		victimsClinician = clinician.accountId();
		Instant now = Instant.now();
		strangersCover = cover(strangersClient, coveringClinician, admin.id(), now, now.plus(Duration.ofDays(1)));
		victimCover = cover(victim.id(), coveringClinician, admin.id(), now.minus(Duration.ofDays(100)),
				now.minus(Duration.ofDays(99)));
		Person.Credentials other = newClient(clinician, "Other client");
		this.assignments.assign(user(clinician.accountId()), other.clientId(),
				new AssignmentPlan("mood-log", "Mood check-in", null, null, Set.of("MON", "THU"), null, null, null,
						today.minusDays(10), null, List.of()));

		Map<Person, Person.Credentials> people = new EnumMap<>(Person.class);
		people.put(ADMIN, new Person.Credentials(ADMIN_EMAIL, ADMIN_PASSWORD, admin.id(), null));
		people.put(OWN_CLINICIAN, clinician);
		people.put(STRANGER_CLINICIAN, stranger);
		people.put(OWN_CLIENT, new Person.Credentials(victimEmail, PASSWORD, victimAccount, victim.id()));
		people.put(OTHER_CLIENT, other);
		List<String> secrets = List.of("SECRET-", victimEmail, victim.id().toString(), victimAccount.toString(),
				victimCover.toString(), assignment.toString(), entry.toString(), privateEntry.toString(),
				skip.toString(), victimToken, templateKey, voiceNote.toString(), "RIFF", idea.toString(),
				booster.toString());
		Goal goal = this.goals.forClient(user(clinician.accountId()), victim.id()).get(0);
		this.goals.change(user(clinician.accountId()), goal.id(),
				new GoalChange(null, "SECRET-VALUE-" + marker, null, null));
		victimGoal = goal.id();
		victimGoalWords = goal.words();
		secrets = Stream.concat(secrets.stream(), Stream.of(goal.id().toString())).toList();
		victimMeasure = this.measures.take(victimUser, "PHQ-9", List.of(3, 3, 2, 2, 1, 1, 0, 0, 0), null).id();
		victimSchedule = UUID.randomUUID();
		this.jdbc.sql("""
				insert into measure_schedule (id, client_id, instrument, every, start_date, created_by)
				values (:id, :client, 'PHQ-9', 'WEEKLY', :day, :by)""")
			.param("id", victimSchedule)
			.param("client", victim.id())
			.param("day", today)
			.param("by", clinician.accountId())
			.update();
		secrets = Stream.concat(secrets.stream(), Stream.of(victimMeasure.toString(), victimSchedule.toString()))
			.toList();
		TestAlerts alerts = new TestAlerts(this.events, this.transactions, this.jdbc);
		UUID openAlert = alerts.raise(victim.id(), CrisisSignal.Kind.HELP_NOW);
		alertToAcknowledge = alerts.raise(victim.id(), CrisisSignal.Kind.PHQ9_ITEM9);
		secrets = Stream.concat(secrets.stream(), Stream.of(openAlert.toString(), alertToAcknowledge.toString()))
			.toList();
		StoredDevice device = TestPushSubscriptions.storeFor(this.jdbc, victim.id(), "SECRET-ENDPOINT",
				"SECRET-DEVICE");
		victimDevice = device.id();
		secrets = Stream.concat(secrets.stream(), Stream.of(victimDevice.toString(), device.endpoint())).toList();
		this.world = new World(victim.id(), victimEmail, assignment, victimToken, templateKey, today, secrets, people,
				() -> tokenOf(this.clients.add(user(clinician.accountId()), "Invitee", unique("invitee"), LONDON)
					.inviteUrl()),
				voiceNote, proposalToAccept, proposalToDiscuss, idea, sessionId, booster);

		for (Person person : Person.values()) {
			this.visitors.put(person, signedIn(person));
		}
		Visitor victimsPhone = new Visitor(this.port);
		victimsPhone.signIn(victimEmail, PASSWORD);
		victimSignIn = this.jdbc.sql("select id from sign_in_token where token_hash = :hash")
			.param("hash", Tokens.sha256(victimsPhone.cookie("BRIDGEWORK_SESSION")))
			.query(UUID.class)
			.single();
	}

	static Stream<Arguments> refusals() {
		return rules(true);
	}

	/**
	 * Refused, shown nothing of the client's: no marker, name, email, id or invitation
	 * token (bar ids in the path asked for), and for a form, nothing stored.
	 */
	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("refusals")
	void refusedPeopleLearnNothingAndStoreNothing(PageRoute route, Person person) {
		Map<String, Object> before = storedRows();

		Page page = call(route, person, route.path(this.world));

		assertOutcome(route, person, page);
		assertRevealsNothing(route, person, page);
		if (route.isPost()) {
			assertThat(storedRows()).as("rows after %s as %s", route, person).isEqualTo(before);
		}
	}

	static Stream<Arguments> allowances() {
		return rules(false);
	}

	/**
	 * The forms in the table are valid and the pages work: whoever may use a route gets
	 * through. People who may use a route for their own things (another clinician's
	 * caseload, another client's today) still see nothing of the victim's.
	 */
	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("allowances")
	void allowedPeopleGetThrough(PageRoute route, Person person) {
		Page page = call(route, person, route.path(this.world));

		assertOutcome(route, person, page);
		if (person != OWN_CLINICIAN && person != OWN_CLIENT) {
			assertRevealsNothing(route, person, page);
		}
	}

	static Stream<Arguments> validElsewhere() {
		return ROUTES.stream().filter((route) -> route.validElsewhere() != null).map(Arguments::of);
	}

	/**
	 * Routes nobody may use on the victim's things (a used invitation) accept the same
	 * request on a fresh one, so their refusals are about the thing, not the request.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("validElsewhere")
	void routesRefusedToEveryoneWorkOnAFreshThing(PageRoute route) {
		Page page = call(route, ANONYMOUS, route.freshPath(this.world));

		assertThat(route.validElsewhere().matches(page, this.world))
			.as("%s on a fresh one: %s %s %s", route, page.status(), page.location(), page.text())
			.isTrue();
	}

	@Test
	void everyRouteSaysWhatEveryPersonGets() {
		for (PageRoute route : ROUTES) {
			assertThat(route.rules().keySet()).as("people with a rule on %s", route)
				.containsExactlyInAnyOrder(Person.values());
		}
	}

	@Test
	void theClinicianSeesTheClientsPracticeButNeverAPrivateEntry() {
		Page page = this.visitors.get(OWN_CLINICIAN).get("/clients/" + this.world.clientId());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text())
			.contains("SECRET-NAME-", "SECRET-TITLE-", "SECRET-CUE-", "SECRET-GOAL-", "SECRET-PURPOSE-",
					"SECRET-BARRIER-", "SECRET-NOTE-", "SECRET-ANSWER-", "SECRET-SKIP-NOTE-")
			.doesNotContain("SECRET-PRIVATE-");
	}

	@Test
	void theClientSeesTheirOwnPractice() {
		Visitor client = this.visitors.get(OWN_CLIENT);

		assertThat(client.get("/today").text()).contains("SECRET-TITLE-", "SECRET-CUE-");
		assertThat(client.get("/practice/" + this.world.assignmentId()).text()).contains("SECRET-TITLE-",
				"SECRET-PURPOSE-", "SECRET-CUE-", "SECRET-BARRIER-");
	}

	/**
	 * Every action recorded on a client's record while the table ran has plain words in
	 * the client's access history.
	 */
	@AfterAll
	void everyRecordedActionHasWordsForTheClient(@Autowired MessageSource messageSource) {
		RecordedActions.assertEachHasWordsForTheClient(this.jdbc, messageSource);
	}

	@Test
	void everyPageRouteIsInTheTable(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach((info) -> {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") && !pattern.equals("/error")) {
					(methods.isEmpty() ? Set.of("ANY") : methods)
						.forEach((method) -> mapped.add(method + " " + pattern));
				}
			}
		});
		Set<String> tabled = new TreeSet<>(ROUTES.stream()
			.filter((route) -> !route.securityFilter())
			.map((route) -> route.method() + " " + route.pattern())
			.toList());

		assertThat(tabled).containsExactlyElementsOf(mapped);
	}

	private static Stream<Arguments> rules(boolean refusals) {
		return ROUTES.stream()
			.flatMap((route) -> route.rules()
				.entrySet()
				.stream()
				.filter((rule) -> rule.getValue().refusal() == refusals)
				.map((rule) -> Arguments.of(route, rule.getKey())));
	}

	/**
	 * Calls a route as the person. A form is sent with the CSRF token of a page the
	 * person can open, so a refusal is never the CSRF check's. Signing in and out get a
	 * session of their own, to leave the shared ones as they are.
	 */
	private Page call(PageRoute route, Person person, String path) {
		Visitor visitor = route.securityFilter() ? signedIn(person) : this.visitors.get(person);
		if (!route.isPost()) {
			return visitor.get(path + route.query());
		}
		Page withToken = (person == ANONYMOUS) ? visitor.get("/login") : visitor.open("/");
		assertThat(withToken.status()).as("%s's page with a form token", person).isEqualTo(200);
		return visitor.submit(withToken, path + route.query(), route.form().apply(this.world));
	}

	private void assertOutcome(PageRoute route, Person person, Page page) {
		Outcome expected = route.rules().get(person);
		assertThat(expected.matches(page, this.world))
			.as("%s as %s should be %s, was %s %s: %s", route, person, expected, page.status(), page.location(),
					page.text())
			.isTrue();
		if (expected.titleCode() != null && page.status() >= 400) {
			String code = (page.status() == 403) ? "error.forbidden.title"
					: (expected == GONE) ? expected.titleCode() : "error.notFound.title";
			assertThat(page.text()).as("the page %s as %s answers", route, person).contains(this.messages.get(code));
		}
	}

	private void assertRevealsNothing(PageRoute route, Person person, Page page) {
		String path = route.path(this.world);
		String location = (page.location() != null) ? page.location() : "";
		for (String secret : this.world.secrets()) {
			if (!path.contains(secret)) {
				assertThat(page.body()).as("body of %s as %s", route, person).doesNotContain(secret);
				assertThat(page.text()).as("text of %s as %s", route, person).doesNotContain(secret);
				assertThat(location).as("location of %s as %s", route, person).doesNotContain(secret);
			}
		}
	}

	/**
	 * What is stored: the rows of every table of people and homework, and the accounts'
	 * and invitations' content (a password set through a used link would change it).
	 */
	private Map<String, Object> storedRows() {
		return this.jdbc
			.sql("""
					select (select count(*) from account) as accounts,
					       (select count(*) from invitation) as invitations,
					       (select count(*) from client) as clients,
					       (select count(*) from care_team_member) as care_team_members,
					       (select count(*) from assignment) as assignments,
					       (select count(*) from entry) as entries,
					       (select count(*) from attachment) as attachments,
					       (select count(*) from plan_proposal) as proposals,
					       (select md5(coalesce(string_agg(concat_ws('|', id, status, reply), ',' order by id), ''))
					          from plan_proposal) as proposal_content,
					       (select count(*) from plan_revision) as revisions,
					       (select md5(coalesce(string_agg(concat_ws('|', id, status, reply, assignment_id), ',' order by id),
					                            '')) from practice_idea) as practice_ideas,
					       (select md5(coalesce(string_agg(concat_ws('|', id, cue, place, time_of_day, duration_minutes,
					                                       days_of_week), ',' order by id), '')) from assignment) as plans,
					       (select md5(coalesce(string_agg(concat_ws('|', assignment_id, byte_size, uploaded_at), ','
					                                       order by assignment_id), '')) from guided_audio) as recordings,
					       (select md5(coalesce(string_agg(concat_ws('|', id, ended_at, ended_by), ',' order by id), ''))
					          from covering_access) as covers,
					       (select count(*) from skip) as skips,
					       (select count(*) from check_in) as check_ins,
					       (select count(*) from session_date) as session_dates,
					       (select count(*) from session_summary) as session_summaries,
					       (select count(*) from template_version) as template_versions,
					       (select count(*) from template_archive) as template_archives,
					       (select md5(coalesce(string_agg(concat_ws('|', assignment_id, steps, current_step, updated_at), ','
					                                       order by assignment_id), '')) from ladder) as ladders,
					       (select count(*) from ladder_step_change) as ladder_step_changes,
					       (select count(*) from staying_well_plan_version) as staying_well_versions,
					       (select md5(coalesce(string_agg(concat_ws('|', id, assignment_id, cancelled_at), ','
					                                       order by id), '')) from booster) as boosters,
					       (select md5(coalesce(string_agg(concat_ws('|', id, email, display_name, password_hash, roles, timezone),
					                                       ',' order by id), '')) from account) as account_content,
					       (select md5(coalesce(string_agg(concat_ws('|', token_hash, accepted_at), ',' order by token_hash),
					                            '')) from invitation) as invitation_content,
					       (select md5(coalesce(string_agg(concat_ws('|', id, words, value_word, position, archived_at),
					                                       ',' order by id), '')) from treatment_goal) as goals,
					       (select count(*) from treatment_goal_revision) as goal_revisions,
					       (select md5(coalesce(string_agg(concat_ws('|', id, goal_id, goal), ',' order by id), ''))
					          from assignment) as goals_served,
					       (select count(*) from measure_response) as measure_responses,
					       (select md5(coalesce(string_agg(concat_ws('|', id, every, start_date, stopped_at), ','
					                                       order by id), '')) from measure_schedule) as measure_schedules,
					       (select md5(coalesce(string_agg(concat_ws('|', id, status, acknowledged_by), ',' order by id),
					                            '')) from alert) as alerts,
					       (select count(*) from erasure_request) as erasure_requests,
					       (select count(*) from client where erased_at is not null) as erased_clients,
					       (select md5(coalesce(string_agg(concat_ws('|', account_id, secret, confirmed_at), ','
					                                       order by account_id), '')) from two_step) as two_step_keys,
					       (select count(*) from recovery_code where used_at is null) as recovery_codes,
					       (select count(*) from two_step_event) as two_step_events""")
			.query()
			.singleRow();
	}

	private Visitor signedIn(Person person) {
		Visitor visitor = new Visitor(this.port);
		if (person != ANONYMOUS) {
			Person.Credentials credentials = this.world.people().get(person);
			Page signedIn = visitor.signIn(credentials.email(), credentials.password());
			assertThat(signedIn.location()).as("%s signs in", person).isEqualTo("/");
			assertThat(visitor.hasCookie("BRIDGEWORK_SESSION")).as("%s's session cookie", person).isTrue();
		}
		return visitor;
	}

	private Person.Credentials newClinician(CurrentUser admin) {
		String email = unique("clinician");
		IssuedInvitation invitation = this.accounts.inviteClinician(admin, email, "Clinician " + UUID.randomUUID());
		UUID id = this.accounts.acceptInvitation(invitation.token(), PASSWORD, null);
		return new Person.Credentials(email, PASSWORD, id, null);
	}

	/** A covering grant made as the admin's form would, between the times given. */
	private UUID cover(UUID clientId, UUID clinicianId, UUID adminId, Instant from, Instant until) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into covering_access (id, client_id, clinician_id, granted_by, granted_at, expires_at, reason)
				values (:id, :client, :clinician, :admin, :from, :until, :reason)""")
			.param("id", id)
			.param("reason",
					this.cipher.seal(EncryptedColumn.of("covering_access", "reason"), id,
							"Covering while their clinician is on leave"))
			.param("client", clientId)
			.param("clinician", clinicianId)
			.param("admin", adminId)
			.param("from", Timestamp.from(from))
			.param("until", Timestamp.from(until))
			.update();
		return id;
	}

	/**
	 * The admin's covering form: the victim's clinician to cover the stranger's client.
	 */
	static MultiValueMap<String, String> coverForm(World world) {
		return form("clientId", String.valueOf(strangersClient), "clinicianId", String.valueOf(victimsClinician),
				"reason", "Covering while their clinician is on leave", "hours", "4");
	}

	private Person.Credentials newClient(Person.Credentials clinician, String displayName) {
		String email = unique("client");
		NewClient client = this.clients.add(user(clinician.accountId()), displayName, email, LONDON);
		UUID id = this.accounts.acceptInvitation(tokenOf(client.inviteUrl()), PASSWORD, null);
		return new Person.Credentials(email, PASSWORD, id, client.id());
	}

	private CurrentUser user(UUID accountId) {
		return this.accounts.findUser(accountId).orElseThrow();
	}

	private static String tokenOf(String inviteUrl) {
		return inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID() + "@example.test";
	}

	// The forms as the pages send them.

	private static MultiValueMap<String, String> assignmentForm(World world) {
		MultiValueMap<String, String> form = form("templateKey", "mindful-breathing", "title", "A calm minute", "goal",
				"Notice worry early", "purpose", "Coming back to the breath", "timeOfDay", "08:00", "cue",
				"After breakfast", "durationMinutes", "1", "startDate", world.today().toString(), "endDate", "",
				"barriers[0].barrier", "Too sleepy", "barriers[0].plan", "Stand by the window");
		form.addAll("daysOfWeek", List.of("MON", "WED", "FRI"));
		return form;
	}

	private static MultiValueMap<String, String> entryForm(World world) {
		return form("idempotencyKey", UUID.randomUUID().toString(), "occurredOn", world.today().toString(),
				"answers.mindWandering", "a-few-times", "answers.breathNotes", "Slow and deep", "durationMinutes", "1",
				"durationSeconds", "15", "quality", "4", "moodBefore", "3", "moodAfter", "6", "note", "Calmer after");
	}

	private static MultiValueMap<String, String> ladderForm(World world) {
		return form("steps[0].label", "1 minute", "steps[0].target", "1", "steps[1].label", "3 minutes",
				"steps[1].target", "3", "steps[2].label", "5 minutes", "steps[2].target", "5", "targetUnit", "minutes",
				"moveOn.kind", "DONE_DAYS", "moveOn.days", "3", "moveOn.daysOfLast", "3");
	}

	private static MultiValueMap<String, String> skipForm(World world) {
		return form("idempotencyKey", UUID.randomUUID().toString(), "occurredOn", world.today().toString(), "reason",
				"FORGOT", "note", "Busy morning");
	}

	static MultiValueMap<String, String> form(String... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	enum Person {

		ANONYMOUS, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN, OWN_CLIENT, OTHER_CLIENT;

		/**
		 * @param clientId the client record, for clients only
		 */
		record Credentials(String email, String password, UUID accountId, UUID clientId) {
		}

	}

	/**
	 * The victim and the people around them.
	 * @param templateKey a template of the victim's clinician's own, named with a SECRET
	 * marker, which the victim's homework uses
	 * @param today the victim's today
	 * @param secrets strings of the victim's that nobody else may see
	 * @param freshInvitation makes a new, unused invitation and gives its token
	 */
	/**
	 * A browser's push subscription as the page's script posts it: an address at a push
	 * service and a fresh P-256 public key and auth secret.
	 */
	static MultiValueMap<String, String> pushSubscriptionForm() {
		Subscription browser = TestPushSubscriptions.fresh();
		return form("endpoint", browser.endpoint(), "p256dh", browser.p256dh(), "auth", browser.auth());
	}

	record World(UUID clientId, String victimEmail, UUID assignmentId, String usedToken, String templateKey,
			LocalDate today, List<String> secrets, Map<Person, Person.Credentials> people,
			Supplier<String> freshInvitation, UUID attachmentId, UUID proposalToAccept, UUID proposalToDiscuss,
			UUID ideaId, UUID sessionId, UUID boosterId) {
	}

	/**
	 * What a person gets from a route.
	 *
	 * @param refusal whether the person is turned away (a success otherwise)
	 * @param location where a redirect must lead, or null for none
	 * @param titleCode the message that heads the error page, or null
	 * @param locationIsPrefix whether the redirect may lead anywhere under
	 * {@code location}
	 */
	record Outcome(String name, boolean refusal, Set<Integer> statuses, Function<World, String> location,
			String titleCode, boolean locationIsPrefix) {

		Outcome(String name, boolean refusal, Set<Integer> statuses, Function<World, String> location,
				String titleCode) {
			this(name, refusal, statuses, location, titleCode, false);
		}

		/** Signed out: sent to sign in. */
		static final Outcome TO_SIGN_IN = new Outcome("sent to sign in", true, Set.of(302), (w) -> "/login", null);

		/** First run is over: sent to sign in. */
		static final Outcome SETUP_CLOSED = new Outcome("sent to sign in, setup is over", true, Set.of(302),
				(w) -> "/login", null);

		/** Told it does not exist, so nobody learns who is in care. */
		static final Outcome HIDDEN = new Outcome("not found", true, Set.of(404), null, "error.notFound.title");

		/** Refused for the person's role; "not found" would do as well. */
		static final Outcome FORBIDDEN = new Outcome("forbidden", true, Set.of(403, 404), null,
				"error.forbidden.title");

		/** A used invitation link. */
		static final Outcome GONE = new Outcome("gone", true, Set.of(404, 410), null, "invite.unusable.title");

		/** The page, saying that what was asked has nothing to act on now (409). */
		static final Outcome NOTHING_TO_DO = new Outcome("shown, nothing to do now", false, Set.of(409), null, null);

		/** The page, for the person's own work. */
		static final Outcome SHOWN = new Outcome("shown", false, Set.of(200), null, null);

		/** A file, such as a voice note, rather than a page. */
		static final Outcome FILE = new Outcome("served as a file", false, Set.of(200), null, null);

		/** A record to save, a PDF or a ZIP, rather than a page. */
		static final Outcome DOWNLOAD = new Outcome("downloaded", false, Set.of(200), null, null);

		static Outcome redirectTo(String location) {
			return redirectTo((w) -> location);
		}

		static Outcome redirectTo(Function<World, String> location) {
			return new Outcome("redirected", false, Set.of(302, 303), location, null);
		}

		/** Redirected to a new thing, such as a copy with a fresh key. */
		static Outcome redirectStartingWith(Function<World, String> location) {
			return new Outcome("redirected", false, Set.of(302, 303), location, null, true);
		}

		boolean matches(Page page, World world) {
			if (!this.statuses.contains(page.status())) {
				return false;
			}
			if (this.location == null) {
				String expectedType = (this == FILE) ? "audio/" : (this == DOWNLOAD) ? "application/" : "text/html";
				return page.location() == null && (page.status() >= 400 || page.contentType().startsWith(expectedType));
			}
			String expected = this.location.apply(world);
			return this.locationIsPrefix ? page.location() != null && page.location().startsWith(expected)
					: expected.equals(page.location());
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * One page route and what each person gets from it.
	 *
	 * @param query added to the path, e.g. {@code ?template=x}
	 * @param form the fields a legitimate POST sends
	 * @param securityFilter handled by a security filter, not a controller
	 * @param validElsewhere what a signed-out person gets on a fresh thing instead of the
	 * victim's, for routes nobody may use on the victim's
	 */
	record PageRoute(String method, String pattern, String query, Function<World, MultiValueMap<String, String>> form,
			Map<Person, Outcome> rules, boolean securityFilter, Outcome validElsewhere) {

		static PageRoute get(String pattern) {
			return new PageRoute("GET", pattern, "", null, Map.of(), false, null);
		}

		static PageRoute post(String pattern, Function<World, MultiValueMap<String, String>> form) {
			return new PageRoute("POST", pattern, "", form, Map.of(), false, null);
		}

		/** Signed-out people are sent to sign in. */
		PageRoute signedIn() {
			return expect(Outcome.TO_SIGN_IN, ANONYMOUS);
		}

		PageRoute query(String query) {
			return new PageRoute(this.method, this.pattern, query, this.form, this.rules, this.securityFilter,
					this.validElsewhere);
		}

		PageRoute bySpringSecurity() {
			return new PageRoute(this.method, this.pattern, this.query, this.form, this.rules, true,
					this.validElsewhere);
		}

		PageRoute validElsewhere(Outcome outcome) {
			return new PageRoute(this.method, this.pattern, this.query, this.form, this.rules, this.securityFilter,
					outcome);
		}

		PageRoute expect(Outcome outcome, Person... people) {
			return expect(outcome, Set.of(people));
		}

		PageRoute expect(Outcome outcome, Set<Person> people) {
			Map<Person, Outcome> rules = new EnumMap<>(Person.class);
			rules.putAll(this.rules);
			for (Person person : people) {
				if (rules.put(person, outcome) != null) {
					throw new IllegalStateException(person + " has two rules on " + this);
				}
			}
			return new PageRoute(this.method, this.pattern, this.query, this.form, Collections.unmodifiableMap(rules),
					this.securityFilter, this.validElsewhere);
		}

		boolean isPost() {
			return "POST".equals(this.method);
		}

		String path(World world) {
			return this.pattern.replace("{clientId}", world.clientId().toString())
				.replace("{signInId}", String.valueOf(victimSignIn))
				.replace("{accountId}", world.people().get(Person.OWN_CLIENT).accountId().toString())
				.replace("{attachmentId}", world.attachmentId().toString())
				.replace("{proposalId}",
						(this.pattern.endsWith("/discuss") ? world.proposalToDiscuss() : world.proposalToAccept())
							.toString())
				.replace("{ideaId}", world.ideaId().toString())
				.replace("{sessionId}", world.sessionId().toString())
				.replace("{assignmentId}", world.assignmentId().toString())
				.replace("{token}", world.usedToken())
				.replace("{templateKey}", world.templateKey())
				.replace("{boosterId}", world.boosterId().toString())
				.replace("{goalId}", String.valueOf(victimGoal))
				.replace("{instrument}", "PHQ-9")
				.replace("{measureId}", String.valueOf(victimMeasure))
				.replace("{scheduleId}", String.valueOf(victimSchedule))
				.replace("{alertId}", String.valueOf(alertToAcknowledge))
				.replace("{grantId}",
						String.valueOf(this.pattern.startsWith("/clients/") ? victimCover : strangersCover));
		}

		/** The path with a new invitation in place of the victim's. */
		String freshPath(World world) {
			return this.pattern.replace("{token}", world.freshInvitation().get());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern + this.query;
		}

	}

}
