package org.bridgework.shared;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.HandlerMapping;

/**
 * Reads a path variable of the request being handled, for code that runs around a
 * controller rather than in it (such as interceptors that add panels to other modules'
 * pages).
 */
public final class PathVariables {

	private PathVariables() {
	}

	/** The variable as a UUID, or null when it is missing or not one. */
	public static UUID uuid(HttpServletRequest request, String name) {
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get(name) instanceof String id) {
			try {
				return UUID.fromString(id);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

}
