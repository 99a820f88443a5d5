package org.bridgework.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person with a browser, minus the rendering: keeps cookies, never follows redirects by
 * itself, and sends forms with the CSRF token the page it read carried.
 */
final class Visitor {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern META_CSRF = Pattern.compile("name=\"csrf-token\"\\s+content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String origin;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	Visitor(int port) {
		this.origin = "http://localhost:" + port;
	}

	Page get(String path) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
	}

	/**
	 * Posts exactly the given fields, like a form on another site would.
	 */
	Page post(String path, Map<String, String> fields) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	/**
	 * Posts the fields as a form on {@code page} would, CSRF token included.
	 */
	Page submit(Page page, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(page));
		return post(path, withToken);
	}

	Page postJson(String path, String json) {
		return send(request(path).header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Page follow(Page redirect) {
		if (redirect.location() == null) {
			throw new AssertionError("Expected a redirect but got " + redirect.status() + ": " + redirect.text());
		}
		return get(redirect.location());
	}

	/**
	 * Signs in through the sign-in page. Returns the answer to the sign-in form.
	 */
	Page signIn(String email, String password) {
		Page signInPage = get("/login");
		return submit(signInPage, "/login", Map.of("email", email, "password", password));
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
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.origin + path));
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
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
			String location = response.headers()
				.firstValue("Location")
				.map((value) -> value.startsWith(this.origin) ? value.substring(this.origin.length()) : value)
				.orElse(null);
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Content-Type").orElse(""), location);
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

	private static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * What came back: the HTML as sent, and {@link #text()} with entities turned back
	 * into characters for checking the words a person reads.
	 */
	record Page(int status, String body, String contentType, String location) {

		String text() {
			return this.body.replace("&#39;", "'")
				.replace("&#x27;", "'")
				.replace("&quot;", "\"")
				.replace("&lt;", "<")
				.replace("&gt;", ">")
				.replace("&amp;", "&");
		}

	}

}
