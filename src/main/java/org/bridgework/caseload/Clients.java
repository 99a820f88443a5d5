package org.bridgework.caseload;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.identity.AccountEmails;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.TimeZones;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A clinician's caseload: adding clients, looking them up, and new invitation links for
 * those who have not signed up yet.
 */
@Service
public class Clients {

	static final String KEY_FIELD = "Idempotency-Key";

	static final int KEY_MAX = 200;

	private final ClientRepository clients;

	private final Accounts accounts;

	private final CareTeam careTeam;

	private final AccountEmails emails;

	private final TransactionTemplate transactions;

	Clients(ClientRepository clients, Accounts accounts, CareTeam careTeam, AccountEmails emails,
			TransactionTemplate transactions) {
		this.clients = clients;
		this.accounts = accounts;
		this.careTeam = careTeam;
		this.emails = emails;
		this.transactions = transactions;
	}

	/**
	 * Adds a client to the clinician's caseload and invites them. The clinician becomes
	 * the client's clinician.
	 */
	@Transactional
	public NewClient add(CurrentUser clinician, String displayName, String email, String timezone) {
		return addOnce(clinician, null, displayName, email, timezone).asNewClient();
	}

	/**
	 * Adds a client once per key: the same key with the same details again (a refreshed
	 * page, a retried request) adds nobody and gives the client added the first time a
	 * new link, since the first one cannot be shown again. The same key with other
	 * details is refused.
	 * @param creationKey the form's or request's one-time key; null adds without one
	 */
	@Transactional
	AddedClient addOnce(CurrentUser clinician, String creationKey, String displayName, String email, String timezone) {
		clinician.require(Role.CLINICIAN);
		String key = FieldChecks.trimToNull(creationKey);
		if (key != null) {
			new FieldChecks().maxLength(KEY_FIELD, key, KEY_MAX).throwIfAny();
			this.clients.lockCreationKey(clinician.id(), key);
			Optional<ClientProfile> earlier = this.clients.findByCreationKey(clinician.id(), key);
			if (earlier.isPresent()) {
				return addedBefore(clinician, earlier.get(), displayName, email, timezone);
			}
		}
		new FieldChecks().required("timezone", timezone)
			.check(timezone == null || timezone.isBlank() || TimeZones.isAccepted(timezone), "timezone",
					"validation.timezone")
			.required("displayName", displayName)
			.throwIfAny();
		IssuedInvitation invitation = this.accounts.invite(clinician, email, displayName, EnumSet.of(Role.CLIENT));
		UUID clientId = UUID.randomUUID();
		this.clients.insert(clientId, invitation.accountId(), displayName.trim(), timezone.trim(), clinician.id(), key);
		return new AddedClient(clientId, displayName.trim(), invitation.inviteUrl(), false);
	}

	/**
	 * A new invitation link for a client who lost theirs or let it run out. Only the
	 * newest link works. Refused once the client has signed up.
	 */
	@Transactional
	public NewClient newInvitationLink(CurrentUser clinician, UUID clientId) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "new-invitation-link");
		IssuedInvitation invitation = this.accounts.reissueInvitation(clinician,
				this.clients.accountIdOf(access.clientId()));
		return new NewClient(access.clientId(), invitation.inviteUrl());
	}

	/**
	 * A new invitation link, as {@link #newInvitationLink}, then emailed to the client
	 * once it is stored, when they have an email and the installation can send one. The
	 * email says nothing of therapy: only that there is a link to choose a password.
	 */
	public ResentInvitation resendInvitation(CurrentUser clinician, UUID clientId) {
		IssuedInvitation invitation = this.transactions.execute((status) -> {
			ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "new-invitation-link");
			return this.accounts.reissueInvitation(clinician, this.clients.accountIdOf(access.clientId()));
		});
		return new ResentInvitation(new NewClient(clientId, invitation.inviteUrl()),
				this.emails.sendInvitation(invitation));
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

	/**
	 * The client's profile and the names of their clinicians, for someone whose access
	 * was already checked (the title of an exported record).
	 */
	@Transactional(readOnly = true)
	public CareRecordHeader header(ClientAccess access) {
		return new CareRecordHeader(this.clients.find(access.clientId()).orElseThrow(),
				this.clients.clinicianNamesOf(access.clientId()), this.clients.accountIdOf(access.clientId()),
				this.clients.accountNameOf(access.clientId()));
	}

	/**
	 * Whether a repeated request asks for the client the key added before. The email is
	 * not compared once the client has signed up: they may have chosen it themselves.
	 */
	static boolean sameClient(ClientProfile earlier, String displayName, String email, String timezone) {
		return earlier.displayName().equals(FieldChecks.trimToNull(displayName))
				&& earlier.timezone().equals(FieldChecks.trimToNull(timezone))
				&& (earlier.signedUp() || Objects.equals(lowerCase(earlier.email()), lowerCase(email)));
	}

	private AddedClient addedBefore(CurrentUser clinician, ClientProfile earlier, String displayName, String email,
			String timezone) {
		if (!sameClient(earlier, displayName, email, timezone)) {
			throw new ConflictException("problem.client.keyReused");
		}
		if (earlier.signedUp()) {
			this.careTeam.requireClinician(clinician, earlier.id(), "view-profile");
			return new AddedClient(earlier.id(), earlier.displayName(), null, true);
		}
		return new AddedClient(earlier.id(), earlier.displayName(),
				newInvitationLink(clinician, earlier.id()).inviteUrl(), true);
	}

	private static String lowerCase(String email) {
		String trimmed = FieldChecks.trimToNull(email);
		return (trimmed != null) ? trimmed.toLowerCase(Locale.ROOT) : null;
	}

}
