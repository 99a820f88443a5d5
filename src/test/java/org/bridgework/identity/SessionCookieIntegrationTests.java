package org.bridgework.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web sign-in cookie, as a browser receives it: HttpOnly, SameSite, and dead once the
 * person signs out, even if someone kept a copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridgework.admin.email=cookies@clinic.test",
				"bridgework.admin.password=" + SessionCookieIntegrationTests.PASSWORD })
class SessionCookieIntegrationTests {

	static final String PASSWORD = "a-long-cookie-password";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void signIn_shouldSetAnHttpOnlySameSiteSessionCookieThatSignOutKills() throws Exception {
		// The password, then two-step sign-in, which the admin sets up at this first
		// sign-in: the session cookie comes with the last step.
		Visitor browser = new Visitor(this.port);
		Page signedIn = browser.signIn("cookies@clinic.test", PASSWORD);
		String csrfCookie = "XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN");

		String sessionHeader = signedIn.header("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("BRIDGEWORK_SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(sessionHeader).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
		String session = sessionHeader.substring(0, sessionHeader.indexOf(';'));
		assertThat(send(get("/clients", session)).statusCode()).isEqualTo(200);

		HttpResponse<String> clients = send(get("/clients", session + "; " + csrfCookie));
		send(form("/logout", session + "; " + csrfCookie, "_csrf=" + encode(field(clients.body()))));

		HttpResponse<String> replayed = send(get("/clients", session));
		assertThat(replayed.statusCode()).isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void noPage_shouldCreateAServerSideHttpSession() throws Exception {
		HttpResponse<String> loginPage = send(get("/login", ""));
		assertThat(loginPage.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID"));
	}

	private HttpRequest get(String path, String cookies) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		return (cookies.isEmpty() ? request : request.header("Cookie", cookies)).build();
	}

	private HttpRequest form(String path, String cookies, String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", cookies)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String field(String html) {
		Matcher matcher = CSRF_FIELD.matcher(html);
		assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
