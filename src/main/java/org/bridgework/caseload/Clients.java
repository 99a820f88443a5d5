package org.bridgework.caseload;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's caseload: adding clients and looking them up.
 */
@Service
public class Clients {

	private final ClientRepository clients;

	private final Accounts accounts;

	private final CareTeam careTeam;

	Clients(ClientRepository clients, Accounts accounts, CareTeam careTeam) {
		this.clients = clients;
		this.accounts = accounts;
		this.careTeam = careTeam;
	}

	/**
	 * Adds a client to the clinician's caseload and invites them. The clinician becomes
	 * the client's clinician.
	 */
	@Transactional
	public NewClient add(CurrentUser clinician, String displayName, String email, String timezone) {
		clinician.require(Role.CLINICIAN);
		new FieldChecks().required("timezone", timezone)
			.check(timezone == null || timezone.isBlank() || isZone(timezone), "timezone", "validation.timezone")
			.required("displayName", displayName)
			.throwIfAny();
		IssuedInvitation invitation = this.accounts.invite(clinician, email, displayName, EnumSet.of(Role.CLIENT));
		UUID clientId = UUID.randomUUID();
		this.clients.insert(clientId, invitation.accountId(), displayName.trim(), timezone.trim(), clinician.id());
		return new NewClient(clientId, invitation.inviteUrl());
	}

	@Transactional(readOnly = true)
	public List<ClientProfile> caseload(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.clients.caseloadOf(clinician.id());
	}

	@Transactional(readOnly = true)
	public ClientProfile profile(CurrentUser actor, UUID clientId) {
		ClientAccess access = this.careTeam.requireClinician(actor, clientId, "view-profile");
		return this.clients.find(access.clientId()).orElseThrow();
	}

	static boolean isZone(String timezone) {
		try {
			ZoneId.of(timezone.trim());
			return timezone.contains("/") || "UTC".equals(timezone.trim());
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
