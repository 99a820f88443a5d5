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

	public boolean isClinician() {
		return this.relationship == Relationship.CLINICIAN;
	}

	public boolean isAdmin() {
		return this.relationship == Relationship.ADMIN;
	}

}
