package org.bridgework.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bridgework.audit.AuditEvent;
import org.bridgework.audit.AuditTrail;
import org.bridgework.audit.AuditedEvent;
import org.bridgework.audit.Outcome;
import org.bridgework.caseload.CoveringGrants.Choice;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass (docs/adr/0015): an admin lets a clinician who is not on a client's care
 * team see the client for a while, with a written reason; it runs out by itself, may be
 * ended early by an admin or by the client's own clinicians, and every step is in the
 * audit trail. {@link CareTeam} reads the grants; this service makes and ends them and
 * says who looked under them.
 */
@Service
public class CoveringAccess {

	static final int REASON_MIN = 10;

	static final int REASON_MAX = 1000;

	static final int HOURS_MIN = 1;

	static final int HOURS_MAX = 7 * 24;

	static final int HOURS_DEFAULT = 24;

	/**
	 * How far back the admin's list and the clinician's page show grants that stopped.
	 */
	static final Duration RECENT = AccessHistory.PERIOD;

	static final String EXPIRED_ACTION = "covering-access-expired";

	private static final int MOST_LISTED = 200;

	private static final int MOST_AUDIT_ROWS = 10_000;

	private static final int EXPIRIES_PER_ROUND = 100;

	private final CoveringGrants grants;

	private final CareTeam careTeam;

	private final AuditTrail trail;

	private final Clock clock;

	CoveringAccess(CoveringGrants grants, CareTeam careTeam, AuditTrail trail, Clock clock) {
		this.grants = grants;
		this.careTeam = careTeam;
		this.trail = trail;
		this.clock = clock;
	}

	/**
	 * Gives the clinician access to the client until {@code hours} from now. Refused for
	 * anyone but an admin (403); with every bad field at once (400), also for a clinician
	 * already on the client's care team; when the clinician already covers this client
	 * (409).
	 */
	@Transactional
	CoveringGrant grant(CurrentUser admin, CoverRequest request) {
		admin.require(Role.ADMIN);
		CoverRequest cover = check(request);
		this.grants.lockClient(cover.clientId());
		// As PostgreSQL keeps it, so the grant runs out at the same instant here as
		// there.
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (this.grants.activeFor(cover.clientId(), cover.clinicianId(), now)) {
			throw new ConflictException("problem.covering.alreadyActive");
		}
		UUID id = UUID.randomUUID();
		this.careTeam.requireAdmin(admin, cover.clientId(), "grant-covering-access", id);
		this.grants.insert(id, cover.clientId(), cover.clinicianId(), admin.id(), now,
				now.plus(Duration.ofHours(cover.hours())), cover.reason());
		return this.grants.find(id).orElseThrow();
	}

	/**
	 * The request with its reason trimmed and its hours defaulted, once every field is
	 * right; the fields that are not, all at once, otherwise.
	 */
	CoverRequest check(CoverRequest request) {
		String reason = FieldChecks.trimToNull(request.reason());
		int hours = (request.hours() != null) ? request.hours() : HOURS_DEFAULT;
		FieldChecks checks = new FieldChecks().check(request.clientId() != null, "clientId", "validation.required")
			.check(request.clinicianId() != null, "clinicianId", "validation.required")
			.required("reason", reason)
			.check(reason == null || reason.codePointCount(0, reason.length()) >= REASON_MIN, "reason",
					"validation.covering.reasonShort", REASON_MIN)
			.maxLength("reason", reason, REASON_MAX)
			.range("hours", hours, HOURS_MIN, HOURS_MAX);
		if (request.clientId() != null && this.grants.client(request.clientId()).isEmpty()) {
			checks.add("clientId", "validation.covering.noClient");
		}
		if (request.clinicianId() != null) {
			if (this.grants.clinician(request.clinicianId()).isEmpty()) {
				checks.add("clinicianId", "validation.covering.noClinician");
			}
			else if (request.clientId() != null
					&& this.grants.ownCliniciansOf(request.clientId()).contains(request.clinicianId())) {
				checks.add("clinicianId", "validation.covering.ownClinician");
			}
		}
		checks.throwIfAny();
		return new CoverRequest(request.clientId(), request.clinicianId(), reason, hours);
	}

	/**
	 * Ends a grant now: by an admin, or by one of the client's own clinicians (who may
	 * end a cover they did not ask for). Anyone else is told it does not exist. A grant
	 * that has ended or run out already stays as it is.
	 * @param clientId the client whose page it is ended from, where only one of the
	 * client's own clinicians may end it (an admin who is a clinician too included); null
	 * from the admin's page or the API, where an admin may too
	 */
	@Transactional
	CoveringGrant end(CurrentUser actor, UUID grantId, UUID clientId) {
		CoveringGrant grant = this.grants.find(grantId)
			.filter((found) -> clientId == null || found.clientId().equals(clientId))
			.orElseThrow(() -> new NotFoundException("Covering access"));
		if (clientId == null && actor.is(Role.ADMIN)) {
			this.careTeam.requireAdmin(actor, grant.clientId(), "end-covering-access", grantId);
		}
		else {
			this.careTeam.requireOwnClinician(actor, grant.clientId(), "end-covering-access", grantId);
		}
		this.grants.end(grantId, actor.id(), this.clock.instant());
		return this.grants.find(grantId).orElseThrow();
	}

	/** Active grants and those that stopped lately, for admins. */
	@Transactional(readOnly = true)
	List<CoveringGrant> recent(CurrentUser admin) {
		admin.require(Role.ADMIN);
		return this.grants.recent(this.clock.instant().minus(RECENT), MOST_LISTED);
	}

	/**
	 * The client's grants of lately, each with when its clinician looked, for the
	 * client's own clinicians only.
	 */
	@Transactional(readOnly = true)
	List<Looked> ofClient(CurrentUser clinician, UUID clientId) {
		ClientAccess access = this.careTeam.requireOwnClinician(clinician, clientId, "view-covering-access", null);
		return withVisits(access, this.grants.ofClient(clientId, this.clock.instant().minus(RECENT)));
	}

	/**
	 * What the client page shows the clinician whose access was checked: all the recent
	 * grants for one of the client's own clinicians; their own grant for the covering
	 * clinician.
	 */
	@Transactional(readOnly = true)
	List<Looked> onClientPage(ClientAccess access) {
		List<CoveringGrant> recent = this.grants.ofClient(access.clientId(), this.clock.instant().minus(RECENT));
		if (access.isCovering()) {
			Instant now = this.clock.instant();
			return recent.stream()
				.filter((grant) -> grant.clinicianId().equals(access.actor().id()) && grant.activeAt(now))
				.map((grant) -> new Looked(grant, List.of()))
				.toList();
		}
		return withVisits(access, recent);
	}

	/** The clients the clinician covers now, for their caseload page. */
	@Transactional(readOnly = true)
	public List<CoveringGrant> coversOf(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.grants.coversOf(clinician.id(), this.clock.instant());
	}

	/** Who covers the clinician's own clients now, for their caseload page. */
	@Transactional(readOnly = true)
	List<CoveringGrant> onCaseloadOf(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.grants.onCaseloadOf(clinician.id(), this.clock.instant());
	}

	/** Every grant on the client, for their exported record (access already checked). */
	@Transactional(readOnly = true)
	public List<CoveringGrant> forRecord(ClientAccess access) {
		return this.grants.allOfClient(access.clientId());
	}

	// Finding the client and the covering clinician: names only.

	@Transactional(readOnly = true)
	List<Choice> clinicians(CurrentUser admin) {
		admin.require(Role.ADMIN);
		return this.grants.clinicians();
	}

	/**
	 * The clients an admin asked for, by the exact email they sign in with or by the
	 * clinician whose caseload they are on: names only, each look in the audit trail.
	 */
	@Transactional(readOnly = true)
	List<Choice> findClients(CurrentUser admin, String email, UUID clinicianId) {
		admin.require(Role.ADMIN);
		String typed = FieldChecks.trimToNull(email);
		List<Choice> found = (typed != null) ? this.grants.clientByEmail(typed).stream().toList()
				: (clinicianId != null) ? this.grants.clientsOf(clinicianId) : List.of();
		found.forEach((client) -> this.careTeam.requireAdmin(admin, client.id(), "find-client-for-cover", null));
		return found;
	}

	/** The client's name and who may cover them: every clinician but their own. */
	@Transactional(readOnly = true)
	Candidates candidates(CurrentUser admin, UUID clientId) {
		admin.require(Role.ADMIN);
		Choice client = this.grants.client(clientId).orElseThrow(() -> new NotFoundException("Client"));
		this.careTeam.requireAdmin(admin, clientId, "find-client-for-cover", null);
		List<UUID> own = this.grants.ownCliniciansOf(clientId);
		return new Candidates(client,
				this.grants.clinicians().stream().filter((clinician) -> !own.contains(clinician.id())).toList());
	}

	/**
	 * Notes in the audit trail each grant that ran out and nobody ended: once, by
	 * whichever node gets to it first.
	 * @return how many it noted
	 */
	@Transactional
	public int recordExpiries() {
		List<CoveringGrants.Expired> expired = this.grants.claimExpired(this.clock.instant(), EXPIRIES_PER_ROUND);
		expired.forEach((grant) -> this.trail
			.record(new AuditEvent(null, null, grant.clientId(), EXPIRED_ACTION, grant.id(), Outcome.SUCCEEDED, null)));
		return expired.size();
	}

	/**
	 * When each grant's clinician looked at the client under it, from the audit trail's
	 * granted accesses of relationship COVERING, gathered into visits as the client's
	 * access history gathers them.
	 */
	private List<Looked> withVisits(ClientAccess access, List<CoveringGrant> grants) {
		if (grants.isEmpty()) {
			return List.of();
		}
		Instant since = grants.stream().map(CoveringGrant::grantedAt).min(Comparator.naturalOrder()).orElseThrow();
		Map<UUID, List<AuditedEvent>> byActor = this.trail.grantedAbout(access.clientId(), since, MOST_AUDIT_ROWS)
			.stream()
			.filter((event) -> event.actorId() != null && Relationship.COVERING.name().equals(event.actorRelation()))
			.collect(Collectors.groupingBy(AuditedEvent::actorId));
		return grants.stream().map((grant) -> {
			List<AuditedEvent> under = byActor.getOrDefault(grant.clinicianId(), List.of())
				.stream()
				.filter((event) -> !event.at().isBefore(grant.grantedAt()) && !event.at().isAfter(grant.endsAt()))
				.toList();
			return new Looked(grant, AccessVisits.of(under).stream().map(AccessVisits.Visit::start).toList());
		}).toList();
	}

	/**
	 * @param hours how long, from now; null for {@link #HOURS_DEFAULT}
	 */
	record CoverRequest(UUID clientId, UUID clinicianId, String reason, Integer hours) {
	}

	/**
	 * A grant and when its clinician looked under it.
	 *
	 * @param visits when each visit began, the latest first
	 */
	record Looked(CoveringGrant grant, List<Instant> visits) {
	}

	/** The client to cover, and the clinicians who may cover them. */
	record Candidates(Choice client, List<Choice> clinicians) {
	}

	static Optional<Integer> hoursOf(String typed) {
		try {
			return Optional.ofNullable(FieldChecks.trimToNull(typed)).map(Integer::valueOf);
		}
		catch (NumberFormatException ex) {
			return Optional.of(-1);
		}
	}

}
