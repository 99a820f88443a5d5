package org.bridgework.safety;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The same list as the help page, for apps: open without a token, like the page.
 */
@RestController
class CrisisResourcesApiController {

	private final CrisisResources resources;

	CrisisResourcesApiController(CrisisResources resources) {
		this.resources = resources;
	}

	@GetMapping("/api/v1/crisis-resources")
	List<CrisisResource> all() {
		return this.resources.all();
	}

}
