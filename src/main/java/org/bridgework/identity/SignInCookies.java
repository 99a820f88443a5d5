package org.bridgework.identity;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookies that hold a sign-in (or a step towards one): HttpOnly, SameSite=Lax, for
 * the whole site, and Secure when the request came over TLS.
 */
final class SignInCookies {

	private SignInCookies() {
	}

	static Optional<String> read(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> name.equals(cookie.getName()) && !cookie.getValue().isBlank())
			.map(Cookie::getValue)
			.findFirst();
	}

	/** Sets the cookie, or with an empty value and no age, removes it. */
	static void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
			long maxAgeSeconds) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(maxAgeSeconds)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
