package org.bridgework.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bridgework.identity.TestAuthenticator;
import org.bridgework.web.Visitor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people and homework the API tests need, made through the API itself so each test
 * reads like the story it checks:
 *
 * <pre>
 * clinician = api.newClinician();
 * client = api.newClientOf(clinician);
 * assignment = api.assign(clinician, client, "mindful-breathing", EVERY_DAY);
 * </pre>
 *
 * Every person gets a unique email: the database is shared by all tests in the JVM.
 */
final class ApiFixtures {

	static final String PASSWORD = "correct horse battery staple";

	static final List<String> EVERY_DAY = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

	static final String DEFAULT_TIMEZONE = "Europe/London";

	private static final Map<String, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

	private final ApiClient http;

	private final String adminEmail;

	private final String adminPassword;

	ApiFixtures(ApiClient http, String adminEmail, String adminPassword) {
		this.http = http;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	ApiClient http() {
		return this.http;
	}

	/** The first account, made from bridgework.admin.email and .password at start-up. */
	String adminToken() {
		// Keyed by server too: another test context has its own database, where this
		// token means nothing.
		return ADMIN_TOKENS.computeIfAbsent(this.http.base() + " " + this.adminEmail,
				(key) -> signIn(this.adminEmail, this.adminPassword));
	}

	/**
	 * Signs in to the API, with the code of the moment from the person's authenticator
	 * app when they have two-step sign-in. An admin or clinician who has not set it up
	 * yet (refused with 403) does so on the website first, as a person would.
	 */
	String signIn(String email, String password) {
		ApiResponse answer = this.http.post(null, "/api/v1/auth/token", credentials(email, password));
		if (answer.status() == 403) {
			new Visitor(this.http.base().getPort()).signIn(email, password);
			answer = this.http.post(null, "/api/v1/auth/token", credentials(email, password));
		}
		return answer.expect(200).json().get("token").stringValue();
	}

	/**
	 * The token call's body: email, password, and a code when the person has two-step
	 * sign-in.
	 */
	Map<String, Object> credentials(String email, String password) {
		return TestAuthenticator.credentials(this.http.base().getPort(), email, password);
	}

	static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID() + "@example.test";
	}

	// People

	Clinician newClinician() {
		return newClinician("Clinician " + UUID.randomUUID());
	}

	Clinician newClinician(String displayName) {
		String email = uniqueEmail("clinician");
		JsonNode created = this.http
			.post(adminToken(), "/api/v1/clinicians", Map.of("email", email, "displayName", displayName))
			.expect(201)
			.json();
		UUID id = UUID.fromString(created.get("id").stringValue());
		acceptInvitation(tokenOf(created.get("inviteUrl").stringValue()), Map.of("password", PASSWORD));
		return new Clinician(id, email, displayName, signIn(email, PASSWORD));
	}

	Client newClientOf(Clinician clinician) {
		return newClientOf(clinician, DEFAULT_TIMEZONE);
	}

	Client newClientOf(Clinician clinician, String timezone) {
		return newClientOf(clinician, "Client " + UUID.randomUUID(), timezone);
	}

	Client newClientOf(Clinician clinician, String displayName, String timezone) {
		String email = uniqueEmail("client");
		JsonNode created = this.http
			.post(clinician.token(), "/api/v1/clients",
					Map.of("displayName", displayName, "email", email, "timezone", timezone))
			.expect(201)
			.json();
		UUID id = UUID.fromString(created.get("id").stringValue());
		String inviteToken = tokenOf(created.get("inviteUrl").stringValue());
		UUID userId = acceptInvitation(inviteToken, Map.of("password", PASSWORD));
		return new Client(id, userId, email, displayName, timezone, inviteToken, signIn(email, PASSWORD));
	}

	/** Accepts an invitation and returns the id of the account that can now sign in. */
	UUID acceptInvitation(String inviteToken, Map<String, Object> body) {
		return UUID.fromString(this.http.post(null, "/api/v1/invitations/" + inviteToken, body)
			.expect(200)
			.json()
			.get("userId")
			.stringValue());
	}

	static String tokenOf(String inviteUrl) {
		String path = URI.create(inviteUrl).getPath();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	// Homework

	/**
	 * Assigns a practice that began 60 days ago in the client's time zone and runs on.
	 */
	Assignment assign(Clinician clinician, Client client, String templateKey, List<String> days) {
		return assign(clinician, client, assignmentBody(templateKey, days, client.today().minusDays(60), null));
	}

	Assignment assign(Clinician clinician, Client client, Map<String, Object> body) {
		UUID id = this.http.post(clinician.token(), "/api/v1/clients/" + client.id() + "/assignments", body).created();
		return new Assignment(id, (String) body.get("templateKey"), (String) body.get("title"),
				(LocalDate) body.get("startDate"), (LocalDate) body.get("endDate"));
	}

	/** A complete assignment body to adjust; {@code end} may be null (open-ended). */
	static Map<String, Object> assignmentBody(String templateKey, List<String> days, LocalDate start, LocalDate end) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("templateKey", templateKey);
		body.put("title", "Practice " + UUID.randomUUID());
		body.put("goal", "Notice worry before it snowballs");
		body.put("purpose", "Practise coming back to the breath");
		body.put("schedule", Map.of("daysOfWeek", days, "timeOfDay", "08:00"));
		body.put("cue", "After I brush my teeth");
		body.put("durationMinutes", 1);
		body.put("startDate", start);
		body.put("endDate", end);
		body.put("barriers", List.of(Map.of("barrier", "Too sleepy", "plan", "Do it standing by the window")));
		return body;
	}

	/** Answers that satisfy each built-in template's required questions. */
	static Map<String, Object> validAnswers(String templateKey) {
		return switch (templateKey) {
			case "mindful-breathing" -> Map.of("mindWandering", "a-few-times", "breathNotes", "Slow and deep");
			case "mood-log" -> Map.of("mood", 3, "energy", 4);
			case "thought-record" -> Map.of("situations",
					List.of(Map.of("situation", "Meeting at work", "automaticThought", "They think I'm slow")));
			case "behavioral-experiment" -> Map.of("belief", "If I speak up they will laugh");
			case "gratitude-journal" -> Map.of("goodThing1", "Coffee with a friend");
			case "mirror-talk" -> Map.of("whatYouSaid", "I am doing my best");
			default -> throw new IllegalArgumentException("No answers for " + templateKey);
		};
	}

	static Map<String, Object> entryBody(LocalDate occurredOn, Map<String, Object> answers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("occurredOn", occurredOn);
		body.put("answers", answers);
		body.put("durationSeconds", 75);
		body.put("quality", 4);
		body.put("moodBefore", 3);
		body.put("moodAfter", 6);
		body.put("note", "Calmer after");
		body.put("private", false);
		body.put("flagForSession", true);
		return body;
	}

	ApiResponse postEntry(Client client, Assignment assignment, String idempotencyKey, Object body) {
		Map<String, String> headers = (idempotencyKey != null) ? Map.of("Idempotency-Key", idempotencyKey) : Map.of();
		return this.http.post(client.token(), entriesPath(assignment), body, headers);
	}

	/** Records a valid entry for the day and returns its id. */
	UUID record(Client client, Assignment assignment, LocalDate day) {
		return record(client, assignment, entryBody(day, validAnswers(assignment.templateKey())));
	}

	UUID record(Client client, Assignment assignment, Map<String, Object> body) {
		return postEntry(client, assignment, UUID.randomUUID().toString(), body).created();
	}

	/** Uploads a file for one question of the assignment, as a client program would. */
	ApiResponse upload(Client client, Assignment assignment, String field, String fileName, String mediaType,
			byte[] content) {
		return this.http.upload(client.token(), "/api/v1/assignments/" + assignment.id() + "/attachments",
				Map.of("field", field), fileName, mediaType, content);
	}

	/** Uploads a file and returns the id an entry names it by. */
	String attach(Client client, Assignment assignment, String field, String fileName, String mediaType,
			byte[] content) {
		return upload(client, assignment, field, fileName, mediaType, content).expect(201)
			.json()
			.get("id")
			.stringValue();
	}

	ApiResponse postSkip(Client client, Assignment assignment, Object body) {
		return this.http.post(client.token(), "/api/v1/assignments/" + assignment.id() + "/skips", body);
	}

	UUID skip(Client client, Assignment assignment, LocalDate day, String reason) {
		return postSkip(client, assignment, Map.of("occurredOn", day, "reason", reason)).created();
	}

	JsonNode entries(Person reader, Assignment assignment) {
		return this.http.get(reader.token(), entriesPath(assignment)).expect(200).json();
	}

	int entryCount(Client client, Assignment assignment) {
		return entries(client, assignment).size();
	}

	JsonNode adherence(Person reader, Client client, LocalDate from, LocalDate to) {
		return this.http.get(reader.token(), "/api/v1/clients/" + client.id() + "/adherence?from=" + from + "&to=" + to)
			.expect(200)
			.json();
	}

	static String entriesPath(Assignment assignment) {
		return "/api/v1/assignments/" + assignment.id() + "/entries";
	}

	/** Anyone who signs in to the API. */
	interface Person {

		String token();

	}

	record Clinician(UUID id, String email, String displayName, String token) implements Person {
	}

	/**
	 * @param id the client's id (the one in /api/v1/clients/{clientId})
	 * @param userId the client's account id, as in the sign-in answer
	 * @param inviteToken the invitation token, already used
	 */
	record Client(UUID id, UUID userId, String email, String displayName, String timezone, String inviteToken,
			String token) implements Person {

		/** The client's own calendar day now. */
		LocalDate today() {
			return LocalDate.now(ZoneId.of(this.timezone));
		}

	}

	record Assignment(UUID id, String templateKey, String title, LocalDate startDate, LocalDate endDate) {
	}

	static void assertSameIds(JsonNode list, String field, Object... ids) {
		assertThat(list.values().stream().map((node) -> node.get(field).stringValue()).toList())
			.containsExactlyInAnyOrder(java.util.Arrays.stream(ids).map(String::valueOf).toArray(String[]::new));
	}

}
