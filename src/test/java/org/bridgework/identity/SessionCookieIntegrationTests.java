package org.bridgework.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
		HttpResponse<String> loginPage = send(get("/login", ""));
		String csrfCookie = cookie(loginPage.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
		String csrf = field(loginPage.body());

		HttpResponse<String> signedIn = send(form("/login", csrfCookie,
				"email=cookies%40clinic.test&password=" + PASSWORD + "&_csrf=" + encode(csrf)));

		String sessionHeader = signedIn.headers()
			.allValues("Set-Cookie")
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

	private static String cookie(List<String> setCookies, String name) {
		String header = setCookies.stream().filter((value) -> value.startsWith(name + "=")).findFirst().orElseThrow();
		return header.substring(0, header.indexOf(';'));
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
