package org.bridgework.identity;

import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails about an account: a new invitation link, a password reset link. Sent through
 * Spring's mail sender when {@code spring.mail.host} is set (as crisis alert escalation
 * is); without one, nothing is sent and the pages say so. An email holds a link and what
 * it is for, never anything clinical: no clinician's or client's name, nothing about
 * therapy or homework.
 */
@Component
public class AccountEmails {

	private static final Log logger = LogFactory.getLog(AccountEmails.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final AccountRepository accounts;

	private final Messages messages;

	private final SignInProperties properties;

	private final InvitationProperties invitations;

	private final Executor background;

	AccountEmails(ObjectProvider<JavaMailSender> mail, AccountRepository accounts, Messages messages,
			SignInProperties properties, InvitationProperties invitations,
			@Qualifier("applicationTaskExecutor") Executor background) {
		this.mail = mail;
		this.accounts = accounts;
		this.messages = messages;
		this.properties = properties;
		this.invitations = invitations;
		this.background = background;
	}

	/** Whether this installation can send email at all. */
	public boolean configured() {
		return this.mail.getIfAvailable() != null;
	}

	/**
	 * Whether password reset links can be emailed: a mail server, and the address people
	 * reach Bridgework at ({@code BRIDGEWORK_BASE_URL}). The link is never built from the
	 * request, whose Host header the person asking for a reset chooses.
	 */
	boolean sendsPasswordResets() {
		return configured() && !this.invitations.baseUrl().isEmpty();
	}

	/**
	 * Emails a just-made invitation link to the invited person, now, so the person who
	 * made it can be told whether it went.
	 */
	public Delivery sendInvitation(IssuedInvitation invitation) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return Delivery.NOT_CONFIGURED;
		}
		String to = this.accounts.findById(invitation.accountId())
			.map(AccountRepository.StoredAccount::email)
			.orElse(null);
		if (to == null) {
			return Delivery.NO_EMAIL;
		}
		try {
			sender.send(message(to, "email.invitation.subject",
					this.messages.get("email.invitation.body", invitation.inviteUrl())));
			return Delivery.SENT;
		}
		catch (MailException ex) {
			logger.warn("Could not send an invitation email; the link still works and can be copied", ex);
			return Delivery.FAILED;
		}
	}

	/**
	 * Emails a password reset link in the background, so the answer to the request takes
	 * as long whether or not the email belongs to an account.
	 */
	void sendPasswordResetLater(String to, String link, String validFor) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		SimpleMailMessage message = message(to, "email.reset.subject",
				this.messages.get("email.reset.body", link, validFor));
		this.background.execute(() -> {
			try {
				sender.send(message);
			}
			catch (MailException ex) {
				logger.warn("Could not send a password reset email; the person can ask again", ex);
			}
		});
	}

	private SimpleMailMessage message(String to, String subjectCode, String body) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.emailFrom());
		message.setTo(to);
		message.setSubject(this.messages.get(subjectCode));
		message.setText(body + "\n\n" + this.messages.get("email.footer"));
		return message;
	}

	/** What became of an invitation email. */
	public enum Delivery {

		/** Handed to the mail server. */
		SENT,

		/** The person has no email on their account yet. */
		NO_EMAIL,

		/** This installation has no mail server. */
		NOT_CONFIGURED,

		/** The mail server refused it or could not be reached. */
		FAILED

	}

}
