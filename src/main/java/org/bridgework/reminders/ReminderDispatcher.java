package org.bridgework.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.reminders.Outcome.Refusal;
import org.bridgework.reminders.Recipients.Recipient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders that are due, exactly once as far as PostgreSQL can see (ADR 0013),
 * channel by channel (email, web push), and then the clinicians' emails:
 * <ol>
 * <li>claim a batch in a transaction of its own ({@code SENDING}, with a lease and a
 * claim id), committed before anything is sent;</li>
 * <li>hand the batch to its channel (the mail server over one connection, or the
 * browsers' push services);</li>
 * <li>record each outcome in one transaction, only while this claim still holds the
 * lease: {@code SENT}, or tried again later with back-off, or {@code FAILED} after the
 * last try; a reminder no longer needed (done, skipped, turned off) or hours too late is
 * recorded and not sent.</li>
 * </ol>
 * A node that stops between 1 and 3 leaves its rows {@code SENDING}; when the lease runs
 * out another node claims them again, so nothing is lost. Only a stop between the
 * channel's acceptance and step 3 can send one twice, with the same Message-ID or
 * notification tag.
 */
@Component
class ReminderDispatcher {

	private static final Log logger = LogFactory.getLog(ReminderDispatcher.class);

	private final OccurrenceStore store;

	private final Recipients recipients;

	private final List<ReminderChannel> channels;

	private final ClinicianEmailSender clinicianEmails;

	private final RemindersProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Set<Channel> warnedUnavailable = ConcurrentHashMap.newKeySet();

	ReminderDispatcher(OccurrenceStore store, Recipients recipients, List<ReminderChannel> channels,
			ClinicianEmailSender clinicianEmails, RemindersProperties properties, TransactionTemplate transactions,
			Clock clock) {
		this.store = store;
		this.recipients = recipients;
		this.channels = channels;
		this.clinicianEmails = clinicianEmails;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends everything due now with {@code senders} loops side by side for each channel,
	 * then the clinicians' emails; returns how many this node handed over.
	 */
	int dispatchDue() {
		int sent = 0;
		for (ReminderChannel channel : this.channels) {
			if (channel.configured()) {
				sent += inLoops(() -> sendOneBatch(channel));
			}
			else if (this.warnedUnavailable.add(channel.channel())) {
				logger.warn("No mail server is configured (spring.mail.host): reminder emails are not sent");
			}
		}
		if (this.clinicianEmails.configured()) {
			sent += inLoops(this.clinicianEmails::sendOneBatch);
		}
		return sent;
	}

	/** Runs {@code batch} in {@code senders} loops side by side until nothing is due. */
	private int inLoops(IntSupplier batch) {
		int senders = this.properties.senders();
		if (senders <= 1) {
			return untilNoneDue(batch);
		}
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		try {
			List<Future<Integer>> loops = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				loops.add(pool.submit(() -> untilNoneDue(batch)));
			}
			int sent = 0;
			for (Future<Integer> loop : loops) {
				sent += loop.get();
			}
			return sent;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Sending reminders failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static int untilNoneDue(IntSupplier batch) {
		int sent = 0;
		while (true) {
			int handed = batch.getAsInt();
			if (handed < 0) {
				return sent;
			}
			sent += handed;
		}
	}

	/** One claim-send-record round on the channel; -1 when nothing was due. */
	int sendOneBatch(ReminderChannel channel) {
		UUID claim = UUID.randomUUID();
		List<Claimed> claimed = claim(claim, channel.channel());
		if (claimed.isEmpty()) {
			return -1;
		}
		List<Outcome<Claimed>> outcomes = new ArrayList<>();
		Map<UUID, Recipient> found = this.recipients.of(claimed);
		List<Claimed> toSend = toSend(claimed, found, channel.channel(), outcomes);
		Map<Claimed, Refusal> refused = toSend.isEmpty() ? Map.of() : channel.send(toSend, found);
		Instant now = this.clock.instant();
		for (Claimed reminder : toSend) {
			Refusal refusal = refused.get(reminder);
			outcomes.add((refusal == null) ? Outcome.sent(reminder, null)
					: Outcome.refused(reminder, reminder.attempt(), refusal, now, this.properties));
		}
		this.transactions.executeWithoutResult((status) -> this.store.record(claim, outcomes, now));
		return toSend.size() - refused.size();
	}

	/** Claims a batch and commits: the "sending" record, before anything leaves. */
	List<Claimed> claim(UUID claim, Channel channel) {
		Instant now = this.clock.instant();
		return this.transactions.execute((status) -> this.store.claimDue(channel, now,
				now.plus(this.properties.lease()), claim, this.properties.batchSize()));
	}

	private List<Claimed> toSend(List<Claimed> claimed, Map<UUID, Recipient> found, Channel channel,
			List<Outcome<Claimed>> outcomes) {
		Instant now = this.clock.instant();
		List<Claimed> toSend = new ArrayList<>();
		for (Claimed reminder : claimed) {
			Recipient recipient = found.get(reminder.id());
			String notNeeded = (recipient != null) ? recipient.notNeeded(channel) : "turned-off";
			if (notNeeded != null) {
				outcomes.add(Outcome.notNeeded(reminder, notNeeded));
			}
			else if (now.isAfter(reminder.dueAt().plus(this.properties.giveUpAfter()))) {
				outcomes.add(Outcome.failed(reminder, "too-late"));
			}
			else {
				toSend.add(reminder);
			}
		}
		return toSend;
	}

}
