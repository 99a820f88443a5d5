package org.bridgework.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.identity.TestAuthenticator;
import org.bridgework.web.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored cross-site scripting: a corpus of hostile strings is saved through every
 * free-text field a person can write (names, goals, plans, barriers, answers, notes,
 * skips, check-ins, summaries, ideas, proposals and replies, the staying-well plan,
 * ladder steps, alert notes, a covering access reason, a template of the clinician's
 * own), then every page that shows them is opened in Chromium as the clinician and as the
 * client. No page may run any of it (a script the strings call records a hit; a dialog
 * fails the test) nor grow any element from it (each string marks its elements data-xss):
 * the words must come back as text. Checking the elements as well as the scripts means
 * this does not lean on the Content-Security-Policy alone, which would block inline
 * script even if escaping failed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredXssBrowserTests extends BrowserTestSupport {

	private static final String ZONE = "Europe/London";

	private static final String PASSWORD = "a-long-hostile-strings-password";

	/** Defines the function the strings call, before any page script runs. */
	private static final String TRAP = "window.__xss = []; window.xss = (n) => window.__xss.push(n);";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<String> corpus = corpus();

	/** Every string written, by the field it went into. */
	private final Map<String, String> written = new LinkedHashMap<>();

	private String clinicianEmail;

	private String clientEmail;

	private UUID clientId;

	private String thoughtRecord;

	private String ownPractice;

	private String goalId;

	private String ownTemplate;

	@BeforeEach
	void hostileWordsInEveryFreeTextField() throws Exception {
		this.clinicianEmail = "xss-clinician-" + UUID.randomUUID() + "@example.test";
		IssuedInvitation invitation = this.accounts.invite(null, this.clinicianEmail, hostile("clinicianName"),
				EnumSet.of(Role.CLINICIAN));
		CurrentUser clinicianUser = this.accounts
			.findUser(this.accounts.acceptInvitation(invitation.token(), PASSWORD, null))
			.orElseThrow();
		this.clientEmail = "xss-client-" + UUID.randomUUID() + "@example.test";
		NewClient added = this.clients.add(clinicianUser, hostile("clientName"), this.clientEmail, ZONE);
		this.clientId = added.id();
		this.accounts.acceptInvitation(added.inviteUrl().substring(added.inviteUrl().lastIndexOf('/') + 1), PASSWORD,
				null);
		// Two-step sign-in is set up on the website, as the clinician would, before the
		// API
		// gives them a token.
		new Visitor(this.port).signIn(this.clinicianEmail, PASSWORD);
		String clinician = token(this.clinicianEmail);
		String client = token(this.clientEmail);
		LocalDate today = LocalDate.now(ZoneId.of(ZONE));
		String clientPath = "/api/v1/clients/" + this.clientId;

		this.goalId = post(clinician, clientPath + "/goals",
				Map.of("words", hostile("goalWords"), "value", hostile("goalValue")))
			.get("id")
			.stringValue();
		this.ownTemplate = post(
				clinician, "/api/v1/templates", Map
					.of("name", hostile("templateName"), "kind", "worksheet", "purpose", hostile("templatePurpose"),
							"whyItWorks", hostile("templateWhy"), "steps", List.of(hostile("templateStep")), "fields",
							List.of(Map.of("name", "story", "type", "long-text", "label", hostile("fieldLabel"), "help",
									hostile("fieldHelp")),
									Map.of("name", "pick", "type", "choice", "label", "Pick one", "options",
											List.of(Map.of("value", "a", "label", hostile("optionLabel")),
													Map.of("value", "b", "label", "Plain"))))))
			.get("key")
			.stringValue();
		this.thoughtRecord = post(clinician, clientPath + "/assignments", assignment("thought-record",
				hostile("assignmentTitle"), today,
				Map.of("goalId", this.goalId, "purpose", hostile("assignmentPurpose"), "cue", hostile("assignmentCue"),
						"barriers", List.of(Map.of("barrier", hostile("barrier"), "plan", hostile("barrierPlan"))))))
			.get("id")
			.stringValue();
		this.ownPractice = post(clinician, clientPath + "/assignments",
				assignment(this.ownTemplate, hostile("ownAssignmentTitle"), today, Map.of()))
			.get("id")
			.stringValue();

		entry(client, this.thoughtRecord, today.minusDays(1), Map.of("situations",
				List.of(Map.of("situation", hostile("situation"), "automaticThought", hostile("automaticThought"),
						"emotion", hostile("emotion"), "emotionBefore", 60, "evidenceFor", hostile("evidenceFor"),
						"evidenceAgainst", hostile("evidenceAgainst"), "balancedThought", hostile("balancedThought"),
						"emotionAfter", 30)),
				"reflection", hostile("reflection")), hostile("entryNote"));
		entry(client, this.ownPractice, today.minusDays(1), Map.of("story", hostile("story"), "pick", "a"),
				hostile("ownEntryNote"));
		post(client, "/api/v1/assignments/" + this.thoughtRecord + "/skips",
				Map.of("occurredOn", today.minusDays(2).toString(), "reason", "OTHER", "note", hostile("skipNote")));
		post(client, "/api/v1/me/check-ins", Map.of("text", hostile("checkIn")));
		post(clinician, clientPath + "/sessions", Map.of("date", today.minusDays(3).toString()));
		post(clinician, clientPath + "/session-summaries", Map.of("learned", hostile("learned"), "practised",
				hostile("practised"), "stillHard", hostile("stillHard"), "homeworkAgreed", hostile("homeworkAgreed")));
		post(client, "/api/v1/me/practice-ideas",
				Map.of("title", hostile("ideaTitle"), "why", hostile("ideaWhy"), "whenAndCue", hostile("ideaWhen")));
		String proposal = post(client, "/api/v1/assignments/" + this.thoughtRecord + "/proposals",
				Map.of("changes", Map.of("place", hostile("proposedPlace")), "note", hostile("proposalNote")))
			.get("id")
			.stringValue();
		post(clinician, "/api/v1/proposals/" + proposal + "/discussion", Map.of("reply", hostile("proposalReply")));
		send("PUT", clinician, clientPath + "/relapse-prevention-plan",
				Map.of("warningSigns", List.of(hostile("warningSign")), "triggers", List.of(hostile("trigger")),
						"copingStrategies",
						List.of(Map.of("text", hostile("copingStrategy"), "assignmentId", this.thoughtRecord)),
						"contacts", List.of(Map.of("name", hostile("contactName"), "reach", hostile("contactReach"),
								"helpsWith", hostile("contactHelpsWith"))),
						"note", hostile("planNote")));
		send("PUT", clinician, "/api/v1/assignments/" + this.ownPractice + "/ladder",
				Map.of("steps", List.of(Map.of("label", hostile("stepOne")), Map.of("label", hostile("stepTwo"))),
						"moveOn", Map.of("kind", "DONE_DAYS", "days", 1, "ofLast", 1)));
		post(clinician, "/api/v1/assignments/" + this.ownPractice + "/ladder/step-changes",
				Map.of("to", 2, "note", hostile("stepNote")));
		post(client, "/api/v1/me/help-requests", null);
		String alert = get(clinician, "/api/v1/alerts").values()
			.stream()
			.filter((a) -> a.get("clientId").stringValue().equals(this.clientId.toString()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.stringValue();
		post(clinician, "/api/v1/alerts/" + alert + "/acknowledgement", Map.of("note", hostile("alertNote")));
		coverWithAHostileReason();
	}

	/**
	 * An admin gives another clinician covering access; its reason shows on the client
	 * page.
	 */
	private void coverWithAHostileReason() throws Exception {
		String adminEmail = "xss-admin-" + UUID.randomUUID() + "@example.test";
		this.accounts.acceptInvitation(this.accounts.invite(null, adminEmail, "Admin", EnumSet.of(Role.ADMIN)).token(),
				PASSWORD, null);
		new Visitor(this.port).signIn(adminEmail, PASSWORD);
		UUID covering = this.accounts.acceptInvitation(this.accounts
			.invite(null, "xss-cover-" + UUID.randomUUID() + "@example.test", "Dr Cover", EnumSet.of(Role.CLINICIAN))
			.token(), PASSWORD, null);
		post(token(adminEmail), "/api/v1/covering-access", Map.of("clientId", this.clientId.toString(), "clinicianId",
				covering.toString(), "reason", hostile("coverReason"), "hours", 24));
	}

	@Test
	void noPageRunsOrBuildsAnythingFromWhatPeopleWrote_andShowsItAsText() {
		StringBuilder seen = new StringBuilder();
		String client = "/clients/" + this.clientId;
		try (BrowserContext phone = phone()) {
			Page page = trapped(phone);
			signIn(page, this.clinicianEmail, PASSWORD, "/clients");
			for (String path : List.of("/clients", client, client + "/digest", client + "/goals",
					client + "/goals/" + this.goalId, client + "/assignments/" + this.thoughtRecord + "/plan",
					client + "/assignments/" + this.ownPractice + "/plan", client + "/sessions",
					client + "/staying-well", "/assignments/" + this.ownPractice + "/ladder", "/alerts", "/insights",
					"/library", "/library/" + this.ownTemplate + "/edit",
					"/library/" + this.ownTemplate + "/versions")) {
				seen.append(visit(page, path));
			}
		}
		try (BrowserContext phone = phone()) {
			Page page = trapped(phone);
			signIn(page, this.clientEmail, PASSWORD, "/today");
			for (String path : List.of("/today", "/practice/" + this.thoughtRecord, "/practice/" + this.ownPractice,
					"/practice/" + this.thoughtRecord + "/plan", "/practice/" + this.ownPractice + "/plan",
					"/practice-ideas", "/staying-well")) {
				seen.append(visit(page, path));
			}
			// Pages with forms and links but none of the stored words: nothing may run
			// there
			// either.
			for (String path : List.of("/my-data", "/check-in")) {
				page.navigate(url(path));
				assertNothingRanOrWasBuilt(page, path);
			}
		}

		// Every field came back somewhere, as the very words that were written.
		List<String> neverShown = this.written.entrySet()
			.stream()
			.filter((field) -> !seen.toString().contains(field.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		assertThat(neverShown).as("fields whose words no page showed as text").isEmpty();
	}

	/** Opens a page and checks it; answers its text. */
	private String visit(Page page, String path) {
		page.navigate(url(path));
		assertThat(page.url()).as("no redirect away from " + path).isEqualTo(url(path));
		assertNothingRanOrWasBuilt(page, path);
		String text = page.locator("body").innerText();
		assertThat(this.written.values().stream().anyMatch(text::contains))
			.as("some stored words shown as text on " + path)
			.isTrue();
		// Form fields hold what was written as their value, not as markup.
		Object values = page.evaluate(
				"() => Array.from(document.querySelectorAll('input, textarea'))" + ".map((e) => e.value).join('\\n')");
		return text + "\n" + values;
	}

	private static void assertNothingRanOrWasBuilt(Page page, String path) {
		Object hits = page.evaluate("() => window.__xss.length");
		Object built = page.evaluate("() => document.querySelectorAll('[data-xss]').length");
		assertThat(hits).as("scripts run from stored words on " + path).isEqualTo(0);
		assertThat(built).as("elements built from stored words on " + path).isEqualTo(0);
	}

	private Page trapped(BrowserContext context) {
		context.addInitScript(TRAP);
		Page page = context.newPage();
		page.onDialog((dialog) -> {
			dialog.dismiss();
			throw new AssertionError("A dialog opened from stored words on " + page.url() + ": " + dialog.message());
		});
		return page;
	}

	/**
	 * A string of the corpus for one field, numbered so each field's words are its own.
	 */
	private String hostile(String field) {
		int n = this.written.size();
		String words = "F" + n + " " + this.corpus.get(n % this.corpus.size());
		this.written.put(field, words);
		return words;
	}

	private static List<String> corpus() {
		try (InputStream in = StoredXssBrowserTests.class.getResourceAsStream("/xss/hostile-strings.txt")) {
			List<String> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> assignment(String templateKey, String title, LocalDate today,
			Map<String, Object> more) {
		Map<String, Object> body = new LinkedHashMap<>(Map.of("templateKey", templateKey, "title", title, "schedule",
				Map.of("daysOfWeek", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"), "timeOfDay", "08:00"),
				"startDate", today.minusDays(10).toString()));
		body.putAll(more);
		return body;
	}

	private void entry(String token, String assignmentId, LocalDate day, Map<String, Object> answers, String note)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("occurredOn", day.toString());
		body.put("answers", answers);
		body.put("quality", 3);
		body.put("moodBefore", 3);
		body.put("moodAfter", 5);
		body.put("note", note);
		body.put("private", false);
		body.put("flagForSession", true);
		request("POST", token, "/api/v1/assignments/" + assignmentId + "/entries", body,
				Map.of("Idempotency-Key", UUID.randomUUID().toString()));
	}

	private String token(String email) throws Exception {
		return request("POST", null, "/api/v1/auth/token", TestAuthenticator.credentials(this.port, email, PASSWORD),
				Map.of())
			.get("token")
			.stringValue();
	}

	private JsonNode get(String token, String path) throws Exception {
		return request("GET", token, path, null, Map.of());
	}

	private JsonNode post(String token, String path, Object body) throws Exception {
		return request("POST", token, path, body, Map.of());
	}

	private JsonNode send(String method, String token, String path, Object body) throws Exception {
		return request(method, token, path, body, Map.of());
	}

	/** Calls the API; anything but a 2xx fails the set-up with the answer's body. */
	private JsonNode request(String method, String token, String path, Object body, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		headers.forEach(builder::header);
		HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
	}

}
