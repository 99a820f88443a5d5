package org.bridgework.reminders;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.bridgework.identity.AccountSettings;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;
import org.bridgework.reminders.ClinicianEmailStore.Sent;
import org.bridgework.reminders.ClinicianEmailStore.Settings;
import org.bridgework.shared.FieldChecks;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's choices about their own emails: the daily digest on or off, the note the
 * day before a session on or off, and the time on their own clock both go out at. Only
 * clinicians have them; a change is planned at once.
 */
@Service
class ClinicianEmailSettings {

	/** How many of the latest tries the clinician sees. */
	static final int RECENT = 5;

	private final ClinicianEmailStore store;

	private final ClinicianEmailPlanner planner;

	private final EmailChannel email;

	private final AccountSettings accounts;

	private final Clock clock;

	ClinicianEmailSettings(ClinicianEmailStore store, ClinicianEmailPlanner planner, EmailChannel email,
			AccountSettings accounts, Clock clock) {
		this.store = store;
		this.planner = planner;
		this.email = email;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	EmailsView view(CurrentUser clinician) {
		clinician.require(Role.CLINICIAN);
		Settings settings = this.store.settings(clinician.id());
		return new EmailsView(this.email.configured(), settings.dailyDigest(), settings.sessionNotes(),
				ReminderSettings.hhmm(settings.sendAt()), this.accounts.zoneOf(clinician).getId(),
				this.store.recent(clinician.id(), RECENT));
	}

	/**
	 * Each choice given changes (null: as it is); {@code sendAt} is "HH:MM" and may not
	 * be empty.
	 */
	@Transactional
	EmailsView change(CurrentUser clinician, Boolean dailyDigest, Boolean sessionNotes, String sendAt) {
		clinician.require(Role.CLINICIAN);
		Settings before = this.store.settings(clinician.id());
		LocalTime at = before.sendAt();
		if (sendAt != null) {
			at = parse(sendAt);
		}
		this.store.save(clinician.id(), new Settings((dailyDigest != null) ? dailyDigest : before.dailyDigest(),
				(sessionNotes != null) ? sessionNotes : before.sessionNotes(), at), this.clock.instant());
		this.planner.planClinician(clinician.id());
		return view(clinician);
	}

	private static LocalTime parse(String value) {
		String time = FieldChecks.trimToNull(value);
		LocalTime parsed = null;
		try {
			parsed = (time != null) ? LocalTime.parse(time) : null;
		}
		catch (DateTimeParseException ex) {
			// named below
		}
		new FieldChecks().check(parsed != null, "sendAt", "reminders.time.invalid").throwIfAny();
		return parsed;
	}

	/**
	 * @param emailAvailable whether the installation can send email at all
	 * @param sendAt "HH:MM" on the clinician's clock ({@code timezone})
	 * @param recent the latest tries, newest first
	 */
	record EmailsView(boolean emailAvailable, boolean dailyDigest, boolean sessionNotes, String sendAt, String timezone,
			List<Sent> recent) {
	}

}
