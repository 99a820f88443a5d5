package org.bridgework.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bridgework.reminders.PlanningFacts.Remindable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out the reminders of the client's today and tomorrow (in their zone), on each
 * channel that reaches them (email; push only with a device), and keeps
 * {@code reminder_occurrence} in step: new ones added, changed times moved, ones no
 * longer wanted removed. Only reminders still waiting for their first try and not snoozed
 * are the planner's to change; what was claimed, sent, failed or snoozed stays as it is,
 * so a client whose zone changes gets the rest of their reminders in the new zone and
 * none of those already sent again (the key is the assignment and the local day). Nothing
 * due in the past is added: a plan changed after its moment waits for the next day.
 */
@Component
class ReminderPlanner {

	/** Clients planned in one transaction. */
	static final int CLIENTS_PER_TRANSACTION = 500;

	private final PlanningFacts facts;

	private final OccurrenceStore store;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReminderPlanner(PlanningFacts facts, OccurrenceStore store, TransactionTemplate transactions, Clock clock) {
		this.facts = facts;
		this.store = store;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Plans every client; returns how many reminders were added or moved. */
	int planAll() {
		Instant now = this.clock.instant();
		LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<UUID, List<Remindable>> byClient = new LinkedHashMap<>();
		for (Remindable remindable : this.facts.running(utcToday.minusDays(1), utcToday.plusDays(2), null, true)) {
			byClient.computeIfAbsent(remindable.clientId(), (id) -> new ArrayList<>()).add(remindable);
		}
		for (UUID planned : this.store.clientsWithPlannedReminders(now)) {
			byClient.putIfAbsent(planned, List.of());
		}
		int changed = 0;
		List<UUID> clients = new ArrayList<>(byClient.keySet());
		for (int i = 0; i < clients.size(); i += CLIENTS_PER_TRANSACTION) {
			List<UUID> slice = clients.subList(i, Math.min(i + CLIENTS_PER_TRANSACTION, clients.size()));
			changed += this.transactions.execute((status) -> plan(slice, byClient, now));
		}
		return changed;
	}

	/** Plans one client at once, such as after they changed their reminder settings. */
	int planClient(UUID clientId) {
		Instant now = this.clock.instant();
		LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<UUID, List<Remindable>> byClient = Map.of(clientId,
				this.facts.running(utcToday.minusDays(1), utcToday.plusDays(2), clientId, true));
		return this.transactions.execute((status) -> plan(List.of(clientId), byClient, now));
	}

	/**
	 * The same reminders on each channel that reaches the client: an email and a push are
	 * two rows, each sent once.
	 */
	private int plan(List<UUID> clients, Map<UUID, List<Remindable>> byClient, Instant now) {
		Map<Channel, List<PlannedReminder>> wanted = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			wanted.put(channel, new ArrayList<>());
		}
		Map<UUID, UUID> clientOf = new LinkedHashMap<>();
		for (UUID clientId : clients) {
			for (Remindable remindable : byClient.get(clientId)) {
				LocalDate today = LocalDate.ofInstant(now, remindable.zone());
				for (PlannedReminder planned : remindable.schedule()
					.between(remindable.plan(), remindable.chosenTime(), today, today.plusDays(1))) {
					if (planned.dueAt().isAfter(now)) {
						remindable.channels().forEach((channel) -> wanted.get(channel).add(planned));
						clientOf.put(planned.assignmentId(), clientId);
					}
				}
			}
		}
		int changed = 0;
		for (Channel channel : Channel.values()) {
			changed += this.store.replacePlanned(clients, channel, wanted.get(channel), clientOf, now);
		}
		return changed;
	}

}
