package org.bridgework.alerts;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.shared.ConflictException;
import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts a clinician sees, and acknowledging one. Only the client's own clinicians
 * see or acknowledge an alert; to anyone else it does not exist.
 */
@Service
class Alerts {

	static final int NOTE_MAX = 2000;

	private final CareTeam careTeam;

	private final AlertStore store;

	private final Clock clock;

	private final AccountSettings settings;

	private final MessageSource messages;

	Alerts(CareTeam careTeam, AlertStore store, Clock clock, AccountSettings settings, MessageSource messages) {
		this.careTeam = careTeam;
		this.store = store;
		this.clock = clock;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * Every alert of the clinician's clients, those they cover now included, open ones
	 * first.
	 */
	@Transactional(readOnly = true)
	List<Alert> forClinician(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.store.forClinician(clinician.id(), this.clock.instant());
	}

	/** The open alerts of the clinician's clients, those they cover now included. */
	@Transactional(readOnly = true)
	List<Alert> openForClinician(CurrentUser clinician) {
		return forClinician(clinician).stream().filter(Alert::open).toList();
	}

	/**
	 * How many open alerts the clinician's own clients have, for the header of every
	 * page. One indexed count and no transaction around it: a page view pays for one
	 * statement.
	 */
	int openCount(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		return this.store.countOpenForClinician(clinician.id(), this.clock.instant());
	}

	/** Alert times as this clinician reads them, as of now. */
	AlertTimes timesFor(CurrentUser clinician) {
		return new AlertTimes(this.settings.zoneOf(clinician), this.clock.instant(), this.messages,
				LocaleContextHolder.getLocale());
	}

	@Transactional(readOnly = true)
	List<Alert> openForClient(CurrentUser clinician, UUID clientId) {
		ClientAccess access = this.careTeam.requireClinician(clinician, clientId, "view-alerts");
		return this.store.openForClient(access.clientId());
	}

	/**
	 * Marks the alert acknowledged by this clinician, with an optional note.
	 * @throws ConflictException when it was acknowledged already (by anyone)
	 */
	@Transactional
	Alert acknowledge(CurrentUser clinician, UUID alertId, String note) {
		clinician.require(Role.CLINICIAN);
		UUID clientId = this.store.clientOf(alertId).orElseThrow(() -> new NotFoundException("Alert"));
		this.careTeam.requireClinician(clinician, clientId, "acknowledge-alert", alertId);
		String trimmed = FieldChecks.trimToNull(note);
		new FieldChecks().maxLength("note", trimmed, NOTE_MAX).throwIfAny();
		if (!this.store.acknowledge(alertId, clinician.id(), trimmed, this.clock.instant())) {
			throw new ConflictException("problem.alert.acknowledgedAlready");
		}
		return this.store.find(alertId).orElseThrow();
	}

}
