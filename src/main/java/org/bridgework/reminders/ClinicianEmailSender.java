package org.bridgework.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bridgework.reminders.ClinicianEmailStore.ClaimedEmail;
import org.bridgework.reminders.ClinicianEmailStore.Clinician;
import org.bridgework.reminders.DigestFacts.Counts;
import org.bridgework.reminders.EmailChannel.Mail;
import org.bridgework.reminders.Outcome.Refusal;
import org.bridgework.shared.Messages;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the clinicians' emails that are due with the reminders' claim, send and record
 * (ADR 0013), counting what they hold at the moment of sending: the daily digest ("3
 * clients practised yesterday; 1 check-in is waiting; 2 sessions tomorrow") and the note
 * before sessions ("You have a session tomorrow — the digest is ready", a link to each
 * client's digest). Counts and links only: no client's name, nothing a client wrote. An
 * email turned off since, or about sessions that are no longer recorded, is recorded as
 * not needed; each email's Message-ID is its row's, so a resend after a crash shows once.
 */
@Component
class ClinicianEmailSender {

	private final ClinicianEmailStore store;

	private final DigestFacts facts;

	private final EmailChannel email;

	private final RemindersProperties properties;

	private final Messages messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClinicianEmailSender(ClinicianEmailStore store, DigestFacts facts, EmailChannel email,
			RemindersProperties properties, Messages messages, TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.email = email;
		this.properties = properties;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
	}

	boolean configured() {
		return this.email.configured();
	}

	/** One claim-send-record round; -1 when nothing was due. */
	int sendOneBatch() {
		UUID claim = UUID.randomUUID();
		Instant claimedAt = this.clock.instant();
		List<ClaimedEmail> claimed = this.transactions.execute((status) -> this.store.claimDue(claimedAt,
				claimedAt.plus(this.properties.lease()), claim, this.properties.batchSize()));
		if (claimed.isEmpty()) {
			return -1;
		}
		Map<UUID, Clinician> clinicians = this.store
			.clinicians(claimed.stream().map(ClaimedEmail::clinicianId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Clinician::id, Function.identity()));
		List<Outcome<ClaimedEmail>> outcomes = new ArrayList<>();
		List<Mail<ClaimedEmail>> mails = new ArrayList<>();
		for (ClaimedEmail email : claimed) {
			Clinician clinician = clinicians.get(email.clinicianId());
			String notNeeded = notNeeded(email, clinician);
			if (notNeeded != null) {
				outcomes.add(Outcome.notNeeded(email, notNeeded));
			}
			else if (claimedAt.isAfter(email.dueAt().plus(this.properties.giveUpAfter()))) {
				outcomes.add(Outcome.failed(email, "too-late"));
			}
			else {
				Mail<ClaimedEmail> mail = mail(email, clinician);
				if (mail != null) {
					mails.add(mail);
				}
				else {
					outcomes.add(Outcome.notNeeded(email, "no-session"));
				}
			}
		}
		Map<ClaimedEmail, String> refused = mails.isEmpty() ? Map.of() : this.email.sendAll(mails);
		Instant now = this.clock.instant();
		for (Mail<ClaimedEmail> mail : mails) {
			String why = refused.get(mail.key());
			outcomes.add((why == null) ? Outcome.sent(mail.key(), null)
					: Outcome.refused(mail.key(), mail.key().attempt(), Refusal.again(why), now, this.properties));
		}
		this.transactions.executeWithoutResult((status) -> this.store.record(claim, outcomes, now));
		return mails.size() - refused.size();
	}

	private static String notNeeded(ClaimedEmail email, Clinician clinician) {
		if (clinician == null) {
			return "turned-off";
		}
		boolean wanted = switch (email.kind()) {
			case DAILY_DIGEST -> clinician.settings().dailyDigest();
			case SESSIONS_TOMORROW -> clinician.settings().sessionNotes();
		};
		return wanted ? null : "turned-off";
	}

	/** The email as it is now; null for a note about sessions no longer recorded. */
	private Mail<ClaimedEmail> mail(ClaimedEmail email, Clinician clinician) {
		String id = "<clinician-email-" + email.id() + "@bridgework>";
		String base = this.properties.baseUrl();
		String footer = (base != null) ? this.messages.get("clinicianEmails.footer", base + "/account/settings")
				: this.messages.get("clinicianEmails.footerNoLink");
		if (email.kind() == ClinicianEmailKind.DAILY_DIGEST) {
			Counts counts = this.facts.counts(clinician.id(), email.day());
			String body = String.join("\n", this.messages.get("clinicianEmails.daily.practised", counts.practised()),
					this.messages.get("clinicianEmails.daily.checkIns", counts.checkInsWaiting()),
					this.messages.get("clinicianEmails.daily.sessions", counts.sessionsTomorrow()));
			String open = (base != null) ? this.messages.get("clinicianEmails.open", base + "/clients")
					: this.messages.get("clinicianEmails.openNoLink");
			return new Mail<>(email, id, clinician.email(), this.messages.get("clinicianEmails.daily.subject"),
					body + "\n\n" + open + "\n\n" + footer);
		}
		List<UUID> clients = this.facts.clientsWithSessionOn(clinician.id(), email.day());
		if (clients.isEmpty()) {
			return null;
		}
		StringBuilder body = new StringBuilder(this.messages.get("clinicianEmails.sessions.body", clients.size()));
		if (base != null) {
			clients.forEach(
					(client) -> body.append("\n").append(base).append("/clients/").append(client).append("/digest"));
		}
		else {
			body.append("\n").append(this.messages.get("clinicianEmails.openNoLink"));
		}
		return new Mail<>(email, id, clinician.email(),
				this.messages.get("clinicianEmails.sessions.subject", clients.size()), body + "\n\n" + footer);
	}

}
