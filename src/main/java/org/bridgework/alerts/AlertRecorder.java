package org.bridgework.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.safety.CrisisSignal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a {@link CrisisSignal} into an open alert for the client's clinicians.
 *
 * <p>
 * A plain synchronous {@code @EventListener}, not a {@code @TransactionalEventListener}
 * nor an asynchronous module listener: it runs inside the publisher's transaction, so the
 * alert is stored together with the answer that caused it, or not at all. No crash
 * between the two commits can lose an alert, because there is only one commit. If this
 * listener throws, the publisher's transaction rolls back with it (better no stored
 * answer than an answer nobody was told about).
 *
 * <p>
 * Propagation is {@code REQUIRED}: a publisher without a transaction (there should be
 * none; {@code CrisisSignal} asks for one) still gets the alert stored, in a transaction
 * of its own, rather than an exception that would hide the signal.
 */
@Component
class AlertRecorder {

	private final AlertStore store;

	private final AlertsProperties properties;

	private final Clock clock;

	AlertRecorder(AlertStore store, AlertsProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void on(CrisisSignal signal) {
		record(signal);
	}

	/**
	 * Stores the alert, unless an open one of the same kind for the client was raised
	 * within the repeat window (a second press of "I need help now"): that one is still
	 * waiting for the clinician.
	 * @return the alert that now stands for the signal, and whether it is new
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	Recorded record(CrisisSignal signal) {
		Instant now = this.clock.instant();
		this.store.lockClient(signal.clientId());
		Optional<UUID> open = this.store.openSince(signal.clientId(), signal.kind(),
				now.minus(this.properties.repeatWindow()));
		if (open.isPresent()) {
			return new Recorded(open.get(), false);
		}
		return new Recorded(this.store.add(signal.clientId(), signal.kind(), signal.sourceId(), now), true);
	}

	/**
	 * @param created false when an open alert of the same kind was already waiting
	 */
	record Recorded(UUID alertId, boolean created) {
	}

}
