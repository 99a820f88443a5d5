package org.bridgework.caseload;

import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClientApiController {

	private final Clients clients;

	ClientApiController(Clients clients) {
		this.clients = clients;
	}

	@PostMapping("/api/v1/clients")
	@ResponseStatus(HttpStatus.CREATED)
	NewClient add(CurrentUser clinician, @RequestBody NewClientRequest body) {
		return this.clients.add(clinician, body.displayName(), body.email(), body.timezone());
	}

	@GetMapping("/api/v1/clients")
	List<ClientProfile> caseload(CurrentUser clinician) {
		return this.clients.caseload(clinician);
	}

	@GetMapping("/api/v1/clients/{clientId}")
	ClientProfile profile(CurrentUser actor, @PathVariable UUID clientId) {
		return this.clients.profile(actor, clientId);
	}

	record NewClientRequest(String displayName, String email, String timezone) {
	}

}
