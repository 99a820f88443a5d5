package org.bridgework.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bridgework.identity.AccountRepository.StoredAccount;
import org.bridgework.identity.InvitationRepository.StoredInvitation;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.GoneException;
import org.bridgework.shared.NotFoundException;
import org.bridgework.shared.Tokens;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and lets their people in: the first admin, invited clinicians and
 * clients.
 */
@Service
public class Accounts {

	private final AccountRepository accounts;

	private final InvitationRepository invitations;

	private final Links links;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final InvitationProperties properties;

	private final Clock clock;

	Accounts(AccountRepository accounts, InvitationRepository invitations, Links links, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, InvitationProperties properties, Clock clock) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Whether anybody at all has an account (demo people included): on a fresh install
	 * the web pages go straight to the first-run form.
	 */
	@Transactional(readOnly = true)
	public boolean anyExist() {
		return this.accounts.anyExist();
	}

	/**
	 * Whether Bridgework has its first admin. Until then the web pages offer the
	 * first-run form. Demo people do not count: they are nobody's admin.
	 */
	@Transactional(readOnly = true)
	public boolean isSetUp() {
		return this.accounts.adminExists();
	}

	/**
	 * Creates the first account, an admin who is also a clinician. Refused once any
	 * account exists.
	 */
	@Transactional
	public UUID createFirstAccount(String email, String displayName, String password) {
		FieldChecks checks = new FieldChecks().required("email", email)
			.email("email", email)
			.required("displayName", displayName)
			.maxLength("displayName", displayName, 120);
		this.passwordPolicy.check(checks, "password", password).throwIfAny();
		this.accounts.lockFirstRun();
		if (this.accounts.adminExists()) {
			throw new ConflictException("problem.setup.done");
		}
		UUID id = UUID.randomUUID();
		this.accounts.insert(id, email.trim(), displayName.trim(), this.passwordEncoder.encode(password),
				EnumSet.of(Role.ADMIN, Role.CLINICIAN));
		return id;
	}

	@Transactional
	public IssuedInvitation inviteClinician(CurrentUser admin, String email, String displayName) {
		admin.require(Role.ADMIN);
		// A clinician signs in with the email the admin gives; both missing are said at
		// once.
		new FieldChecks().required("displayName", displayName).required("email", email).throwIfAny();
		return invite(admin, email, displayName, EnumSet.of(Role.CLINICIAN));
	}

	/**
	 * Creates an account waiting for its person and a single-use link for them. Callers
	 * check that {@code invitedBy} may do this.
	 */
	@Transactional
	public IssuedInvitation invite(CurrentUser invitedBy, String email, String displayName, Set<Role> roles) {
		String cleanEmail = FieldChecks.trimToNull(email);
		FieldChecks checks = new FieldChecks().required("displayName", displayName)
			.maxLength("displayName", displayName, 120)
			.email("email", cleanEmail)
			.maxLength("email", cleanEmail, 254);
		checks.check(cleanEmail == null || checks.hasProblemWith("email") || !this.accounts.emailTaken(cleanEmail),
				"email", "validation.email.taken");
		checks.throwIfAny();
		UUID accountId = UUID.randomUUID();
		this.accounts.insert(accountId, cleanEmail, displayName.trim(), null, roles);
		return issue(invitedBy, accountId);
	}

	/**
	 * A new link for someone whose link got lost or ran out. Every earlier link of the
	 * account stops working, so only the newest one lets them in. Refused once they have
	 * chosen a password: they sign in instead. Callers check that {@code issuer} may do
	 * this.
	 */
	@Transactional
	public IssuedInvitation reissueInvitation(CurrentUser issuer, UUID accountId) {
		StoredAccount account = this.accounts.lockById(accountId).orElseThrow(() -> new NotFoundException("Account"));
		if (account.passwordHash() != null) {
			throw new ConflictException("problem.invitation.signedUp");
		}
		this.invitations.replaceUnused(accountId, this.clock.instant());
		return issue(issuer, accountId);
	}

	/**
	 * Clinicians an admin invited who have not chosen a password yet, for a new link.
	 */
	@Transactional(readOnly = true)
	List<WaitingClinician> cliniciansWaiting(CurrentUser admin) {
		admin.require(Role.ADMIN);
		return this.accounts.waitingToSignUp(Role.CLINICIAN);
	}

	/**
	 * A new invitation link for a clinician who has not signed up yet; earlier links stop
	 * working. Only for clinicians: a client's link comes from their own clinician, who
	 * is on their care team.
	 */
	@Transactional
	IssuedInvitation reissueClinicianInvitation(CurrentUser admin, UUID accountId) {
		admin.require(Role.ADMIN);
		StoredAccount account = this.accounts.findById(accountId)
			.filter((found) -> found.roles().contains(Role.CLINICIAN) && !found.roles().contains(Role.CLIENT))
			.orElseThrow(() -> new NotFoundException("Clinician"));
		return reissueInvitation(admin, account.id());
	}

	private IssuedInvitation issue(CurrentUser issuer, UUID accountId) {
		String token = Tokens.newSecret();
		this.invitations.insert(Tokens.sha256(token), accountId, (issuer != null) ? issuer.id() : null,
				this.clock.instant().plus(this.properties.validFor()));
		return new IssuedInvitation(accountId, token, this.links.invitation(token));
	}

	@Transactional(readOnly = true)
	public PendingInvitation pendingInvitation(String token) {
		StoredInvitation invitation = usableInvitation(token);
		StoredAccount account = this.accounts.findById(invitation.accountId()).orElseThrow();
		return new PendingInvitation(account.displayName(), account.email() == null);
	}

	/**
	 * Sets the password of an invited account. The link then stops working.
	 * @param email the sign-in email, needed only when the inviter did not give one
	 */
	@Transactional
	public UUID acceptInvitation(String token, String password, String email) {
		StoredInvitation invitation = usableInvitation(token);
		// Locked first, as reissueInvitation does: a new link made at the same moment
		// either replaces this one before it is used or is refused after.
		StoredAccount account = this.accounts.lockById(invitation.accountId()).orElseThrow();
		if (account.passwordHash() != null) {
			throw new GoneException("problem.gone");
		}
		String newEmail = (account.email() == null) ? FieldChecks.trimToNull(email) : null;
		FieldChecks checks = this.passwordPolicy.check(new FieldChecks(), "password", password);
		if (account.email() == null) {
			checks.required("email", newEmail).email("email", newEmail);
			checks.check(newEmail == null || checks.hasProblemWith("email") || !this.accounts.emailTaken(newEmail),
					"email", "validation.email.taken");
		}
		checks.throwIfAny();
		if (!this.invitations.markAccepted(Tokens.sha256(token), this.clock.instant())) {
			throw new GoneException("problem.gone");
		}
		this.accounts.setPasswordAndEmail(account.id(), this.passwordEncoder.encode(password), newEmail);
		return account.id();
	}

	@Transactional(readOnly = true)
	public boolean isRegistered(String email) {
		return this.accounts.emailTaken(email);
	}

	@Transactional(readOnly = true)
	public Optional<CurrentUser> findUser(UUID accountId) {
		return this.accounts.findById(accountId).map(StoredAccount::asCurrentUser);
	}

	private StoredInvitation usableInvitation(String token) {
		StoredInvitation invitation = this.invitations.find(Tokens.sha256(token == null ? "" : token))
			.orElseThrow(() -> new NotFoundException("Invitation"));
		Instant now = this.clock.instant();
		if (!invitation.usableAt(now)) {
			throw new GoneException("problem.gone");
		}
		return invitation;
	}

}
