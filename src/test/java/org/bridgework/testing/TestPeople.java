package org.bridgework.testing;

import java.util.EnumSet;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.caseload.NewClient;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.IssuedInvitation;
import org.bridgework.identity.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * People for page tests, made through the real services: a clinician who accepted their
 * invitation, and clients on their caseload who accepted theirs.
 */
public final class TestPeople {

	public static final String PASSWORD = "a calm long password";

	private final Accounts accounts;

	private final Clients clients;

	public TestPeople(Accounts accounts, Clients clients) {
		this.accounts = accounts;
		this.clients = clients;
	}

	public CurrentUser clinician() {
		IssuedInvitation invitation = this.accounts.invite(null, unique("clinician") + "@example.org", "Dr Rivera",
				EnumSet.of(Role.CLINICIAN));
		return accept(invitation.inviteUrl());
	}

	/**
	 * A clinician who signs in with {@code email} and {@link #PASSWORD}, as a browser
	 * would.
	 */
	public Member clinicianNamed(String displayName) {
		String email = unique("clinician") + "@example.org";
		IssuedInvitation invitation = this.accounts.invite(null, email, displayName, EnumSet.of(Role.CLINICIAN));
		return new Member(email, accept(invitation.inviteUrl()), null);
	}

	/**
	 * A client of {@code clinician} who signs in with {@code email} and
	 * {@link #PASSWORD}.
	 */
	public Member clientNamed(CurrentUser clinician, String displayName, String timezone) {
		String email = unique("client") + "@example.org";
		NewClient added = this.clients.add(clinician, displayName, email, timezone);
		return new Member(email, accept(added.inviteUrl()), added.id());
	}

	public Client clientOf(CurrentUser clinician, String displayName, String timezone) {
		NewClient added = this.clients.add(clinician, displayName, unique("client") + "@example.org", timezone);
		return new Client(added.id(), accept(added.inviteUrl()));
	}

	/** Signs the request in as {@code user}, with their roles, for MockMvc. */
	public static RequestPostProcessor signedIn(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList()));
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID();
	}

	private CurrentUser accept(String inviteUrl) {
		String token = inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
		return this.accounts.findUser(this.accounts.acceptInvitation(token, PASSWORD, null)).orElseThrow();
	}

	/**
	 * Someone who signs in with an email: a clinician ({@code clientId} null) or a
	 * client.
	 */
	public record Member(String email, CurrentUser user, UUID clientId) {
	}

	/** A client on a caseload: their record's id and the signed-up person. */
	public record Client(UUID id, CurrentUser user) {
	}

}
