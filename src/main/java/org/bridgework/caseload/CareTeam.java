package org.bridgework.caseload;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

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
 */
@Component
public class CareTeam {

	private final JdbcClient jdbc;

	private final AccessJournal journal;

	CareTeam(JdbcClient jdbc, AccessJournal journal) {
		this.jdbc = jdbc;
		this.journal = journal;
	}

	/**
	 * The client themselves or one of their clinicians.
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
	 * One of the client's clinicians, for what only clinicians do (assigning, reviewing).
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
	 * One of the client's clinicians, or an admin: for what the clinic looks after rather
	 * than the care itself (finishing an erasure, the reminder delivery log). An admin
	 * gets an access of {@link Relationship#ADMIN}, which shows nothing of the record;
	 * anyone else is told the client does not exist, and so is everyone once the client
	 * is erased.
	 */
	@Transactional(readOnly = true)
	public ClientAccess requireClinicianOrAdmin(CurrentUser actor, UUID clientId, String action) {
		if (actor.is(Role.CLINICIAN)) {
			Optional<ClientAccess> clinician = find(actor, clientId).filter(ClientAccess::isClinician);
			if (clinician.isPresent()) {
				this.journal.granted(clinician.get(), action, null);
				return clinician.get();
			}
		}
		if (!actor.is(Role.ADMIN)) {
			throw refused(actor, clientId, action, null);
		}
		ClientAccess admin = this.jdbc.sql("select timezone from client where id = :client and erased_at is null")
			.param("client", clientId)
			.query(String.class)
			.optional()
			.map((zone) -> new ClientAccess(actor, clientId, ZoneId.of(zone), Relationship.ADMIN))
			.orElseThrow(() -> refused(actor, clientId, action, null));
		this.journal.granted(admin, action, null);
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
				              where m.client_id = c.id and m.clinician_id = :actor) as is_clinician
				from client c where c.id = :client and c.erased_at is null""")
			.param("actor", actor.id())
			.param("client", clientId)
			.query((rs, row) -> {
				ZoneId zone = ZoneId.of(rs.getString("timezone"));
				if (rs.getBoolean("is_self") && actor.is(Role.CLIENT)) {
					return Optional.of(new ClientAccess(actor, clientId, zone, Relationship.SELF));
				}
				if (rs.getBoolean("is_clinician") && actor.is(Role.CLINICIAN)) {
					return Optional.of(new ClientAccess(actor, clientId, zone, Relationship.CLINICIAN));
				}
				return Optional.<ClientAccess>empty();
			})
			.optional()
			.flatMap((found) -> found);
	}

}
