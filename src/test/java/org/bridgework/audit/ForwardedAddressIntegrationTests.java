package org.bridgework.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy the installation runs and names
 * ({@code server.forward-headers-strategy}), the audit trail records the address the
 * proxy says the request came from. (Without the setting the header is ignored:
 * {@code AuditTrailIntegrationTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class ForwardedAddressIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theProxysForwardedAddress_isRecorded() throws Exception {
		String requestId = "forwarded-" + UUID.randomUUID();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/me/today"))
			.header("X-Forwarded-For", "203.0.113.7")
			.header("X-Request-Id", requestId)
			.GET()
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(this.jdbc.sql("select remote_address from audit_event where request_id = :id")
			.param("id", requestId)
			.query(String.class)
			.single()).isEqualTo("203.0.113.7");
	}

}
