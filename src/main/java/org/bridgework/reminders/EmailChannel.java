package org.bridgework.reminders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Reminder emails through the installation's mail server ({@code spring.mail.*}). The
 * words are the same for every practice, so a lock screen shows nothing of it: "Time for
 * your practice", a link to Today, and where to snooze or change reminders. Each email's
 * Message-ID is made from its reminder and round, so a resend after a crash carries the
 * same Message-ID and a mailbox that removes duplicates shows it once (ADR 0013).
 */
@Component
class EmailChannel {

	private final ObjectProvider<JavaMailSender> mail;

	private final RemindersProperties properties;

	private final Messages messages;

	EmailChannel(ObjectProvider<JavaMailSender> mail, RemindersProperties properties, Messages messages) {
		this.mail = mail;
		this.properties = properties;
		this.messages = messages;
	}

	/** Whether this installation has a mail server to send reminders through. */
	boolean configured() {
		return this.mail.getIfAvailable() != null;
	}

	/**
	 * Hands the emails to the mail server over one connection; returns the reminders
	 * whose email was refused, with why. Anything else was accepted.
	 */
	Map<Claimed, String> send(Map<Claimed, String> addresses) {
		JavaMailSender sender = this.mail.getObject();
		Map<MimeMessage, Claimed> byMessage = new IdentityHashMap<>();
		Map<Claimed, String> refused = new HashMap<>();
		List<MimeMessage> messages = new ArrayList<>();
		addresses.forEach((claimed, address) -> {
			try {
				MimeMessage message = message(sender, claimed, address);
				byMessage.put(message, claimed);
				messages.add(message);
			}
			catch (MessagingException | RuntimeException ex) {
				refused.put(claimed, "address: " + ex.getClass().getSimpleName());
			}
		});
		if (messages.isEmpty()) {
			return refused;
		}
		try {
			sender.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			Map<Object, Exception> failed = ex.getFailedMessages();
			if (failed.isEmpty()) {
				byMessage.values().forEach((claimed) -> refused.put(claimed, reason(ex)));
			}
			failed.forEach((message, cause) -> {
				Claimed claimed = byMessage.get(message);
				if (claimed != null) {
					refused.put(claimed, reason(cause));
				}
			});
		}
		catch (MailException ex) {
			byMessage.values().forEach((claimed) -> refused.put(claimed, reason(ex)));
		}
		return refused;
	}

	private MimeMessage message(JavaMailSender sender, Claimed claimed, String address) throws MessagingException {
		Session session = (sender instanceof JavaMailSenderImpl impl) ? impl.getSession() : null;
		String id = "<reminder-" + claimed.id() + "-" + claimed.round() + "@bridgework>";
		MimeMessage message = (session != null) ? new IdentifiedMessage(session, id) : sender.createMimeMessage();
		message.setFrom(new InternetAddress(this.properties.emailFrom()));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address, true));
		message.setSubject(this.messages.get("reminders.email.subject"), "UTF-8");
		message.setText(body(claimed), "UTF-8");
		return message;
	}

	String body(Claimed claimed) {
		String base = this.properties.baseUrl();
		if (base == null) {
			return this.messages.get("reminders.email.bodyNoLink") + "\n\n"
					+ this.messages.get("reminders.email.footerNoLink");
		}
		return this.messages.get("reminders.email.body", base + "/today") + "\n\n"
				+ this.messages.get("reminders.email.snooze", base + "/me/reminders/snooze/" + claimed.assignmentId())
				+ "\n" + this.messages.get("reminders.email.settings", base + "/me/reminders");
	}

	private static String reason(Exception ex) {
		String name = ex.getClass().getSimpleName();
		return (ex instanceof MailPreparationException) ? "prepare: " + name : "smtp: " + name;
	}

	/** A message whose Message-ID stays the one given, instead of a fresh one. */
	private static final class IdentifiedMessage extends MimeMessage {

		private final String messageId;

		IdentifiedMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}
