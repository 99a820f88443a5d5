package org.bridgework.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bridgework.web.Visitor;
import org.bridgework.web.Visitor.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security headers on a representative walk through the app: pages and API, signed in
 * or not, answers and errors (not found, refused, wrong method). Every answer carries a
 * Content-Security-Policy without inline script that forbids framing, nosniff, a
 * Referrer-Policy and no-store; HSTS comes only over TLS.
 */
class SecurityHeadersIntegrationTests extends SignInIntegrationTestBase {

	@Test
	void everyAnswer_carriesTheSecurityHeaders_andHstsOnlyOverTls() {
		Person clinician = clinician();
		String token = apiToken(clinician);
		List<Answer> answers = new ArrayList<>();
		for (boolean tls : new boolean[] { false, true }) {
			Visitor anonymous = visitor();
			Visitor signedIn = signedIn(clinician);
			if (tls) {
				anonymous.with("X-Forwarded-Proto", "https");
				signedIn.with("X-Forwarded-Proto", "https");
			}
			for (String path : List.of("/login", "/help", "/password-reset", "/invite/not-a-token",
					"/password-reset/not-a-token", "/clients", "/css/app.css")) {
				answers.add(page(anonymous, path, tls));
			}
			for (String path : List.of("/clients", "/account/devices", "/account/password", "/no-such-page",
					"/admin/clinicians")) {
				answers.add(page(signedIn, path, tls));
			}
			answers
				.add(page(signedIn, "/logout", tls, (v) -> v.submit(v.get("/account/devices"), "/logout", Map.of())));
			String address = newAddress();
			Map<String, String> forwarded = tls ? Map.of("X-Forwarded-Proto", "https") : Map.of();
			answers.add(api("GET", "/api/v1/crisis-resources", null, address, forwarded, tls));
			answers.add(api("GET", "/api/v1/clients", null, address, forwarded, tls));
			answers.add(api("GET", "/api/v1/clients", token, address, forwarded, tls));
			answers.add(api("GET", "/api/v1/no-such-route", token, address, forwarded, tls));
			answers.add(api("POST", "/api/v1/clinicians", token, address, forwarded, tls));
			answers.add(api("DELETE", "/api/v1/clients", token, address, forwarded, tls));
			answers.add(api("GET", "/api/v1/me/today", token, address, forwarded, tls));
		}
		assertThat(answers.stream().map(Answer::status)).as("the walk meets answers and errors")
			.contains(200, 302, 401, 403, 404, 405);

		for (Answer answer : answers) {
			String what = answer.what() + " (" + answer.status() + ")";
			assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
			assertThat(answer.header("X-Frame-Options")).as(what).isEqualTo("DENY");
			assertThat(answer.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
			String policy = answer.header("Content-Security-Policy");
			assertThat(policy).as(what)
				.contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(policy).as(what).containsPattern("(script-src 'self'|default-src 'none')");
			if (!answer.what().contains("/css/")) {
				assertThat(answer.header("Cache-Control")).as(what).contains("no-store");
			}
			if (answer.tls()) {
				assertThat(answer.header("Strict-Transport-Security")).as(what).contains("max-age=31536000");
			}
			else {
				assertThat(answer.header("Strict-Transport-Security")).as(what).isNull();
			}
		}
	}

	private static Answer page(Visitor visitor, String path, boolean tls) {
		return page(visitor, path, tls, (v) -> v.get(path));
	}

	private static Answer page(Visitor visitor, String path, boolean tls, Function<Visitor, Page> call) {
		Page page = call.apply(visitor);
		return new Answer("page " + path + (tls ? " over TLS" : ""), page.status(), tls, (name) -> {
			List<String> values = page.header(name);
			return values.isEmpty() ? null : String.join(", ", values);
		});
	}

	private Answer api(String method, String path, String token, String address, Map<String, String> headers,
			boolean tls) {
		HttpResponse<String> response = api(method, path, token, null, address, headers);
		return new Answer(method + " " + path + (tls ? " over TLS" : ""), response.statusCode(), tls,
				(name) -> response.headers().allValues(name).isEmpty() ? null
						: String.join(", ", response.headers().allValues(name)));
	}

	record Answer(String what, int status, boolean tls, Function<String, String> headers) {

		String header(String name) {
			return this.headers.apply(name);
		}

	}

}
