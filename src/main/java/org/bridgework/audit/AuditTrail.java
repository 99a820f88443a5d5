package org.bridgework.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Where every module reports who did what with whose data. During a web request the
 * events are collected and written together when the request is done, in a transaction of
 * their own (see docs/adr/0010); elsewhere (scheduled work, start-up) each is written at
 * once.
 */
@Component
public class AuditTrail {

	private final AuditStore store;

	private final Pseudonyms pseudonyms;

	private final Clock clock;

	AuditTrail(AuditStore store, Pseudonyms pseudonyms, Clock clock) {
		this.store = store;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
	}

	public void record(AuditEvent event) {
		RequestBatch batch = RequestBatch.current();
		if (batch != null) {
			batch.add(event, this.clock.instant());
		}
		else {
			this.store.append(List.of(PendingEvent.outsideARequest(this.clock.instant(), event)));
		}
	}

	/**
	 * Tells who is signed in for the current request, so that a refusal nobody reported
	 * in more detail is still put down to them. Asked only when needed: a request for a
	 * style sheet loads nobody.
	 */
	public void actingAccount(Supplier<UUID> accountId) {
		RequestBatch batch = RequestBatch.current();
		if (batch != null) {
			batch.actor(accountId);
		}
	}

	/** A keyed hash to stand for something typed that must not be stored in clear. */
	public String pseudonym(String typed) {
		return this.pseudonyms.of(typed);
	}

	/** The granted accesses to a client's data since {@code since}, newest first. */
	public List<AuditedEvent> grantedAbout(UUID clientId, Instant since, int limit) {
		return this.store.find(clientId, Outcome.GRANTED, since, null, limit, 0);
	}

	public ChainVerification verify() {
		return this.store.verify();
	}

	UUID actingAccount() {
		RequestBatch batch = RequestBatch.current();
		return (batch != null) ? batch.actor() : null;
	}

}
