package org.bridgework.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes the API's 401 and 403 answers as problem details, before any controller runs.
 * They carry nothing of what was asked for.
 */
@Component
class ApiProblemResponses {

	private final JsonMapper json;

	private final Messages messages;

	ApiProblemResponses(JsonMapper json, Messages messages) {
		this.json = json;
		this.messages = messages;
	}

	void write(HttpServletResponse response, HttpStatus status, String messageCode) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.get(messageCode));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		// The servlet default is ISO-8859-1; the API speaks UTF-8 (API.md).
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
