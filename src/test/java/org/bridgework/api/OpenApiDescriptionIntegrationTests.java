package org.bridgework.api;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /api-docs/openapi.yaml} lists exactly the API routes
 * the application maps, each with its answers: a new route without a description fails
 * here, and so does a description of a route that is gone.
 */
class OpenApiDescriptionIntegrationTests extends ApiIntegrationTestBase {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	@Test
	void describesEveryRouteTheApplicationMapsAndNoOther(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Map<String, Object> description = description();
		Set<String> described = new TreeSet<>();
		paths(description).forEach((path, item) -> operations(item).forEach((method, operation) -> {
			described.add(method.toUpperCase(Locale.ROOT) + " " + path);
			assertThat(operation).as("%s %s", method, path).containsKeys("summary", "responses");
		}));
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach((info) -> {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/")) {
					info.getMethodsCondition().getMethods().forEach((method) -> mapped.add(method + " " + pattern));
				}
			}
		});

		assertThat(described).containsExactlyElementsOf(mapped);
	}

	@Test
	void isOpenToAnyoneAsOpenApi31() {
		Map<String, Object> description = description();

		assertThat(description.get("openapi")).isEqualTo("3.1.0");
		assertThat(description).containsKeys("info", "paths", "components");
	}

	private Map<String, Object> description() {
		ApiResponse response = this.api.http().get(null, "/api-docs/openapi.yaml");
		assertThat(response.status()).isEqualTo(200);
		return new Yaml().load(response.body());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> paths(Map<String, Object> description) {
		return (Map<String, Map<String, Object>>) description.get("paths");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> operations(Map<String, Object> item) {
		Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
		item.forEach((key, value) -> {
			if (METHODS.contains(key)) {
				operations.put(key, (Map<String, Object>) value);
			}
		});
		return operations;
	}

}
