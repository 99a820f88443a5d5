package org.bridgework.reminders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.reminders.Outcome.Refusal;
import org.bridgework.reminders.Recipients.Recipient;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Emails through the installation's mail server ({@code spring.mail.*}): clients'
 * reminders and clinicians' digests. A reminder's words are the same for every practice,
 * so a lock screen shows nothing of it: "Time for your practice", a link to Today, and
 * where to snooze or change reminders. Each email's Message-ID is made from what it is (a
 * reminder and its round, a clinician's email), so a resend after a crash carries the
 * same Message-ID and a mailbox that removes duplicates shows it once (ADR 0013).
 */
@Component
class EmailChannel implements ReminderChannel {

	private final ObjectProvider<JavaMailSender> mail;

	private final RemindersProperties properties;

	private final Messages messages;

	EmailChannel(ObjectProvider<JavaMailSender> mail, RemindersProperties properties, Messages messages) {
		this.mail = mail;
		this.properties = properties;
		this.messages = messages;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	/** Whether this installation has a mail server to send reminders through. */
	@Override
	public boolean configured() {
		return this.mail.getIfAvailable() != null;
	}

	@Override
	public Map<Claimed, Refusal> send(List<Claimed> reminders, Map<UUID, Recipient> recipients) {
		Map<Claimed, String> addresses = new LinkedHashMap<>();
		reminders.forEach((reminder) -> addresses.put(reminder, recipients.get(reminder.id()).email()));
		Map<Claimed, Refusal> refused = new HashMap<>();
		send(addresses).forEach((reminder, why) -> refused.put(reminder, Refusal.again(why)));
		return refused;
	}

	/**
	 * Hands the reminder emails to the mail server over one connection; returns the
	 * reminders whose email was refused, with why. Anything else was accepted.
	 */
	Map<Claimed, String> send(Map<Claimed, String> addresses) {
		List<Mail<Claimed>> mails = new ArrayList<>();
		addresses.forEach((claimed, address) -> mails
			.add(new Mail<>(claimed, "<reminder-" + claimed.id() + "-" + claimed.round() + "@bridgework>", address,
					this.messages.get("reminders.email.subject"), body(claimed))));
		return sendAll(mails);
	}

	/**
	 * Hands the emails to the mail server over one connection; returns the keys of those
	 * refused, with why. Anything else was accepted.
	 */
	<K> Map<K, String> sendAll(List<Mail<K>> mails) {
		JavaMailSender sender = this.mail.getObject();
		Map<MimeMessage, K> byMessage = new IdentityHashMap<>();
		Map<K, String> refused = new HashMap<>();
		List<MimeMessage> messages = new ArrayList<>();
		for (Mail<K> mail : mails) {
			try {
				MimeMessage message = message(sender, mail);
				byMessage.put(message, mail.key());
				messages.add(message);
			}
			catch (MessagingException | RuntimeException ex) {
				refused.put(mail.key(), "address: " + ex.getClass().getSimpleName());
			}
		}
		if (messages.isEmpty()) {
			return refused;
		}
		try {
			sender.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			Map<Object, Exception> failed = ex.getFailedMessages();
			if (failed.isEmpty()) {
				byMessage.values().forEach((key) -> refused.put(key, reason(ex)));
			}
			failed.forEach((message, cause) -> {
				K key = byMessage.get(message);
				if (key != null) {
					refused.put(key, reason(cause));
				}
			});
		}
		catch (MailException ex) {
			byMessage.values().forEach((key) -> refused.put(key, reason(ex)));
		}
		return refused;
	}

	private MimeMessage message(JavaMailSender sender, Mail<?> mail) throws MessagingException {
		Session session = (sender instanceof JavaMailSenderImpl impl) ? impl.getSession() : null;
		MimeMessage message = (session != null) ? new IdentifiedMessage(session, mail.messageId())
				: sender.createMimeMessage();
		message.setFrom(new InternetAddress(this.properties.emailFrom()));
		message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), true));
		message.setSubject(mail.subject(), "UTF-8");
		message.setText(mail.body(), "UTF-8");
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

	/**
	 * One email; {@code key} is what the caller knows it by, {@code messageId} stays the
	 * same when the same email is sent again.
	 */
	record Mail<K>(K key, String messageId, String to, String subject, String body) {
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
