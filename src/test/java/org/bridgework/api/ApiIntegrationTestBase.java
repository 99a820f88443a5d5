package org.bridgework.api;

import java.net.URI;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running app on a random port with its embedded PostgreSQL, as a black-box HTTP
 * client sees it. Every API test class extends this one, so they all share one Spring
 * context and one database: tests make their own people with unique emails and never rely
 * on an empty database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "bridgework.admin.email=" + ApiIntegrationTestBase.ADMIN_EMAIL,
				"bridgework.admin.password=" + ApiIntegrationTestBase.ADMIN_PASSWORD })
abstract class ApiIntegrationTestBase {

	static final String ADMIN_EMAIL = "admin@bridgework.test";

	static final String ADMIN_PASSWORD = "first admin password 2026";

	protected ApiFixtures api;

	@LocalServerPort
	void serverPort(int port) {
		this.api = new ApiFixtures(new ApiClient(URI.create("http://localhost:" + port)), ADMIN_EMAIL, ADMIN_PASSWORD);
	}

}
