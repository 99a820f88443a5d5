package org.bridgework.identity;

import java.time.ZoneId;
import java.util.UUID;

import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.TimeZones;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's or admin's own settings: for now, the time zone their pages show times
 * in. Clients have none here: their time zone is on their client record, set with their
 * clinician, and it decides what "today" is for their homework.
 */
@Service
public class AccountSettings {

	private final AccountRepository accounts;

	private final DefaultTimeZoneProperties defaults;

	AccountSettings(AccountRepository accounts, DefaultTimeZoneProperties defaults) {
		this.accounts = accounts;
		this.defaults = defaults;
	}

	/**
	 * The zone to show this person times in: their own choice, else the installation's
	 * default.
	 */
	@Transactional(readOnly = true)
	public ZoneId zoneOf(CurrentUser person) {
		return setting(person.id()).zone();
	}

	/**
	 * The zone of someone who has not chosen one, or whose choice this JVM no longer
	 * knows ({@code bridgework.default-timezone}, else the server's): for work done with
	 * nobody signed in that reads a stored choice itself (a clinician's emails).
	 */
	public ZoneId installationZone() {
		return this.defaults.zone();
	}

	/** The signed-in clinician's or admin's time zone setting. */
	@Transactional(readOnly = true)
	public TimeZoneSetting timeZone(CurrentUser person) {
		requireStaff(person);
		return setting(person.id());
	}

	/**
	 * Sets the signed-in clinician's or admin's time zone; blank goes back to the
	 * installation's default. A zone we do not accept is refused (field {@code timezone})
	 * and nothing changes.
	 */
	@Transactional
	public TimeZoneSetting changeTimeZone(CurrentUser person, String timezone) {
		requireStaff(person);
		String chosen = FieldChecks.trimToNull(timezone);
		new FieldChecks().maxLength("timezone", chosen, 64)
			.check(chosen == null || TimeZones.isAccepted(chosen), "timezone", "validation.timezone")
			.throwIfAny();
		this.accounts.setTimezone(person.id(), chosen);
		return setting(person.id());
	}

	private TimeZoneSetting setting(UUID accountId) {
		String stored = this.accounts.timezoneOf(accountId);
		// A zone that was fine when chosen but is gone from this JVM's zone data falls
		// back to the default rather than breaking every page.
		return new TimeZoneSetting(TimeZones.isAccepted(stored) ? stored : null, this.defaults.zone());
	}

	private static void requireStaff(CurrentUser person) {
		if (!person.is(Role.CLINICIAN) && !person.is(Role.ADMIN)) {
			throw new AccessDeniedException("Settings are for clinicians and admins");
		}
	}

}
