package org.bridgework.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import org.bridgework.testing.MovableClock;
import org.bridgework.testing.SignInTestContext;
import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sign-in tests share: their own Spring context ({@link SignInTestContext}),
 * people made through the real services, browsers and API callers that each come from an
 * address of their own (as a proxy in front of the app would say), so one test's failures
 * never make another's wait.
 */
@SignInTestContext
abstract class SignInIntegrationTestBase {

	static final String PASSWORD = "a calm long password";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final Pattern FORM_TOKEN = Pattern
		.compile("(name=\"_csrf\"\\s+value=|name=\"csrf-token\"\\s+content=)\"[^\"]+\"");

	private static final Pattern LINK = Pattern.compile(Pattern.quote(SignInTestContext.BASE_URL) + "(/\\S+)");

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	GreenMail mail;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	/** A documentation address (RFC 3849) no other test uses. */
	static String newAddress() {
		return "2001:db8::" + Integer.toHexString(ADDRESSES.incrementAndGet());
	}

	static String unique(String who) {
		return who + "-" + UUID.randomUUID() + "@example.org";
	}

	/** A browser at an address of its own. */
	Visitor visitor() {
		return visitorFrom(newAddress());
	}

	Visitor visitorFrom(String address) {
		return new Visitor(this.port).with("X-Forwarded-For", address);
	}

	@BeforeEach
	void authenticatorsTellTheServersTime() {
		TestAuthenticator.useClock(this.port, this.clock);
	}

	/**
	 * A clinician who chose {@link #PASSWORD} and set two-step sign-in up, signed in
	 * nowhere: their authenticator ({@link #code}) has the key.
	 */
	Person clinician() {
		Person clinician = person(Role.CLINICIAN);
		setUpTwoStep(clinician);
		return clinician;
	}

	/** A clinician who has never signed in: two-step sign-in is set up at their first. */
	Person newClinician() {
		return person(Role.CLINICIAN);
	}

	/**
	 * Sets two-step sign-in up as a person does at their first sign-in, then signs out.
	 */
	void setUpTwoStep(Person person) {
		Visitor visitor = visitor();
		assertThat(visitor.signIn(person.email(), PASSWORD).location()).isEqualTo("/");
		visitor.signOut();
	}

	/** The code the person's authenticator app shows now (each only once). */
	String code(Person person) {
		return TestAuthenticator.code(this.port, person.email());
	}

	/** A client account (without a caseload) who chose {@link #PASSWORD}. */
	Person client() {
		return person(Role.CLIENT);
	}

	private Person person(Role role) {
		String email = unique(role.name().toLowerCase());
		IssuedInvitation invitation = this.accounts.invite(null, email, "Sam " + role, EnumSet.of(role));
		UUID id = this.accounts.acceptInvitation(invitation.token(), PASSWORD, null);
		return new Person(id, email);
	}

	/** Signs in through the sign-in form and checks it worked. */
	Visitor signedIn(Person person) {
		Visitor visitor = visitor();
		assertThat(visitor.signIn(person.email(), PASSWORD).location()).isEqualTo("/");
		return visitor;
	}

	/** A JSON call from the address, with the bearer token if any. */
	HttpResponse<String> api(String method, String path, String token, Object body, String address) {
		return api(method, path, token, body, address, Map.of());
	}

	/** A JSON call with more headers, as a proxy would add. */
	HttpResponse<String> api(String method, String path, String token, Object body, String address,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.header("X-Forwarded-For", address)
			.method(method,
					(body != null)
							? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)
							: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	HttpResponse<String> signInByApi(String email, String password, String address) {
		return api("POST", "/api/v1/auth/token", null, Map.of("email", email, "password", password), address);
	}

	/** A token call with a code from the authenticator app. */
	HttpResponse<String> signInByApi(String email, String password, String address, String totp) {
		return api("POST", "/api/v1/auth/token", null, Map.of("email", email, "password", password, "totp", totp),
				address);
	}

	String apiToken(Person person) {
		HttpResponse<String> response = api("POST", "/api/v1/auth/token", null,
				TestAuthenticator.credentials(this.port, person.email(), PASSWORD), newAddress());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response).get("token").stringValue();
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/**
	 * A page's words with its one-time form tokens blanked, to compare two answers that
	 * must be the same.
	 */
	static String withoutFormTokens(Page page) {
		return FORM_TOKEN.matcher(page.text()).replaceAll("$1\"-\"");
	}

	/** The path of the first Bridgework link in an email's text. */
	static String linkIn(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a link in %s", text).isTrue();
		return matcher.group(1);
	}

	record Person(UUID id, String email) {
	}

}
