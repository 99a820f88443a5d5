package org.bridgework.safety;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The installation's crisis resources ({@code bridgework.crisis.resources[n].*}). The
 * defaults in application.properties cover a few countries and a way to find a helpline
 * anywhere; an installation that sets its own list replaces them whole. Start-up fails
 * rather than run with none.
 */
@ConfigurationProperties("bridgework.crisis")
public record CrisisResources(List<CrisisResource> resources) {

	public CrisisResources {
		resources = (resources == null) ? List.of()
				: resources.stream()
					.filter((resource) -> resource.name() != null && !resource.name().isBlank())
					.toList();
		if (resources.isEmpty()) {
			throw new IllegalStateException("bridgework.crisis.resources must name at least one crisis resource: "
					+ "people are shown this list when they need help now");
		}
	}

	public List<CrisisResource> all() {
		return this.resources;
	}

}
