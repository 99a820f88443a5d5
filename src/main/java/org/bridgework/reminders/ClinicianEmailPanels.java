package org.bridgework.reminders;

import java.util.Optional;

import org.bridgework.identity.AccountSettingsPanel;
import org.bridgework.identity.AccountSettingsPanels;
import org.bridgework.identity.CurrentUser;
import org.bridgework.identity.Role;

import org.springframework.stereotype.Component;

/**
 * The clinician's emails as a section of their settings page: the choices and what was
 * sent lately. Admins who are not clinicians get none.
 */
@Component
class ClinicianEmailPanels implements AccountSettingsPanels {

	private final ClinicianEmailSettings settings;

	ClinicianEmailPanels(ClinicianEmailSettings settings) {
		this.settings = settings;
	}

	@Override
	public Optional<AccountSettingsPanel> forStaff(CurrentUser person) {
		if (!person.is(Role.CLINICIAN)) {
			return Optional.empty();
		}
		return Optional.of(new AccountSettingsPanel("reminders/clinician-emails", this.settings.view(person)));
	}

}
