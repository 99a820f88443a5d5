package org.bridgework.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the JSON API: no Spring test support between the test and the
 * server, so what it sees is what an integration sees.
 */
final class ApiClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI base;

	/** The server this client talks to: each test context has its own. */
	URI base() {
		return this.base;
	}

	ApiClient(URI base) {
		this.base = base;
	}

	ApiResponse get(String token, String path) {
		return send("GET", path, token, null, Map.of());
	}

	ApiResponse post(String token, String path, Object body) {
		return send("POST", path, token, body, Map.of());
	}

	ApiResponse post(String token, String path, Object body, Map<String, String> headers) {
		return send("POST", path, token, body, headers);
	}

	/**
	 * @param token the bearer token, or null to call anonymously
	 * @param body a JSON string as is, any other object written as JSON, or null for none
	 */
	ApiResponse send(String method, String path, String token, Object body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json, application/problem+json")
			.method(method, (body != null) ? BodyPublishers.ofString(json(body), StandardCharsets.UTF_8)
					: BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		var response = exchange(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new ApiResponse(method + " " + path, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	/**
	 * Sends a multipart form with text fields and one file, as a phone's browser or app
	 * would.
	 */
	ApiResponse upload(String token, String path, Map<String, String> fields, String fileName, String mediaType,
			byte[] content) {
		String boundary = "----bridgework-test-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mediaType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		var response = exchange(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new ApiResponse("POST " + path, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	/** A GET answered with bytes, such as a drawing or a voice note. */
	HttpResponse<byte[]> download(String token, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		return exchange(request, BodyHandlers.ofByteArray());
	}

	private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
		try {
			return HTTP.send(request.build(), handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

}
