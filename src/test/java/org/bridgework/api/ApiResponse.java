package org.bridgework.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One answer from the API, with the checks the contract asks of every answer.
 */
record ApiResponse(String request, int status, String contentType, String body) {

	JsonNode json() {
		return ApiClient.JSON.readTree(this.body);
	}

	/** Asserts the status, showing the body when it differs. */
	ApiResponse expect(int expected) {
		assertThat(this.status).as("status of %s, body: %s", this.request, this.body).isEqualTo(expected);
		assertUtf8();
		return this;
	}

	/** JSON in and out is UTF-8: a declared charset must say so. */
	void assertUtf8() {
		String type = this.contentType.toLowerCase(Locale.ROOT).replace(" ", "");
		if (type.contains("charset=")) {
			assertThat(type).as("content type of %s", this.request).contains("charset=utf-8");
		}
	}

	/** Asserts a 201 and returns the new object's {@code id}. */
	UUID created() {
		expect(201);
		return UUID.fromString(json().get("id").stringValue());
	}

	/**
	 * Asserts an RFC 9457 problem with this status and a human {@code detail}.
	 */
	JsonNode problem(int expected) {
		expect(expected);
		assertProblemShape();
		return json();
	}

	void assertProblemShape() {
		assertThat(this.contentType).as("content type of %s", this.request).startsWith("application/problem+json");
		assertUtf8();
		JsonNode detail = json().get("detail");
		assertThat(detail).as("detail of %s, body: %s", this.request, this.body).isNotNull();
		assertThat(detail.stringValue()).as("detail of %s", this.request).isNotBlank();
		assertThat(json().get("status").intValue()).isEqualTo(this.status);
	}

	/**
	 * Asserts a 400 validation problem and returns the fields it names. Every error
	 * carries a field and a message.
	 */
	List<String> invalidFields() {
		JsonNode errors = problem(400).get("errors");
		assertThat(errors).as("errors of %s, body: %s", this.request, this.body).isNotNull();
		List<String> fields = new ArrayList<>();
		for (JsonNode error : errors) {
			assertThat(error.get("message").stringValue()).as("message of %s", error).isNotBlank();
			fields.add(error.get("field").stringValue());
		}
		return fields;
	}

}
