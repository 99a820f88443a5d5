package org.bridgework.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bridgework.shared.Messages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails the installation's second contact once about each alert still open after
 * {@code bridgework.alerts.escalate-after}. Every node polls; PostgreSQL decides who
 * sends: each alert is claimed ({@code escalated_at} set, row locked, others skip it) and
 * the email is sent inside the claiming transaction. A failed send rolls the claim back,
 * so the next poll tries again; a sent email is committed as sent, so no node sends it
 * twice. The email carries no clinical content: no client name, no instrument, no score,
 * only that a client of a named clinician needs attention, and where to sign in.
 *
 * <p>
 * Without an escalation address nothing is claimed; without a mail server
 * ({@code spring.mail.host}) escalation is skipped with a log line and the app works on.
 */
@Component
class AlertEscalation {

	private static final Log logger = LogFactory.getLog(AlertEscalation.class);

	/** A claim loop never sends more than this many emails in one poll. */
	static final int MAX_PER_POLL = 50;

	private final AlertStore store;

	private final AlertsProperties properties;

	private final ObjectProvider<JavaMailSender> mail;

	private final TransactionTemplate transactions;

	private final Messages messages;

	private final Clock clock;

	private volatile boolean warnedNoMail;

	AlertEscalation(AlertStore store, AlertsProperties properties, ObjectProvider<JavaMailSender> mail,
			TransactionTemplate transactions, Messages messages, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.mail = mail;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
	}

	/** Whether escalation emails can go out at all in this installation. */
	boolean configured() {
		return this.properties.escalates() && this.mail.getIfAvailable() != null;
	}

	@Scheduled(fixedDelayString = "${bridgework.alerts.escalation-poll:PT1M}",
			initialDelayString = "${bridgework.alerts.escalation-poll:PT1M}")
	void poll() {
		try {
			escalateDue();
		}
		catch (RuntimeException ex) {
			logger.warn("Escalating open alerts failed; the next poll tries again", ex);
		}
	}

	/** Sends the emails that are due now; returns how many this node sent. */
	int escalateDue() {
		if (!this.properties.escalates()) {
			return 0;
		}
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			if (!this.warnedNoMail) {
				this.warnedNoMail = true;
				logger.warn("bridgework.alerts.escalation-email is set but no mail server is (spring.mail.host): "
						+ "open alerts are not escalated by email");
			}
			return 0;
		}
		int sent = 0;
		while (sent < MAX_PER_POLL
				&& Boolean.TRUE.equals(this.transactions.execute((status) -> claimAndSend(sender)))) {
			sent++;
		}
		return sent;
	}

	private boolean claimAndSend(JavaMailSender sender) {
		Instant now = this.clock.instant();
		Optional<UUID> clientId = this.store.claimDue(now.minus(this.properties.escalateAfter()), now);
		if (clientId.isEmpty()) {
			return false;
		}
		try {
			sender.send(email(this.store.cliniciansOf(clientId.get())));
		}
		catch (MailException ex) {
			// Thrown on: the claim rolls back and the next poll tries again.
			logger.warn("Could not send an alert escalation email; it will be tried again", ex);
			throw ex;
		}
		return true;
	}

	SimpleMailMessage email(List<String> clinicians) {
		String names = clinicians.isEmpty() ? this.messages.get("alerts.email.noClinician")
				: String.join(", ", clinicians);
		String where = (this.properties.baseUrl() != null)
				? this.messages.get("alerts.email.link", this.properties.baseUrl().replaceAll("/+$", "") + "/alerts")
				: this.messages.get("alerts.email.noLink");
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.emailFrom());
		message.setTo(this.properties.escalationEmail());
		message.setSubject(this.messages.get("alerts.email.subject"));
		message.setText(this.messages.get("alerts.email.body", names) + "\n\n" + where + "\n\n"
				+ this.messages.get("alerts.email.footer"));
		return message;
	}

}
