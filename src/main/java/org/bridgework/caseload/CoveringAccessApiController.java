package org.bridgework.caseload;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CoveringAccess.CoverRequest;
import org.bridgework.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Break-glass through the API: admins give, list and end covering access; a client's own
 * clinicians list the grants on their client with when the covering clinician looked.
 */
@RestController
class CoveringAccessApiController {

	private final CoveringAccess covering;

	private final Clock clock;

	CoveringAccessApiController(CoveringAccess covering, Clock clock) {
		this.covering = covering;
		this.clock = clock;
	}

	@PostMapping("/api/v1/covering-access")
	@ResponseStatus(HttpStatus.CREATED)
	Grant grant(CurrentUser admin, @RequestBody GrantBody body) {
		CoveringGrant grant = this.covering.grant(admin,
				new CoverRequest(body.clientId(), body.clinicianId(), body.reason(), body.hours()));
		return Grant.of(grant, this.clock.instant());
	}

	@GetMapping("/api/v1/covering-access")
	List<Grant> recent(CurrentUser admin) {
		Instant now = this.clock.instant();
		return this.covering.recent(admin).stream().map((grant) -> Grant.of(grant, now)).toList();
	}

	@PostMapping("/api/v1/covering-access/{grantId}/end")
	Grant end(CurrentUser actor, @PathVariable UUID grantId) {
		return Grant.of(this.covering.end(actor, grantId, null), this.clock.instant());
	}

	@GetMapping("/api/v1/clients/{clientId}/covering-access")
	List<GrantWithVisits> ofClient(CurrentUser clinician, @PathVariable UUID clientId) {
		Instant now = this.clock.instant();
		return this.covering.ofClient(clinician, clientId)
			.stream()
			.map((looked) -> new GrantWithVisits(Grant.of(looked.grant(), now), looked.visits()))
			.toList();
	}

	/**
	 * @param hours how long from now, 1 to 168; 24 when left out
	 */
	record GrantBody(UUID clientId, UUID clinicianId, String reason, Integer hours) {
	}

	/**
	 * @param status {@code ACTIVE}, {@code ENDED} (early) or {@code EXPIRED}
	 */
	record Grant(UUID id, UUID clientId, String clientName, UUID clinicianId, String clinicianName, UUID grantedBy,
			String grantedByName, Instant grantedAt, Instant expiresAt, String reason, String status, Instant endedAt,
			UUID endedBy, String endedByName) {

		static Grant of(CoveringGrant grant, Instant now) {
			return new Grant(grant.id(), grant.clientId(), grant.clientName(), grant.clinicianId(),
					grant.clinicianName(), grant.grantedBy(), grant.grantedByName(), grant.grantedAt(),
					grant.expiresAt(), grant.reason(), grant.statusAt(now).name(), grant.endedAt(), grant.endedBy(),
					grant.endedByName());
		}

	}

	/**
	 * @param visits when the covering clinician began each visit to the client's record
	 * under this grant, the latest first
	 */
	record GrantWithVisits(Grant grant, List<Instant> visits) {
	}

}
