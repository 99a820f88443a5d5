package org.bridgework.erasure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;
import org.bridgework.shared.ErasedClient;
import org.bridgework.shared.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Erasure in the JSON API: the client asks (or withdraws), their clinicians and admins
 * see what waits and finish it.
 */
@RestController
class ErasureApiController {

	private final Erasures erasures;

	private final Messages messages;

	ErasureApiController(Erasures erasures, Messages messages) {
		this.erasures = erasures;
		this.messages = messages;
	}

	@PostMapping("/api/v1/me/erasure-request")
	ResponseEntity<RequestView> request(CurrentUser client) {
		Erasures.Requested requested = this.erasures.request(client);
		return ResponseEntity.status(requested.first() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new RequestView(requested.requestedAt()));
	}

	@DeleteMapping("/api/v1/me/erasure-request")
	ResponseEntity<Void> withdraw(CurrentUser client) {
		this.erasures.withdraw(client);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/erasure-requests")
	List<PendingView> pending(CurrentUser actor) {
		return this.erasures.pending(actor)
			.stream()
			.map((pending) -> new PendingView(pending.clientId(), pending.displayName(), pending.clinicians(),
					pending.requestedAt(), pending.isHeldUp() ? this.messages.get(pending.holdUp()) : null))
			.toList();
	}

	@PostMapping("/api/v1/clients/{clientId}/erasure")
	ErasedView complete(CurrentUser actor, @PathVariable UUID clientId, @RequestBody(required = false) Confirm body) {
		ErasedClient erased = this.erasures.complete(actor, clientId, (body != null) ? body.confirm() : null);
		return new ErasedView(erased.clientId(), erased.pseudonym(), erased.at());
	}

	record RequestView(Instant requestedAt) {
	}

	/**
	 * @param holdUp why it cannot be finished yet, in words, or null
	 */
	record PendingView(UUID clientId, String displayName, List<String> clinicians, Instant requestedAt, String holdUp) {
	}

	/**
	 * @param confirm the client's name, typed
	 */
	record Confirm(String confirm) {
	}

	/**
	 * @param displayName the pseudonym the client goes by from now on
	 */
	record ErasedView(UUID id, String displayName, Instant erasedAt) {
	}

}
