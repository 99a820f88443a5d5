package org.bridgework.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bridgework.identity.AccountSettings;
import org.bridgework.reminders.ClinicianEmailStore.Clinician;
import org.bridgework.reminders.ClinicianEmailStore.Planned;
import org.bridgework.shared.TimeZones;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works out each clinician's emails of their today and tomorrow, on their own clock
 * (their time zone, else the installation's), at the time they chose: the daily digest
 * when they turned it on, and the note before sessions for each day before one of their
 * clients' sessions. A local time the clocks skip or repeat follows the reminders' rules
 * (ADR 0013): moved forward by the gap, sent at the first of the two. As with reminders,
 * only rows still waiting for their first try are changed, and nothing whose moment has
 * passed is added: a session added after that day's sending time gets no note.
 */
@Component
class ClinicianEmailPlanner {

	private final ClinicianEmailStore store;

	private final DigestFacts facts;

	private final AccountSettings accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClinicianEmailPlanner(ClinicianEmailStore store, DigestFacts facts, AccountSettings accounts,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.facts = facts;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Plans every clinician; returns how many emails were added, moved or removed. */
	int planAll() {
		Instant now = this.clock.instant();
		return plan(this.store.clinicians(null), this.store.cliniciansWithPlannedEmails(now), now);
	}

	/** Plans one clinician at once, such as after they changed their choices. */
	int planClinician(UUID clinicianId) {
		return plan(this.store.clinicians(List.of(clinicianId)), List.of(clinicianId), this.clock.instant());
	}

	private int plan(List<Clinician> clinicians, List<UUID> planned, Instant now) {
		LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<UUID, Set<LocalDate>> sessions = this.facts.sessionDays(utcToday.minusDays(1), utcToday.plusDays(3));
		Set<UUID> affected = new LinkedHashSet<>(planned);
		List<Planned> wanted = new ArrayList<>();
		for (Clinician clinician : clinicians) {
			affected.add(clinician.id());
			ZoneId zone = zoneOf(clinician);
			LocalDate today = LocalDate.ofInstant(now, zone);
			for (LocalDate day : List.of(today, today.plusDays(1))) {
				Instant due = ReminderSchedule.at(day, clinician.settings().sendAt(), zone).toInstant();
				if (!due.isAfter(now)) {
					continue;
				}
				if (clinician.settings().dailyDigest()) {
					wanted.add(new Planned(clinician.id(), day, ClinicianEmailKind.DAILY_DIGEST, due));
				}
				if (clinician.settings().sessionNotes()
						&& sessions.getOrDefault(clinician.id(), Set.of()).contains(day.plusDays(1))) {
					wanted.add(new Planned(clinician.id(), day.plusDays(1), ClinicianEmailKind.SESSIONS_TOMORROW, due));
				}
			}
		}
		if (affected.isEmpty()) {
			return 0;
		}
		return this.transactions.execute((status) -> this.store.replacePlanned(List.copyOf(affected), wanted, now));
	}

	ZoneId zoneOf(Clinician clinician) {
		return (clinician.timezone() != null && TimeZones.isAccepted(clinician.timezone()))
				? ZoneId.of(clinician.timezone()) : this.accounts.installationZone();
	}

}
