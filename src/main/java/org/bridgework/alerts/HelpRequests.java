package org.bridgework.alerts;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.CurrentUser;
import org.bridgework.safety.CrisisSignal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I need help now": the client tells their clinicians. The signal goes out like any
 * other crisis signal (inside this transaction, so the alert is stored with it); a second
 * press while the first alert is still open and recent adds nothing.
 */
@Service
class HelpRequests {

	private final CareTeam careTeam;

	private final AlertStore store;

	private final AlertsProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HelpRequests(CareTeam careTeam, AlertStore store, AlertsProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.careTeam = careTeam;
		this.store = store;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	AlertRecorder.Recorded ask(CurrentUser client) {
		ClientAccess access = this.careTeam.requireSelf(client, "ask-for-help");
		this.store.lockClient(access.clientId());
		Optional<UUID> waiting = recentOpen(access.clientId());
		if (waiting.isPresent()) {
			return new AlertRecorder.Recorded(waiting.get(), false);
		}
		this.events.publishEvent(new CrisisSignal(access.clientId(), CrisisSignal.Kind.HELP_NOW, null));
		return new AlertRecorder.Recorded(recentOpen(access.clientId()).orElseThrow(), true);
	}

	private Optional<UUID> recentOpen(UUID clientId) {
		return this.store.openSince(clientId, CrisisSignal.Kind.HELP_NOW,
				this.clock.instant().minus(this.properties.repeatWindow()));
	}

}
