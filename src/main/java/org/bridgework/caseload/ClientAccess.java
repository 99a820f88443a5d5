package org.bridgework.caseload;

import java.time.ZoneId;
import java.util.UUID;

import org.bridgework.identity.CurrentUser;

/**
 * Proof that {@code actor} may work with a client's data, and how they stand to the
 * client. Only {@link CareTeam} makes these, so holding one means the check was done.
 */
public final class ClientAccess {

	private final CurrentUser actor;

	private final UUID clientId;

	private final ZoneId timezone;

	private final Relationship relationship;

	ClientAccess(CurrentUser actor, UUID clientId, ZoneId timezone, Relationship relationship) {
		this.actor = actor;
		this.clientId = clientId;
		this.timezone = timezone;
		this.relationship = relationship;
	}

	public CurrentUser actor() {
		return this.actor;
	}

	public UUID clientId() {
		return this.clientId;
	}

	public ZoneId timezone() {
		return this.timezone;
	}

	public Relationship relationship() {
		return this.relationship;
	}

	public boolean isClient() {
		return this.relationship == Relationship.SELF;
	}

	/**
	 * Whether the person sees the record as a clinician does: one of the client's own
	 * clinicians, or a clinician covering for them.
	 */
	public boolean isClinician() {
		return this.relationship == Relationship.CLINICIAN || this.relationship == Relationship.COVERING;
	}

	/** Whether the person sees the record only under an admin's covering grant. */
	public boolean isCovering() {
		return this.relationship == Relationship.COVERING;
	}

	public boolean isAdmin() {
		return this.relationship == Relationship.ADMIN;
	}

}
