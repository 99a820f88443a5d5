package org.bridgework.identity;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to the invitation page, from the configured base URL or, without one,
 * from the address the inviting request came to.
 */
@Component
class InvitationLinks {

	static final String PATH = "/invite/";

	/**
	 * Used only outside a web request (the demo data), when no base URL is configured.
	 */
	private static final String FALLBACK_BASE_URL = "http://localhost:8080";

	private final InvitationProperties properties;

	InvitationLinks(InvitationProperties properties) {
		this.properties = properties;
	}

	String urlFor(String token) {
		return baseUrl() + PATH + token;
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
