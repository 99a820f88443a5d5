package org.bridgework.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.bridgework.reminders.OccurrenceStore.Claimed;
import org.bridgework.reminders.OccurrenceStore.Outcome;
import org.bridgework.reminders.OccurrenceStore.Outcome.Kind;
import org.bridgework.reminders.Recipients.Recipient;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the reminders that are due, exactly once as far as PostgreSQL can see (ADR 0013):
 * <ol>
 * <li>claim a batch in a transaction of its own ({@code SENDING}, with a lease and a
 * claim id), committed before anything is sent;</li>
 * <li>hand the emails to the mail server over one connection;</li>
 * <li>record each outcome in one transaction, only while this claim still holds the
 * lease: {@code SENT}, or tried again later with back-off, or {@code FAILED} after the
 * last try; a reminder no longer needed (done, skipped, turned off) or hours too late is
 * recorded and not sent.</li>
 * </ol>
 * A node that stops between 1 and 3 leaves its rows {@code SENDING}; when the lease runs
 * out another node claims them again, so nothing is lost. Only a stop between the mail
 * server's acceptance and step 3 can send one twice, with the same Message-ID.
 */
@Component
class ReminderDispatcher {

	private static final Log logger = LogFactory.getLog(ReminderDispatcher.class);

	private final OccurrenceStore store;

	private final Recipients recipients;

	private final EmailChannel email;

	private final RemindersProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile boolean warnedNoMail;

	ReminderDispatcher(OccurrenceStore store, Recipients recipients, EmailChannel email, RemindersProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.recipients = recipients;
		this.email = email;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends everything due now with {@code senders} loops side by side; returns how many
	 * emails this node handed to the mail server.
	 */
	int dispatchDue() {
		if (!this.email.configured()) {
			if (!this.warnedNoMail) {
				this.warnedNoMail = true;
				logger.warn("No mail server is configured (spring.mail.host): reminder emails are not sent");
			}
			return 0;
		}
		int senders = this.properties.senders();
		if (senders <= 1) {
			return sendUntilNoneDue();
		}
		ExecutorService pool = Executors.newFixedThreadPool(senders);
		try {
			List<Future<Integer>> loops = new ArrayList<>();
			for (int i = 0; i < senders; i++) {
				loops.add(pool.submit(this::sendUntilNoneDue));
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

	private int sendUntilNoneDue() {
		int sent = 0;
		while (true) {
			int batch = sendOneBatch();
			if (batch < 0) {
				return sent;
			}
			sent += batch;
		}
	}

	/** One claim-send-record round; -1 when nothing was due. */
	int sendOneBatch() {
		UUID claim = UUID.randomUUID();
		List<Claimed> claimed = claim(claim);
		if (claimed.isEmpty()) {
			return -1;
		}
		List<Outcome> outcomes = new ArrayList<>();
		Map<Claimed, String> toSend = toSend(claimed, outcomes);
		Map<Claimed, String> refused = toSend.isEmpty() ? Map.of() : this.email.send(toSend);
		Instant now = this.clock.instant();
		for (Claimed reminder : toSend.keySet()) {
			String why = refused.get(reminder);
			outcomes.add((why == null) ? new Outcome(reminder, Kind.SENT, null, null) : failed(reminder, why, now));
		}
		this.transactions.executeWithoutResult((status) -> this.store.record(claim, outcomes, now));
		return toSend.size() - refused.size();
	}

	/** Claims a batch and commits: the "sending" record, before any email leaves. */
	List<Claimed> claim(UUID claim) {
		Instant now = this.clock.instant();
		return this.transactions.execute((status) -> this.store.claimDue(now, now.plus(this.properties.lease()), claim,
				this.properties.batchSize()));
	}

	private Map<Claimed, String> toSend(List<Claimed> claimed, List<Outcome> outcomes) {
		Map<UUID, Recipient> found = this.recipients.of(claimed);
		Instant now = this.clock.instant();
		Map<Claimed, String> toSend = new LinkedHashMap<>();
		for (Claimed reminder : claimed) {
			Recipient recipient = found.get(reminder.id());
			String notNeeded = (recipient != null) ? recipient.notNeeded() : "turned-off";
			if (notNeeded != null) {
				outcomes.add(new Outcome(reminder, Kind.NOT_NEEDED, null, notNeeded));
			}
			else if (now.isAfter(reminder.dueAt().plus(this.properties.giveUpAfter()))) {
				outcomes.add(new Outcome(reminder, Kind.FAILED, null, "too-late"));
			}
			else {
				toSend.put(reminder, recipient.email());
			}
		}
		return toSend;
	}

	private Outcome failed(Claimed reminder, String why, Instant now) {
		if (reminder.attempt() >= this.properties.maxAttempts()) {
			return new Outcome(reminder, Kind.FAILED, null, why);
		}
		return new Outcome(reminder, Kind.RETRYING, now.plus(this.properties.retryAfter(reminder.attempt())), why);
	}

}
