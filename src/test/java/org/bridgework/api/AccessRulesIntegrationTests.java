package org.bridgework.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bridgework.api.ApiFixtures.Assignment;
import org.bridgework.api.ApiFixtures.Client;
import org.bridgework.api.ApiFixtures.Clinician;
import org.bridgework.safety.CrisisSignal;
import org.bridgework.shared.EncryptedColumn;
import org.bridgework.shared.FieldCipher;
import org.bridgework.testing.RecordedActions;
import org.bridgework.testing.SampleFiles;
import org.bridgework.testing.TestAlerts;
import org.bridgework.testing.TestPushSubscriptions;
import org.bridgework.testing.TestPushSubscriptions.StoredDevice;
import org.bridgework.testing.TestPushSubscriptions.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgework.api.AccessRulesIntegrationTests.Caller.ADMIN;
import static org.bridgework.api.AccessRulesIntegrationTests.Caller.ANONYMOUS;
import static org.bridgework.api.AccessRulesIntegrationTests.Caller.OTHER_CLIENT;
import static org.bridgework.api.AccessRulesIntegrationTests.Caller.OWN_CLIENT;
import static org.bridgework.api.AccessRulesIntegrationTests.Caller.OWN_CLINICIAN;
import static org.bridgework.api.AccessRulesIntegrationTests.Caller.STRANGER_CLINICIAN;
import static org.bridgework.api.ApiFixtures.EVERY_DAY;
import static org.bridgework.api.ApiFixtures.assignmentBody;
import static org.bridgework.api.ApiFixtures.entryBody;
import static org.bridgework.api.ApiFixtures.uniqueEmail;
import static org.bridgework.api.ApiFixtures.validAnswers;

/**
 * Who may call what, route by route. One client (the "victim") has a clinician, homework,
 * entries (one private) and a skip, all carrying SECRET markers. Everyone else calls
 * every route about that client: each must be refused with the status the contract says,
 * and no answer to them may carry any of the client's data.
 *
 * <p>
 * A new API route goes into {@link #ROUTES}; {@link #everyApiRouteIsInTheTable} fails
 * until it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesIntegrationTests extends ApiIntegrationTestBase {

	/** Not signed in. */
	static final Set<Integer> UNAUTHENTICATED = Set.of(401);

	/** Said not to exist, so nobody learns who is in care. */
	static final Set<Integer> HIDDEN = Set.of(404);

	/** Refused for the caller's role; 404 would do as well. */
	static final Set<Integer> FORBIDDEN = Set.of(403, 404);

	/** Used or unknown invitation. */
	static final Set<Integer> GONE = Set.of(404, 410);

	/** Allowed, about the caller's own things, and carrying nothing of the victim's. */
	static final Set<Integer> NOTHING_OF_THEIRS = Set.of(200);

	/**
	 * Every route of the JSON API. Path variables: {clientId} the victim, {id} the
	 * victim's assignment, {key} a template, {token} the victim's (used) invitation.
	 */
	static final List<Route> ROUTES = List.of(
			Route.open("POST", "/api/v1/auth/token")
				.body((w) -> Map.of("email", w.victim().email(), "password", "not the password"))
				.expect(ANONYMOUS, UNAUTHENTICATED),
			Route.signedIn("POST", "/api/v1/clinicians")
				.body((w) -> Map.of("email", uniqueEmail("clinician"), "displayName", "Invited by someone"))
				.rightful(ADMIN)
				.expect(FORBIDDEN, STRANGER_CLINICIAN, OWN_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			// Signing out ends the caller's own token: called here only by those without
			// one (DevicesIntegrationTests signs out for real).
			Route.signedIn("DELETE", "/api/v1/auth/token"),
			// Everyone changes only their own password, and the current one given is
			// wrong.
			Route.signedIn("POST", "/api/v1/me/password")
				.body((w) -> Map.of("currentPassword", "not the password", "newPassword", "a new password for me"))
				.expect(Set.of(400), ADMIN, STRANGER_CLINICIAN, OWN_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			// The victim is a client: even an admin makes no link for them here (their
			// clinician does, through the client's route).
			Route.signedIn("POST", "/api/v1/clinicians/{id}/invitation")
				.at((w) -> "/api/v1/clinicians/" + w.victim().userId() + "/invitation")
				.expect(HIDDEN, ADMIN)
				.expect(FORBIDDEN, STRANGER_CLINICIAN, OWN_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			Route.open("POST", "/api/v1/invitations/{token}")
				.body((w) -> Map.of("password", "a password for taking over"))
				.expect(ANONYMOUS, GONE),
			Route.signedIn("POST", "/api/v1/clients")
				.body((w) -> Map.of("displayName", "Someone new", "email", uniqueEmail("client"), "timezone", "UTC"))
				.rightful(OWN_CLINICIAN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients")
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// The victim has signed up, so even their clinician gets no new link (the way
			// through is in InvitationLinkIntegrationTests).
			Route.signedIn("POST", "/api/v1/clients/{clientId}/invitation")
				.expect(OWN_CLINICIAN, Set.of(409))
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Settings: each clinician and admin reads and sets their own time zone;
			// clients have none (theirs is on their client record).
			Route.signedIn("GET", "/api/v1/me/settings")
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("PUT", "/api/v1/me/settings")
				.body((w) -> Map.of("timezone", "Asia/Kolkata"))
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/templates").rightful(OWN_CLINICIAN).expect(FORBIDDEN, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/templates/{key}").rightful(OWN_CLIENT),
			Route.signedIn("POST", "/api/v1/templates")
				.body((w) -> Map.of("name", "Built from scratch", "kind", "practice", "fields",
						List.of(Map.of("type", "long-text", "label", "What did you notice?"))))
				.rightful(OWN_CLINICIAN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// A client reads only the versions their own homework uses (the victim's
			// homework uses {key}, the other client's does not).
			Route.signedIn("GET", "/api/v1/templates/{key}/versions/{version}")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/templates/{key}/copies")
				.body((w) -> Map.of("name", "A copy of my own"))
				.rightful(OWN_CLINICIAN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// {key} is built in: nobody rewords it (TemplateEditingIntegrationTests edits
			// a copy).
			Route.signedIn("PUT", "/api/v1/templates/{key}")
				.body((w) -> Map.of("name", "Mine now", "fields",
						List.of(Map.of("name", "breathNotes", "label", "Mine now"))))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("POST", "/api/v1/clients/{clientId}/assignments")
				.body((w) -> assignmentBody("mood-log", EVERY_DAY, w.victim().today(), null))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/assignments")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/assignments/{id}")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/me/wins")
				.rightful(OWN_CLIENT)
				.expect(NOTHING_OF_THEIRS, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN),
			Route.signedIn("GET", "/api/v1/me/today")
				.rightful(OWN_CLIENT)
				.expect(NOTHING_OF_THEIRS, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN),
			Route.signedIn("POST", "/api/v1/assignments/{id}/entries")
				.body((w) -> entryBody(w.victim().today(), validAnswers("mindful-breathing")))
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN),
			Route.signedIn("GET", "/api/v1/assignments/{id}/entries")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/assignments/{id}/skips")
				.body((w) -> Map.of("occurredOn", w.victim().today(), "reason", "FORGOT"))
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN),
			Route.signedIn("GET", "/api/v1/assignments/{id}/skips")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/assignments/{id}/attachments")
				.at((w) -> "/api/v1/assignments/" + w.fileAssignment() + "/attachments")
				.body((w) -> new Upload("voiceNote", SampleFiles.wav()))
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN),
			// The victim's file is in a private entry: their own clinician may not open
			// it either.
			Route.signedIn("GET", "/api/v1/attachments/{attachmentId}")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT, OWN_CLINICIAN),
			Route.signedIn("POST", "/api/v1/assignments/{id}/guided-audio")
				.body((w) -> new Upload(null, SampleFiles.wav()))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/assignments/{id}/guided-audio")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Removing is proven by its own test: here it would take the recording from
			// the route above.
			Route.signedIn("DELETE", "/api/v1/assignments/{id}/guided-audio")
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			Route.signedIn("POST", "/api/v1/assignments/{id}/proposals")
				.body((w) -> Map.of("changes", Map.of("place", "By the window " + UUID.randomUUID())))
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN),
			Route.signedIn("GET", "/api/v1/assignments/{id}/proposals")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Each deciding route has a proposal of its own, so neither finds it decided.
			Route.signedIn("POST", "/api/v1/proposals/{proposalId}/acceptance")
				.at((w) -> "/api/v1/proposals/" + w.proposalToAccept() + "/acceptance")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/proposals/{proposalId}/discussion")
				.at((w) -> "/api/v1/proposals/" + w.proposalToDiscuss() + "/discussion")
				.body((w) -> Map.of("reply", "Let's talk"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			Route.signedIn("PATCH", "/api/v1/assignments/{id}/plan")
				.body((w) -> Map.of("place", "By the window " + UUID.randomUUID()))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/assignments/{id}/plan-history")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// The victim's assignment has a ladder; the client may not change its step
			// themselves.
			Route.signedIn("GET", "/api/v1/assignments/{id}/ladder")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("PUT", "/api/v1/assignments/{id}/ladder")
				.body((w) -> ladderBody("A step of someone else's"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			Route.signedIn("POST", "/api/v1/assignments/{id}/ladder/step-changes")
				.body((w) -> Map.of("to", 2, "note", "Agreed in session"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/adherence")
				.query((w) -> "?from=" + w.victim().today().minusDays(30) + "&to=" + w.victim().today())
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// The session rhythm: dates, check-ins, summaries and the digest.
			Route.signedIn("POST", "/api/v1/clients/{clientId}/sessions")
				.body((w) -> Map.of("date", w.victim().today()))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/sessions")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Removing is proven by its own test (SessionsApiIntegrationTests): here it
			// would take the victim's session away from the routes after it.
			Route.signedIn("DELETE", "/api/v1/clients/{clientId}/sessions/{sessionId}")
				.at((w) -> "/api/v1/clients/" + w.victim().id() + "/sessions/" + w.sessionId())
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Another client writes a check-in of their own.
			Route.signedIn("POST", "/api/v1/me/check-ins")
				.body((w) -> Map.of("text", "Harder than I thought"))
				.rightful(OWN_CLIENT)
				.expect(OTHER_CLIENT, Set.of(201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/check-ins")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/clients/{clientId}/session-summaries")
				.body((w) -> Map.of("learned", "Noticing early helps"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/session-summaries")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/digest")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// A practice of the client's own: another client proposes one of theirs; each
			// deciding route has an idea of its own, so neither finds it decided.
			Route.signedIn("POST", "/api/v1/me/practice-ideas")
				.body((w) -> Map.of("title", "A walk of my own " + UUID.randomUUID()))
				.rightful(OWN_CLIENT)
				.expect(OTHER_CLIENT, Set.of(201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/practice-ideas")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/practice-ideas/{ideaId}/acceptance")
				.at((w) -> "/api/v1/practice-ideas/" + w.ideaToAccept() + "/acceptance")
				.body((w) -> assignmentBody("mood-log", EVERY_DAY, w.victim().today(), null))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/practice-ideas/{ideaId}/discussion")
				.at((w) -> "/api/v1/practice-ideas/" + w.ideaToDiscuss() + "/discussion")
				.body((w) -> Map.of("reply", "Let's talk"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			// Open to everyone, signed in or not: nobody in a crisis should need a token.
			Route.open("GET", "/api/v1/crisis-resources")
				.rightful(ANONYMOUS)
				.expect(NOTHING_OF_THEIRS, ANONYMOUS, Caller.BAD_TOKEN, ADMIN, STRANGER_CLINICIAN, OTHER_CLIENT),
			// Goals and values: the victim's goal (from their homework's goal) carries a
			// SECRET value; the rightful change keeps its words.
			Route.signedIn("GET", "/api/v1/clients/{clientId}/goals")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/clients/{clientId}/goals")
				.body((w) -> Map.of("words", "A goal of someone else's", "value", "Growth"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("PATCH", "/api/v1/goals/{goalId}")
				.at((w) -> "/api/v1/goals/" + AccessRulesIntegrationTests.victimGoal)
				.body((w) -> Map.of("position", 1))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/goals/{goalId}/history")
				.at((w) -> "/api/v1/goals/" + AccessRulesIntegrationTests.victimGoal + "/history")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("PUT", "/api/v1/assignments/{id}/goal")
				.body((w) -> Map.of("goalId", AccessRulesIntegrationTests.victimGoal))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// The victim's staying-well plan (with SECRET words) and a booster tune-up
			// still to come. The rightful replace keeps a SECRET marker, so the plan
			// stays secret whichever runs first.
			Route.signedIn("GET", "/api/v1/clients/{clientId}/relapse-prevention-plan")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("PUT", "/api/v1/clients/{clientId}/relapse-prevention-plan")
				.body((w) -> stayingWellBody("SECRET-SIGN-AGAIN", null))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/relapse-prevention-plan/versions")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/clients/{clientId}/boosters")
				.body((w) -> Map.of("templateKey", "mindful-breathing", "startDate", w.victim().today().plusDays(40)))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/boosters")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Cancelling is proven by its own test (StayingWellApiIntegrationTests).
			Route.signedIn("DELETE", "/api/v1/boosters/{boosterId}")
				.at((w) -> "/api/v1/boosters/" + w.booster())
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Insights: the victim's skip carries a SECRET note, their entries SECRET
			// moods only in the private one.
			Route.signedIn("GET", "/api/v1/clients/{clientId}/what-gets-in-the-way")
				.query((w) -> "?weeks=8")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/assignments/{id}/mood-trend")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/practice-weeks")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/measures-over-time")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/adherence-outcome")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Homework across a caseload: every clinician gets their own. The victim's
			// homework uses a template of their clinician's own, named with a SECRET
			// marker, and was skipped with a SECRET note.
			Route.signedIn("GET", "/api/v1/me/caseload-insights")
				.query((w) -> "?weeks=8")
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Crisis alerts: the victim pressed "I need help now", so they have an open
			// alert (free of SECRETs: alerts carry none); the acknowledging route has an
			// alert of its own, so the list keeps an open one whichever runs first.
			Route.signedIn("GET", "/api/v1/alerts")
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("POST", "/api/v1/alerts/{alertId}/acknowledgement")
				.at((w) -> "/api/v1/alerts/" + AccessRulesIntegrationTests.alertToAcknowledge + "/acknowledgement")
				.body((w) -> Map.of("note", "Called them"))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Another client asks for help for themselves.
			Route.signedIn("POST", "/api/v1/me/help-requests")
				.rightful(OWN_CLIENT)
				.expect(OTHER_CLIENT, Set.of(200, 201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			// Measures: the victim answered a PHQ-9 (item 9 at 0: the alerts below are
			// raised on their own) and has a schedule;
			// another client answers one of their own.
			Route.signedIn("POST", "/api/v1/me/measures/{instrument}")
				.at((w) -> "/api/v1/me/measures/GAD-7")
				.body((w) -> Map.of("answers", List.of(0, 1, 0, 1, 0, 1, 0)))
				.rightful(OWN_CLIENT)
				.expect(OTHER_CLIENT, Set.of(201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/measures")
				.query((w) -> "?instrument=PHQ-9")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("POST", "/api/v1/clients/{clientId}/measure-schedules")
				.body((w) -> Map.of("instrument", "GAD-7", "every", "MONTHLY", "startDate", w.victim().today()))
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/measure-schedules")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Stopping is proven by its own test (MeasuresApiIntegrationTests).
			Route.signedIn("DELETE", "/api/v1/measure-schedules/{scheduleId}")
				.at((w) -> "/api/v1/measure-schedules/" + AccessRulesIntegrationTests.victimSchedule)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Reminders: the victim's own settings, snoozes and calendar address; their
			// delivery log (one SENT row, made below) for their clinicians and admins,
			// who see no practice in it.
			Route.signedIn("GET", "/api/v1/me/reminders")
				.rightful(OWN_CLIENT)
				.expect(NOTHING_OF_THEIRS, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("PUT", "/api/v1/me/reminders")
				.body((w) -> Map.of("emailEnabled", true, "quietStart", "22:00", "quietEnd", "07:00"))
				.rightful(OWN_CLIENT)
				.expect(NOTHING_OF_THEIRS, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("PUT", "/api/v1/me/reminders/assignments/{assignmentId}")
				.at((w) -> "/api/v1/me/reminders/assignments/" + w.assignment().id())
				.body((w) -> Map.of("enabled", true, "reminderTime", "07:30"))
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			// The victim's practice is done today: nothing to remind of (409, said in the
			// problem).
			Route.signedIn("POST", "/api/v1/me/reminders/snoozes")
				.body((w) -> Map.of("assignmentId", w.assignment().id(), "choice", "IN_30_MINUTES"))
				.expect(OWN_CLIENT, Set.of(409))
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("POST", "/api/v1/me/calendar-feed")
				.rightful(OWN_CLIENT)
				.expect(OTHER_CLIENT, Set.of(201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			// Turning it off is proven by its own test (RemindersApiIntegrationTests).
			Route.signedIn("DELETE", "/api/v1/me/calendar-feed")
				.expect(OTHER_CLIENT, Set.of(204))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			// Notifications: each client turns on their own browser (a push subscription
			// made up here); the victim's device is hidden from another client. Turning
			// one's own off is proven by RemindersApiIntegrationTests.
			Route.signedIn("POST", "/api/v1/me/push-subscriptions")
				.body((w) -> pushSubscriptionBody())
				.rightful(OWN_CLIENT)
				.expect(OTHER_CLIENT, Set.of(201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("DELETE", "/api/v1/me/push-subscriptions/{deviceId}")
				.at((w) -> "/api/v1/me/push-subscriptions/" + AccessRulesIntegrationTests.victimDevice)
				.expect(HIDDEN, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			// A clinician's own digest emails: counts and links only, nobody's data.
			Route.signedIn("GET", "/api/v1/me/digest-emails")
				.expect(NOTHING_OF_THEIRS, OWN_CLINICIAN, STRANGER_CLINICIAN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			Route.signedIn("PUT", "/api/v1/me/digest-emails")
				.body((w) -> Map.of("dailyDigest", true, "sendAt", "07:30"))
				.expect(NOTHING_OF_THEIRS, OWN_CLINICIAN, STRANGER_CLINICIAN)
				.expect(FORBIDDEN, OWN_CLIENT, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/reminder-deliveries")
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, ADMIN)
				.expect(HIDDEN, STRANGER_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			// Exports: the whole SECRET-marked record; what the rightful get is checked
			// in
			// theRecordIsExportedToTheClientAndTheirClinicianOnly.
			Route.signedIn("GET", "/api/v1/clients/{clientId}/export.pdf")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/export.zip")
				.query((w) -> "?from=" + w.victim().today().minusDays(30) + "&to=" + w.victim().today())
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/export.json")
				.rightful(OWN_CLIENT)
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN, OTHER_CLIENT),
			// Erasure: only a client asks, for themselves (another client asks and
			// withdraws their own; the victim never asks, so nothing of theirs is ever
			// waiting). Nobody finishes the victim's: their clinician is told they did
			// not
			// ask, anyone else that they do not exist, and the name sent is not theirs
			// either (ErasureIntegrationTests finishes one).
			Route.signedIn("POST", "/api/v1/me/erasure-request")
				.rightful(OTHER_CLIENT)
				.expect(OTHER_CLIENT, Set.of(200, 201))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("DELETE", "/api/v1/me/erasure-request")
				.expect(OTHER_CLIENT, Set.of(204))
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			Route.signedIn("GET", "/api/v1/erasure-requests")
				.rightful(OWN_CLINICIAN)
				.expect(NOTHING_OF_THEIRS, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("POST", "/api/v1/clients/{clientId}/erasure")
				.body((w) -> Map.of("confirm", "Not their name"))
				.expect(OWN_CLINICIAN, Set.of(409))
				.expect(HIDDEN, STRANGER_CLINICIAN, ADMIN)
				.expect(FORBIDDEN, OTHER_CLIENT, OWN_CLIENT),
			// Access history: a client's own, and only ever theirs (another client gets
			// theirs, which has nothing of the victim's).
			Route.signedIn("GET", "/api/v1/me/access-history")
				.rightful(OWN_CLIENT)
				.expect(NOTHING_OF_THEIRS, OTHER_CLIENT)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, ADMIN),
			// Covering access (docs/adr/0015): admins give and list it. The grant given
			// here lets the stranger cover the other client, never the victim.
			Route.signedIn("POST", "/api/v1/covering-access")
				.body((w) -> Map.of("clientId", w.other().id(), "clinicianId", w.stranger().id(), "reason",
						"Covering while their clinician is on leave", "hours", 1))
				.rightful(ADMIN)
				.expect(FORBIDDEN, STRANGER_CLINICIAN, OWN_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/covering-access")
				.rightful(ADMIN)
				.expect(FORBIDDEN, STRANGER_CLINICIAN, OWN_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			// {grantId} is a grant on the victim, long run out, to another clinician. An
			// admin may end any grant, and so reads the client's name in it
			// (CoveringAccessIntegrationTests); everyone else but the victim's own
			// clinician is told it does not exist.
			Route.signedIn("POST", "/api/v1/covering-access/{grantId}/end")
				.at((w) -> "/api/v1/covering-access/" + AccessRulesIntegrationTests.victimCover + "/end")
				.rightful(OWN_CLINICIAN)
				.expect(FORBIDDEN, STRANGER_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/clients/{clientId}/covering-access")
				.rightful(OWN_CLINICIAN)
				.expect(HIDDEN, STRANGER_CLINICIAN)
				.expect(FORBIDDEN, ADMIN, OTHER_CLIENT, OWN_CLIENT),
			// The audit trail itself (ids and codes, no content) is for admins.
			Route.signedIn("GET", "/api/v1/audit/verification")
				.rightful(ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OTHER_CLIENT, OWN_CLIENT),
			Route.signedIn("GET", "/api/v1/audit/events")
				.query((w) -> "?clientId=" + w.victim().id())
				.rightful(ADMIN)
				.expect(FORBIDDEN, OWN_CLINICIAN, STRANGER_CLINICIAN, OTHER_CLIENT, OWN_CLIENT));

	/** The goal the victim's homework serves, set before any route is called. */
	private static volatile UUID victimGoal;

	/** The victim's measure schedule, set before any route is called. */
	private static volatile UUID victimSchedule;

	/** The victim's device with notifications on. */
	private static volatile UUID victimDevice;

	/** An open alert of the victim's for the acknowledging route. */
	private static volatile UUID alertToAcknowledge;

	/** A covering grant on the victim that ran out long ago, for the ending route. */
	private static volatile UUID victimCover;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private FieldCipher cipher;

	private World world;

	@BeforeAll
	void aClientWithSecrets() {
		String marker = UUID.randomUUID().toString();
		Clinician clinician = this.api.newClinician();
		Client victim = this.api.newClientOf(clinician, "SECRET-NAME-" + marker, "Europe/London");
		Map<String, Object> plan = assignmentBody("mindful-breathing", EVERY_DAY, victim.today().minusDays(30), null);
		plan.put("title", "SECRET-TITLE-" + marker);
		plan.put("goal", "SECRET-GOAL-" + marker);
		plan.put("purpose", "SECRET-PURPOSE-" + marker);
		plan.put("cue", "SECRET-CUE-" + marker);
		plan.put("barriers", List.of(Map.of("barrier", "SECRET-BARRIER-" + marker, "plan", "SECRET-PLAN-" + marker)));
		Assignment assignment = this.api.assign(clinician, victim, plan);
		Map<String, Object> entry = entryBody(victim.today().minusDays(1),
				Map.of("mindWandering", "many-times", "breathNotes", "SECRET-ANSWER-" + marker));
		entry.put("note", "SECRET-NOTE-" + marker);
		UUID entryId = this.api.record(victim, assignment, entry);
		Map<String, Object> privateEntry = entryBody(victim.today().minusDays(2),
				Map.of("mindWandering", "many-times", "breathNotes", "SECRET-PRIVATE-ANSWER-" + marker));
		privateEntry.put("note", "SECRET-PRIVATE-NOTE-" + marker);
		privateEntry.put("private", true);
		UUID privateEntryId = this.api.record(victim, assignment, privateEntry);
		UUID skipId = this.api
			.postSkip(victim, assignment, Map.of("occurredOn", victim.today().minusDays(3), "reason", "OVERWHELMED",
					"note", "SECRET-SKIP-NOTE-" + marker))
			.created();

		this.api.http()
			.post(victim.token(), "/api/v1/me/check-ins", Map.of("text", "SECRET-CHECK-IN-" + marker))
			.expect(201);
		UUID sessionId = this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + victim.id() + "/sessions",
					Map.of("date", victim.today().minusDays(7)))
			.created();
		this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + victim.id() + "/session-summaries",
					Map.of("learned", "SECRET-SUMMARY-" + marker))
			.expect(201);

		Assignment fileAssignment = this.api.assign(clinician, victim, "mirror-talk", EVERY_DAY);
		String privateFile = this.api.attach(victim, fileAssignment, "voiceNote", "note.wav", "audio/wav",
				SampleFiles.wav());
		Map<String, Object> withFile = entryBody(victim.today(),
				Map.of("whatYouSaid", "SECRET-SAID-" + marker, "voiceNote", privateFile));
		withFile.put("private", true);
		this.api.record(victim, fileAssignment, withFile);

		this.api.http()
			.upload(clinician.token(), "/api/v1/assignments/" + assignment.id() + "/guided-audio", Map.of(),
					"guide.wav", "audio/wav", SampleFiles.wav())
			.expect(200);

		String proposals = "/api/v1/assignments/" + assignment.id() + "/proposals";
		Map<String, Object> proposal = Map.of("changes", Map.of("place", "SECRET-PLACE-" + marker), "note",
				"SECRET-PROPOSAL-" + marker);
		UUID proposalToAccept = this.api.http().post(victim.token(), proposals, proposal).created();
		UUID proposalToDiscuss = this.api.http().post(victim.token(), proposals, proposal).created();
		this.api.http()
			.send("PUT", "/api/v1/assignments/" + assignment.id() + "/ladder", clinician.token(),
					ladderBody("SECRET-STEP-" + marker), Map.of())
			.expect(200);

		Map<String, Object> idea = Map.of("title", "SECRET-IDEA-" + marker, "why", "SECRET-IDEA-WHY-" + marker);
		UUID ideaToAccept = this.api.http()
			.post(victim.token(), "/api/v1/me/practice-ideas", idea, Map.of("Idempotency-Key", "accept-" + marker))
			.created();
		UUID ideaToDiscuss = this.api.http()
			.post(victim.token(), "/api/v1/me/practice-ideas", idea, Map.of("Idempotency-Key", "discuss-" + marker))
			.created();

		String stayingWell = "/api/v1/clients/" + victim.id() + "/relapse-prevention-plan";
		this.api.http()
			.send("PUT", stayingWell, clinician.token(), stayingWellBody("SECRET-SIGN-" + marker, assignment.id()),
					Map.of())
			.expect(200);
		String booster = this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + victim.id() + "/boosters",
					Map.of("fromAssignmentId", assignment.id(), "startDate", victim.today().plusDays(30), "note",
							"SECRET-BOOSTER-NOTE-" + marker))
			.expect(201)
			.json()
			.get("ids")
			.get(0)
			.stringValue();

		String ownTemplate = this.api.http()
			.post(clinician.token(), "/api/v1/templates/mindful-breathing/copies",
					Map.of("name", "SECRET-TEMPLATE-" + marker))
			.expect(201)
			.json()
			.get("key")
			.stringValue();
		Assignment ownPractice = this.api.assign(clinician, victim,
				assignmentBody(ownTemplate, EVERY_DAY, victim.today().minusDays(10), null));
		this.api.postSkip(victim, ownPractice, Map.of("occurredOn", victim.today().minusDays(1), "reason", "DOUBTS",
				"note", "SECRET-OWN-SKIP-NOTE-" + marker))
			.expect(201);

		Clinician stranger = this.api.newClinician();
		this.api.newClientOf(stranger);
		victimCover = UUID.randomUUID();
		this.jdbc.sql("""
				insert into covering_access (id, client_id, clinician_id, granted_by, granted_at, expires_at, reason)
				values (:id, :client, :clinician, (select id from account where lower(email) = lower(:admin)),
				        now() - interval '100 days', now() - interval '99 days', :reason)""")
			.param("id", victimCover)
			.param("reason",
					this.cipher.seal(EncryptedColumn.of("covering_access", "reason"), victimCover,
							"SECRET-REASON on leave"))
			.param("client", victim.id())
			.param("clinician", this.api.newClinician().id())
			.param("admin", ADMIN_EMAIL)
			.update();
		Client other = this.api.newClientOf(clinician);
		this.api.assign(clinician, other, "mood-log", EVERY_DAY);

		List<String> secrets = List.of(victim.displayName(), victim.email(), victim.id().toString(),
				victim.userId().toString(), assignment.id().toString(), entryId.toString(), privateEntryId.toString(),
				skipId.toString(), fileAssignment.id().toString(), privateFile, "RIFF", proposalToAccept.toString(),
				proposalToDiscuss.toString(), ideaToAccept.toString(), ideaToDiscuss.toString(), sessionId.toString(),
				booster, ownTemplate, ownPractice.id().toString(), victimCover.toString());
		victimGoal = UUID.fromString(this.api.http()
			.get(clinician.token(), "/api/v1/clients/" + victim.id() + "/goals")
			.expect(200)
			.json()
			.get(0)
			.get("id")
			.stringValue());
		this.api.http()
			.send("PATCH", "/api/v1/goals/" + victimGoal, clinician.token(), Map.of("value", "SECRET-VALUE-" + marker),
					Map.of())
			.expect(200);
		secrets = Stream.concat(secrets.stream(), Stream.of(victimGoal.toString())).toList();
		String measure = this.api.http()
			.post(victim.token(), "/api/v1/me/measures/PHQ-9", Map.of("answers", List.of(3, 3, 2, 2, 1, 1, 0, 0, 0)))
			.expect(201)
			.json()
			.get("id")
			.stringValue();
		victimSchedule = this.api.http()
			.post(clinician.token(), "/api/v1/clients/" + victim.id() + "/measure-schedules",
					Map.of("instrument", "PHQ-9", "every", "WEEKLY", "startDate", victim.today()))
			.created();
		secrets = Stream.concat(secrets.stream(), Stream.of(measure, victimSchedule.toString())).toList();
		String helpAlert = this.api.http()
			.post(victim.token(), "/api/v1/me/help-requests", null)
			.expect(201)
			.json()
			.get("alertId")
			.stringValue();
		alertToAcknowledge = new TestAlerts(this.events, this.transactions, this.jdbc).raise(victim.id(),
				CrisisSignal.Kind.PHQ9_ITEM9);
		secrets = Stream.concat(secrets.stream(), Stream.of(helpAlert, alertToAcknowledge.toString())).toList();
		UUID reminder = UUID.randomUUID();
		this.jdbc.sql("""
				insert into reminder_occurrence (id, assignment_id, client_id, local_date, channel, due_at,
				                                 next_attempt_at, status, attempts, sent_at)
				values (:id, :assignment, :client, :day, 'EMAIL', now(), now(), 'SENT', 1, now())""")
			.param("id", reminder)
			.param("assignment", assignment.id())
			.param("client", victim.id())
			.param("day", victim.today().minusDays(1))
			.update();
		this.jdbc.sql("""
				insert into reminder_delivery (id, occurrence_id, client_id, channel, outcome, attempt, at)
				values (:id, :reminder, :client, 'EMAIL', 'SENT', 1, now())""")
			.param("id", UUID.randomUUID())
			.param("reminder", reminder)
			.param("client", victim.id())
			.update();
		StoredDevice device = TestPushSubscriptions.storeFor(this.jdbc, victim.id(), "SECRET-ENDPOINT",
				"SECRET-DEVICE");
		victimDevice = device.id();
		secrets = Stream.concat(secrets.stream(), Stream.of(victimDevice.toString(), device.endpoint())).toList();
		this.world = new World(clinician, victim, assignment, stranger, other, secrets, fileAssignment.id(),
				privateFile, proposalToAccept, proposalToDiscuss, ideaToAccept, ideaToDiscuss, sessionId, booster);
	}

	/**
	 * A browser's push subscription as {@code PushSubscription.toJSON()} gives it: an
	 * address at a push service and a fresh P-256 public key and auth secret.
	 */
	static Map<String, Object> pushSubscriptionBody() {
		Subscription browser = TestPushSubscriptions.fresh();
		return Map.of("endpoint", browser.endpoint(), "keys",
				Map.of("p256dh", browser.p256dh(), "auth", browser.auth()));
	}

	/** Three steps of breathing, the first named as given. */
	static Map<String, Object> ladderBody(String firstStep) {
		return Map.of("steps",
				List.of(Map.of("label", firstStep), Map.of("label", "3 minutes"), Map.of("label", "5 minutes")),
				"moveOn", Map.of("kind", "DONE_DAYS", "days", 3, "ofLast", 3), "clientMayStep", false);
	}

	/** A staying-well plan whose first warning sign is as given. */
	static Map<String, Object> stayingWellBody(String firstSign, UUID linked) {
		Map<String, Object> strategy = new java.util.HashMap<>();
		strategy.put("text", firstSign + "-STRATEGY");
		strategy.put("assignmentId", linked);
		return Map.of("warningSigns", List.of(firstSign), "triggers", List.of(firstSign + "-TRIGGER"),
				"copingStrategies", List.of(strategy), "contacts",
				List.of(Map.of("name", firstSign + "-CONTACT", "reach", "07700 900123")), "note", firstSign + "-NOTE");
	}

	static Stream<Arguments> refusals() {
		return ROUTES.stream()
			.flatMap((route) -> route.rules().keySet().stream().map((caller) -> Arguments.of(route, caller)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("refusals")
	void callersWithoutTheRightAreRefusedAndLearnNothing(Route route, Caller caller) {
		ApiResponse response = call(route, caller);

		assertThat(response.status()).as("status of %s as %s, body: %s", route, caller, response.body())
			.isIn(route.rules().get(caller));
		if (response.status() >= 400) {
			response.assertProblemShape();
		}
		assertRevealsNothing(route, response);
	}

	static Stream<Arguments> rightfulCalls() {
		return ROUTES.stream().filter((route) -> route.rightful() != null).map(Arguments::of);
	}

	/**
	 * The requests in the table are valid: the rightful caller gets through, so every
	 * refusal above is about who asks, not about what was sent.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("rightfulCalls")
	void theRightfulCallerGetsThrough(Route route) {
		ApiResponse response = call(route, route.rightful());

		assertThat(response.status()).as("status of %s, body: %s", route, response.body()).isIn(200, 201);
	}

	@Test
	void theRightfulCallerSeesTheSecretsTheOthersMayNot() {
		String asClinician = this.api.http()
			.get(this.world.clinician().token(), "/api/v1/assignments/" + this.world.assignment().id() + "/entries")
			.expect(200)
			.body();
		String profile = this.api.http()
			.get(this.world.clinician().token(), "/api/v1/clients/" + this.world.victim().id())
			.expect(200)
			.body();

		assertThat(asClinician).contains("SECRET-ANSWER-", "SECRET-NOTE-").doesNotContain("SECRET-PRIVATE-");
		assertThat(profile).contains(this.world.victim().displayName(), this.world.victim().email());
		String picture = this.api.http()
			.get(this.world.clinician().token(),
					"/api/v1/clients/" + this.world.victim().id() + "/what-gets-in-the-way")
			.expect(200)
			.body();
		assertThat(picture).contains("SECRET-SKIP-NOTE-");
		String caseload = this.api.http()
			.get(this.world.clinician().token(), "/api/v1/me/caseload-insights")
			.expect(200)
			.body();
		assertThat(caseload).contains("SECRET-TEMPLATE-").doesNotContain("SKIP-NOTE");
	}

	@Test
	void theRecordIsExportedToTheClientAndTheirClinicianOnly() throws java.io.IOException {
		String path = "/api/v1/clients/" + this.world.victim().id() + "/export.zip";
		String own = String.join("\n",
				ExportApiIntegrationTests
					.unzip(this.api.http().download(this.world.victim().token(), path, Map.of()).body())
					.values());
		String theirs = String.join("\n",
				ExportApiIntegrationTests
					.unzip(this.api.http().download(this.world.clinician().token(), path, Map.of()).body())
					.values());

		assertThat(own).contains(this.world.victim().displayName(), "SECRET-TITLE-", "SECRET-ANSWER-", "SECRET-NOTE-",
				"SECRET-SKIP-NOTE-", "SECRET-PRIVATE-NOTE-", "SECRET-PRIVATE-ANSWER-", "SECRET-VALUE-");
		assertThat(theirs)
			.contains(this.world.victim().displayName(), "SECRET-ANSWER-", "SECRET-NOTE-", "SECRET-SKIP-NOTE-")
			.doesNotContain("SECRET-PRIVATE-");
		String json = "/api/v1/clients/" + this.world.victim().id() + "/export.json";
		assertThat(this.api.http().get(this.world.victim().token(), json).expect(200).body()).contains(
				"SECRET-PRIVATE-NOTE-", "SECRET-PRIVATE-ANSWER-", "SECRET-SAID-", this.world.fileId(),
				"SECRET-PROPOSAL-", "SECRET-IDEA-", "SECRET-BOOSTER-NOTE-", "SECRET-STEP-");
		assertThat(this.api.http().get(this.world.clinician().token(), json).expect(200).body())
			.contains("SECRET-ANSWER-", "SECRET-PROPOSAL-")
			.doesNotContain("SECRET-PRIVATE-", "SECRET-SAID-", this.world.fileId());
	}

	/**
	 * Every action recorded on a client's record while the table ran (and before, in this
	 * shared database) has plain words in the client's access history.
	 */
	@AfterAll
	void everyRecordedActionHasWordsForTheClient(@Autowired MessageSource messages) {
		RecordedActions.assertEachHasWordsForTheClient(this.jdbc, messages);
	}

	@Test
	void everyApiRouteIsInTheTable(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach((method) -> mapped.add(method + " " + pattern));
				}
			}
		});
		Set<String> tabled = new TreeSet<>(ROUTES.stream().map(Route::toString).toList());

		assertThat(tabled).containsExactlyElementsOf(mapped);
	}

	private ApiResponse call(Route route, Caller caller) {
		String path = route.path(this.world) + route.query().apply(this.world);
		if (route.body().apply(this.world) instanceof Upload upload) {
			Map<String, String> fields = (upload.field() != null) ? Map.of("field", upload.field()) : Map.of();
			return this.api.http()
				.upload(token(caller), path, fields, "upload", "application/octet-stream", upload.content());
		}
		return this.api.http()
			.send(route.method(), path, token(caller), route.body().apply(this.world),
					Map.of("Idempotency-Key", UUID.randomUUID().toString()));
	}

	private String token(Caller caller) {
		return switch (caller) {
			case ANONYMOUS -> null;
			case BAD_TOKEN -> "not-a-token-we-issued-" + UUID.randomUUID();
			case ADMIN -> this.api.adminToken();
			case STRANGER_CLINICIAN -> this.world.stranger().token();
			case OWN_CLINICIAN -> this.world.clinician().token();
			case OTHER_CLIENT -> this.world.other().token();
			case OWN_CLIENT -> this.world.victim().token();
		};
	}

	private void assertRevealsNothing(Route route, ApiResponse response) {
		String path = route.path(this.world);
		assertThat(response.body()).as("body of %s", route).doesNotContain("SECRET-");
		for (String secret : this.world.secrets()) {
			if (!path.contains(secret)) {
				assertThat(response.body()).as("body of %s", route).doesNotContain(secret);
			}
		}
	}

	enum Caller {

		ANONYMOUS, BAD_TOKEN, ADMIN, STRANGER_CLINICIAN, OWN_CLINICIAN, OTHER_CLIENT, OWN_CLIENT

	}

	/**
	 * @param clinician the victim's clinician
	 * @param other another client of the same clinician
	 * @param secrets strings of the victim's that nobody else may see
	 */
	record World(Clinician clinician, Client victim, Assignment assignment, Clinician stranger, Client other,
			List<String> secrets, UUID fileAssignment, String fileId, UUID proposalToAccept, UUID proposalToDiscuss,
			UUID ideaToAccept, UUID ideaToDiscuss, UUID sessionId, String booster) {
	}

	/**
	 * A file sent as a multipart form, as a client program adds a drawing or voice note.
	 */
	record Upload(String field, byte[] content) {
	}

	/**
	 * One API route and what each caller must get from it.
	 *
	 * @param rightful a caller who may use the route, to prove the request is valid
	 * @param rules for each caller who may not see the victim's data, the statuses they
	 * may get
	 */
	record Route(String method, String pattern, Function<World, String> query, Function<World, Object> body,
			Caller rightful, Map<Caller, Set<Integer>> rules, Function<World, String> at) {

		static Route open(String method, String pattern) {
			return new Route(method, pattern, (w) -> "", (w) -> null, null, Map.of(), null);
		}

		/** Called at another path than the pattern's usual stand-ins give. */
		Route at(Function<World, String> path) {
			return new Route(this.method, this.pattern, this.query, this.body, this.rightful, this.rules, path);
		}

		/** A route for signed-in people: anonymous and unknown tokens get 401. */
		static Route signedIn(String method, String pattern) {
			return open(method, pattern).expect(UNAUTHENTICATED, ANONYMOUS, Caller.BAD_TOKEN);
		}

		Route body(Function<World, Object> body) {
			return new Route(this.method, this.pattern, this.query, body, this.rightful, this.rules, this.at);
		}

		Route query(Function<World, String> query) {
			return new Route(this.method, this.pattern, query, this.body, this.rightful, this.rules, this.at);
		}

		Route rightful(Caller caller) {
			return new Route(this.method, this.pattern, this.query, this.body, caller, this.rules, this.at);
		}

		Route expect(Caller caller, Set<Integer> statuses) {
			return expect(statuses, caller);
		}

		Route expect(Set<Integer> statuses, Caller... callers) {
			Map<Caller, Set<Integer>> rules = new EnumMap<>(Caller.class);
			rules.putAll(this.rules);
			for (Caller caller : callers) {
				rules.put(caller, statuses);
			}
			return new Route(this.method, this.pattern, this.query, this.body, this.rightful,
					Collections.unmodifiableMap(rules), this.at);
		}

		String path(World world) {
			if (this.at != null) {
				return this.at.apply(world);
			}
			return this.pattern.replace("{attachmentId}", world.fileId())
				.replace("{clientId}", world.victim().id().toString())
				.replace("{id}", world.assignment().id().toString())
				.replace("{key}", "mindful-breathing")
				.replace("{version}", "1")
				.replace("{token}", world.victim().inviteToken());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
