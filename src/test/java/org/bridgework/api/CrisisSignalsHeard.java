package org.bridgework.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bridgework.safety.CrisisSignal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Test only: hears every {@link CrisisSignal} as a synchronous listener would (the one
 * that records alerts), and notes whether a transaction was open at that moment.
 */
@Component
class CrisisSignalsHeard {

	private final List<Heard> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(CrisisSignal signal) {
		this.heard.add(new Heard(signal, TransactionSynchronizationManager.isActualTransactionActive(),
				TransactionSynchronizationManager.getCurrentTransactionName()));
	}

	List<Heard> all() {
		return List.copyOf(this.heard);
	}

	/**
	 * @param inTransaction whether a transaction was open when the signal was heard
	 * @param transactionName the method whose transaction it was
	 */
	record Heard(CrisisSignal signal, boolean inTransaction, String transactionName) {
	}

}
