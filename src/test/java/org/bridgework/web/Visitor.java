package org.bridgework.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bridgework.identity.TestAuthenticator;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A person with a browser, minus the rendering: keeps cookies, never follows redirects by
 * itself, and sends forms with the CSRF token the page it read carried. Shared by the
 * page tests of every module.
 */
public final class Visitor {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\"\\s+content=\"([^\"]+)\"");

	private static final int MAX_REDIRECTS = 5;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final int port;

	private final String origin;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	public Visitor(int port) {
		this.port = port;
		this.origin = "http://localhost:" + port;
	}

	/**
	 * Sends the header with every request from now on, as a proxy in front of the app
	 * would ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}).
	 */
	public Visitor with(String header, String value) {
		this.headers.put(header, value);
		return this;
	}

	public Page get(String path) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
	}

	/**
	 * Opens a page as a browser would, following redirects to where they lead.
	 */
	public Page open(String path) {
		Page page = get(path);
		for (int hops = 0; page.isRedirect() && hops < MAX_REDIRECTS; hops++) {
			page = follow(page);
		}
		return page;
	}

	/**
	 * Posts exactly the given fields, like a form on another site would.
	 */
	public Page post(String path, Map<String, String> fields) {
		return post(path, multi(fields));
	}

	/**
	 * Posts exactly the given fields; a field may carry several values, as checkboxes do.
	 */
	public Page post(String path, MultiValueMap<String, String> fields) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	/**
	 * Posts the fields as a form on {@code page} would, CSRF token included.
	 */
	public Page submit(Page page, String path, Map<String, String> fields) {
		return submit(page, path, multi(fields));
	}

	/**
	 * Posts the fields as a form on {@code page} would, CSRF token included.
	 */
	public Page submit(Page page, String path, MultiValueMap<String, String> fields) {
		MultiValueMap<String, String> withToken = new LinkedMultiValueMap<>(fields);
		withToken.set("_csrf", csrfToken(page));
		return post(path, withToken);
	}

	public Page postJson(String path, String json) {
		return send(request(path).header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Page follow(Page redirect) {
		if (redirect.location() == null) {
			throw new AssertionError("Expected a redirect but got " + redirect.status() + ": " + redirect.text());
		}
		return get(redirect.location());
	}

	/**
	 * Signs in through the sign-in page, and the second step after a right password as
	 * its person would take it with their authenticator app ({@link #secondStep}).
	 * Returns the answer to the last form: a redirect to where the person was going once
	 * signed in, or the sign-in form's own answer when the password did not get them on.
	 */
	public Page signIn(String email, String password) {
		Page signInPage = get("/login");
		return secondStep(email, submit(signInPage, "/login", Map.of("email", email, "password", password)));
	}

	/**
	 * After a right password: types the code of the moment, or, the first time for an
	 * admin or clinician, sets two-step sign-in up (the app takes the key from the page,
	 * one code goes back, the recovery codes are put away). Any other answer comes back
	 * as it was.
	 */
	public Page secondStep(String email, Page answer) {
		String next = (answer.location() != null) ? URI.create(answer.location()).getPath() : "";
		if ("/login/code".equals(next)) {
			return submit(get("/login/code"), "/login/code", Map.of("code", TestAuthenticator.code(this.port, email)));
		}
		if ("/login/two-step".equals(next)) {
			Page setUp = get("/login/two-step");
			TestAuthenticator.add(this.port, email, TestAuthenticator.keyIn(setUp.body()));
			Page recoveryCodes = submit(setUp, "/login/two-step",
					Map.of("code", TestAuthenticator.code(this.port, email)));
			return submit(recoveryCodes, "/login/two-step/done", Map.of());
		}
		return answer;
	}

	/** Signs out through the sign-out button. */
	public Page signOut() {
		return submit(get("/account/devices"), "/logout", Map.of());
	}

	/** The value of a cookie the browser holds, or null. */
	public String cookie(String name) {
		return this.cookies.get(name);
	}

	/** Gives the browser a cookie, as one kept from before would be. */
	public Visitor withCookie(String name, String value) {
		this.cookies.put(name, value);
		return this;
	}

	/**
	 * Whether the browser holds a cookie of that name.
	 */
	public boolean hasCookie(String name) {
		return this.cookies.containsKey(name);
	}

	private static String csrfToken(Page page) {
		for (Pattern pattern : List.of(HIDDEN_CSRF, META_CSRF)) {
			Matcher matcher = pattern.matcher(page.body());
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No CSRF token on the page: " + page.body());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.origin + path))
			.timeout(Duration.ofSeconds(30));
		this.headers.forEach(builder::header);
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
			String location = response.headers()
				.firstValue("Location")
				.map((value) -> value.startsWith(this.origin) ? value.substring(this.origin.length()) : value)
				.orElse(null);
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), location, response.headers().map());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void keepCookie(String header) {
		String[] nameAndValue = header.split(";", 2)[0].split("=", 2);
		String name = nameAndValue[0].trim();
		String value = (nameAndValue.length > 1) ? nameAndValue[1].trim() : "";
		boolean expired = header.toLowerCase().contains("max-age=0");
		if (value.isEmpty() || expired) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static MultiValueMap<String, String> multi(Map<String, String> fields) {
		MultiValueMap<String, String> multi = new LinkedMultiValueMap<>();
		fields.forEach(multi::add);
		return multi;
	}

	private static String encode(MultiValueMap<String, String> fields) {
		return fields.entrySet()
			.stream()
			.flatMap((field) -> field.getValue()
				.stream()
				.map((value) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(value, StandardCharsets.UTF_8)))
			.collect(Collectors.joining("&"));
	}

	/**
	 * What came back: the HTML as sent, and {@link #text()} with entities turned back
	 * into characters for checking the words a person reads.
	 */
	public record Page(int status, String body, String contentType, String location,
			Map<String, List<String>> headers) {

		/** The values of a response header, whatever its case. */
		public List<String> header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.toList();
		}

		public String text() {
			return this.body.replace("&#39;", "'")
				.replace("&#x27;", "'")
				.replace("&quot;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}

		public boolean isRedirect() {
			return this.status >= 300 && this.status < 400 && this.location != null;
		}

	}

}
