package org.bridgework.erasure;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.ErasedClient;
import org.bridgework.shared.ErasureStep;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client asks for their data to be erased; one of their clinicians, or an admin,
 * finishes it once the client's crisis alerts are followed up, typing the client's name
 * to confirm. Finishing runs every module's {@link ErasureStep} in this one transaction:
 * all of the client's data goes, or (on any failure) none of it.
 */
@Service
public class Erasures {

	static final String CONFIRM_FIELD = "confirm";

	private final CareTeam careTeam;

	private final ErasureRepository requests;

	private final List<ErasureStep> steps;

	private final Clock clock;

	Erasures(CareTeam careTeam, ErasureRepository requests, List<ErasureStep> steps, Clock clock) {
		this.careTeam = careTeam;
		this.requests = requests;
		this.steps = steps.stream().sorted(Comparator.comparingInt(ErasureStep::order)).toList();
		this.clock = clock;
	}

	/**
	 * The signed-in client asks for their data to be erased. Asking again changes
	 * nothing.
	 */
	@Transactional
	public Requested request(CurrentUser client) {
		UUID clientId = this.careTeam.requireSelf(client, "request-erasure").clientId();
		boolean first = this.requests.request(clientId, this.clock.instant());
		return new Requested(this.requests.requestedAt(clientId).orElseThrow(), first);
	}

	/** The day the signed-in client asked (in their time zone), if they have. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> ownRequest(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "view-erasure-request");
		return this.requests.requestedAt(access.clientId()).map((at) -> LocalDate.ofInstant(at, access.timezone()));
	}

	/**
	 * The signed-in client changed their mind before the erasure was finished.
	 * @return whether there was a request to withdraw
	 */
	@Transactional
	public boolean withdraw(CurrentUser client) {
		return this.requests.withdraw(this.careTeam.requireSelf(client, "withdraw-erasure-request").clientId());
	}

	/**
	 * The requests waiting for this person: an admin sees every client's, a clinician
	 * their own clients'. Clients may not ask.
	 */
	@Transactional(readOnly = true)
	public List<PendingErasure> pending(CurrentUser actor) {
		if (!actor.is(Role.ADMIN) && !actor.is(Role.CLINICIAN)) {
			throw new AccessDeniedException("Only clinicians and admins finish erasures");
		}
		return this.requests.pending(actor.is(Role.ADMIN) ? null : actor.id()).stream().map(this::withHoldUp).toList();
	}

	/**
	 * The requests of the clinician's own clients, even when the clinician is an admin
	 * too: what their caseload page shows.
	 */
	@Transactional(readOnly = true)
	List<PendingErasure> pendingOf(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.requests.pending(clinician.id());
	}

	/**
	 * The request of one client, for someone who may finish it. Anyone else, and everyone
	 * when the client has not asked, is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public PendingErasure pendingFor(CurrentUser actor, UUID clientId) {
		this.careTeam.requireOwnClinicianOrAdmin(actor, clientId, "view-erasure-request");
		return this.requests.pendingFor(clientId)
			.map(this::withHoldUp)
			.orElseThrow(() -> new NotFoundException("Client"));
	}

	/**
	 * The client's request, for the client page of a clinician whose access was checked.
	 */
	@Transactional(readOnly = true)
	Optional<PendingErasure> pendingFor(ClientAccess access) {
		return this.requests.pendingFor(access.clientId()).map(this::withHoldUp);
	}

	/**
	 * Finishes the erasure the client asked for. Refused, with nothing removed: for
	 * anyone but the client's clinicians and admins (not found), when the client has not
	 * asked (409; not found for an admin), while a crisis alert is open (409), or when
	 * {@code confirmation} is not the client's name (400).
	 * @return what is left of the client: their ids and pseudonym
	 */
	@Transactional
	public ErasedClient complete(CurrentUser actor, UUID clientId, String confirmation) {
		ClientAccess access = this.careTeam.requireOwnClinicianOrAdmin(actor, clientId, "complete-erasure");
		UUID accountId = this.requests.lockRequest(clientId)
			.orElseThrow(() -> access.isAdmin() ? new NotFoundException("Client")
					: new ConflictException("problem.erasure.notAsked"));
		PendingErasure pending = this.requests.pendingFor(clientId).orElseThrow();
		ErasedClient erased = new ErasedClient(clientId, accountId, ErasedClient.pseudonymOf(clientId),
				this.clock.instant());
		Optional<String> holdUp = holdUp(erased);
		if (holdUp.isPresent()) {
			throw new ConflictException(holdUp.get());
		}
		if (!sameName(confirmation, pending.displayName())) {
			throw new InvalidInputException(CONFIRM_FIELD, "validation.erasure.confirm");
		}
		this.steps.forEach((step) -> step.erase(erased));
		return erased;
	}

	/**
	 * Whether what was typed is the name, whatever its case, accents and spaces: typing
	 * the name is the deliberate step, not spelling "Zoë" on a keyboard without an ë.
	 */
	static boolean sameName(String typed, String name) {
		return typed != null && !typed.isBlank() && plain(typed).equals(plain(name));
	}

	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.strip()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

	/**
	 * @param requestedAt when the client first asked
	 * @param first whether this was that first time
	 */
	public record Requested(Instant requestedAt, boolean first) {
	}

	private PendingErasure withHoldUp(PendingErasure pending) {
		return holdUp(new ErasedClient(pending.clientId(), null, null, this.clock.instant())).map(pending::heldUpBy)
			.orElse(pending);
	}

	private Optional<String> holdUp(ErasedClient client) {
		return this.steps.stream().map((step) -> step.holdUp(client)).flatMap(Optional::stream).findFirst();
	}

}
