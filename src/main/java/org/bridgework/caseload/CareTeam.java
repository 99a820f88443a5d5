package org.bridgework.caseload;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one component that decides "may this person see this client". Every service that
 * touches client data asks it first. A client the actor may not see looks exactly like
 * one that does not exist, so nobody learns who else is in care.
 *
 * <p>
 * A clinician with an admin's covering grant that has not ended or run out (by the
 * injected clock) stands to the client as {@link Relationship#COVERING}: {@link #require}
 * and {@link #requireClinician} let them in, for the care itself, and so does
 * {@link #requireClinicianOrAdmin} (the reminder log); {@link #requireOwn},
 * {@link #requireOwnClinician} and {@link #requireOwnClinicianOrAdmin} (export, arranging
 * cover, erasure) do not (docs/adr/0015).
 */
@Component
public class CareTeam {

	private final JdbcClient jdbc;

	private final AccessJournal journal;

	private final Clock clock;

	CareTeam(JdbcClient jdbc, AccessJournal journal, Clock clock) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * The client themselves or one of their clinicians, or a clinician covering for them.
	 */
	@Transactional(readOnly = true)
	public ClientAccess require(CurrentUser actor, UUID clientId, String action) {
		return require(actor, clientId, action, null);
	}

	/**
	 * As {@link #require(CurrentUser, UUID, String)}, about one thing of the client's (an
	 * assignment, a goal...), which the audit trail names.
	 */
	@Transactional(readOnly = true)
	public ClientAccess require(CurrentUser actor, UUID clientId, String action, UUID objectId) {
		ClientAccess access = find(actor, clientId).orElseThrow(() -> refused(actor, clientId, action, objectId));
		this.journal.granted(access, action, objectId);
		return access;
	}

	/**
	 * One of the client's clinicians, or a clinician covering for them, for what only
	 * clinicians do (assigning, reviewing).
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireClinician(CurrentUser actor, UUID clientId, String action) {
		return requireClinician(actor, clientId, action, null);
	}

	/**
	 * As {@link #requireClinician(CurrentUser, UUID, String)}, about one thing of the
	 * client's.
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireClinician(CurrentUser actor, UUID clientId, String action, UUID objectId) {
		if (!actor.is(Role.CLINICIAN)) {
			this.journal.refused(actor, clientId, action, objectId);
			throw new AccessDeniedException("This needs the CLINICIAN role");
		}
		ClientAccess access = find(actor, clientId).filter(ClientAccess::isClinician)
			.orElseThrow(() -> refused(actor, clientId, action, objectId));
		this.journal.granted(access, action, objectId);
		return access;
	}

	/**
	 * The client themselves or one of their own clinicians, never a covering clinician:
	 * for taking a copy of the whole record away.
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireOwn(CurrentUser actor, UUID clientId, String action) {
		ClientAccess access = find(actor, clientId).filter((found) -> !found.isCovering())
			.orElseThrow(() -> refused(actor, clientId, action, null));
		this.journal.granted(access, action, null);
		return access;
	}

	/**
	 * One of the client's own clinicians, never a covering clinician: for looking after
	 * who may see the client (the covering grants on them).
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireOwnClinician(CurrentUser actor, UUID clientId, String action, UUID objectId) {
		if (!actor.is(Role.CLINICIAN)) {
			this.journal.refused(actor, clientId, action, objectId);
			throw new AccessDeniedException("This needs the CLINICIAN role");
		}
		ClientAccess access = find(actor, clientId).filter(CareTeam::isOwnClinician)
			.orElseThrow(() -> refused(actor, clientId, action, objectId));
		this.journal.granted(access, action, objectId);
		return access;
	}

	/**
	 * One of the client's clinicians (a covering one too), or an admin: for what the
	 * clinic looks after rather than the care itself (the reminder delivery log). An
	 * admin gets an access of {@link Relationship#ADMIN}, which shows nothing of the
	 * record; anyone else is told the client does not exist, and so is everyone once the
	 * client is erased.
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireClinicianOrAdmin(CurrentUser actor, UUID clientId, String action) {
		return clinicianOrAdmin(actor, clientId, action, ClientAccess::isClinician);
	}

	/**
	 * As {@link #requireClinicianOrAdmin}, but never a covering clinician: for finishing
	 * an erasure, which only the client's own clinicians or an admin may do.
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireOwnClinicianOrAdmin(CurrentUser actor, UUID clientId, String action) {
		return clinicianOrAdmin(actor, clientId, action, CareTeam::isOwnClinician);
	}

	private ClientAccess clinicianOrAdmin(CurrentUser actor, UUID clientId, String action,
			Predicate<ClientAccess> clinicianEnough) {
		if (actor.is(Role.CLINICIAN)) {
			Optional<ClientAccess> clinician = find(actor, clientId).filter(clinicianEnough);
			if (clinician.isPresent()) {
				this.journal.granted(clinician.get(), action, null);
				return clinician.get();
			}
		}
		return requireAdmin(actor, clientId, action, null);
	}

	/**
	 * An admin, as an admin even when also the client's clinician: for arranging cover,
	 * which shows nothing of the record. Anyone else is refused for their role.
	 */
	@Transactional(readOnly = true)
	ClientAccess requireAdmin(CurrentUser actor, UUID clientId, String action, UUID objectId) {
		if (!actor.is(Role.ADMIN)) {
			throw refused(actor, clientId, action, objectId);
		}
		ClientAccess admin = this.jdbc.sql("select timezone from client where id = :client and erased_at is null")
			.param("client", clientId)
			.query(String.class)
			.optional()
			.map((zone) -> new ClientAccess(actor, clientId, ZoneId.of(zone), Relationship.ADMIN))
			.orElseThrow(() -> refused(actor, clientId, action, objectId));
		this.journal.granted(admin, action, objectId);
		return admin;
	}

	/**
	 * The signed-in client's own record.
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireSelf(CurrentUser actor, String action) {
		if (!actor.is(Role.CLIENT)) {
			this.journal.refused(actor, null, action, null);
			throw new AccessDeniedException("Only clients have their own homework");
		}
		UUID clientId = this.jdbc.sql("select id from client where account_id = :account")
			.param("account", actor.id())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new AccessDeniedException("No client record for this account"));
		return require(actor, clientId, action);
	}

	/**
	 * Written down, then said not to exist: nobody learns who is in care.
	 */
	private NotFoundException refused(CurrentUser actor, UUID clientId, String action, UUID objectId) {
		this.journal.refused(actor, clientId, action, objectId);
		return new NotFoundException("Client");
	}

	private Optional<ClientAccess> find(CurrentUser actor, UUID clientId) {
		return this.jdbc.sql("""
				select c.timezone,
				       c.account_id = :actor as is_self,
				       exists(select 1 from care_team_member m
				              where m.client_id = c.id and m.clinician_id = :actor) as is_clinician,
				       exists(select 1 from covering_access g
				              where g.client_id = c.id and g.clinician_id = :actor and g.ended_at is null
				                and g.granted_at <= :now and g.expires_at > :now) as is_covering
				from client c where c.id = :client and c.erased_at is null""")
			.param("actor", actor.id())
			.param("client", clientId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> {
				ZoneId zone = ZoneId.of(rs.getString("timezone"));
				if (rs.getBoolean("is_self") && actor.is(Role.CLIENT)) {
					return Optional.of(new ClientAccess(actor, clientId, zone, Relationship.SELF));
				}
				if (rs.getBoolean("is_clinician") && actor.is(Role.CLINICIAN)) {
					return Optional.of(new ClientAccess(actor, clientId, zone, Relationship.CLINICIAN));
				}
				if (rs.getBoolean("is_covering") && actor.is(Role.CLINICIAN)) {
					return Optional.of(new ClientAccess(actor, clientId, zone, Relationship.COVERING));
				}
				return Optional.<ClientAccess>empty();
			})
			.optional()
			.flatMap((found) -> found);
	}

	private static boolean isOwnClinician(ClientAccess access) {
		return access.relationship() == Relationship.CLINICIAN;
	}

}
