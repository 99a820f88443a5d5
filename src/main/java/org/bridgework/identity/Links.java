package org.bridgework.identity;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for people to open from elsewhere (an invitation, a password reset
 * email), from the configured base URL or, without one, from the address the request came
 * to.
 */
@Component
class Links {

	static final String INVITATION = "/invite/";

	static final String PASSWORD_RESET = "/password-reset/";

	/**
	 * Used only outside a web request (the demo data), when no base URL is configured.
	 */
	private static final String FALLBACK_BASE_URL = "http://localhost:8080";

	private final InvitationProperties properties;

	Links(InvitationProperties properties) {
		this.properties = properties;
	}

	String invitation(String token) {
		return baseUrl() + INVITATION + token;
	}

	String passwordReset(String token) {
		return baseUrl() + PASSWORD_RESET + token;
	}

	private String baseUrl() {
		if (!this.properties.baseUrl().isEmpty()) {
			return this.properties.baseUrl();
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return FALLBACK_BASE_URL;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
