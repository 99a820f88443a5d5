package org.bridgework.identity;

import java.util.Optional;

/**
 * Lets other modules add a section of their own to a clinician's or admin's settings page
 * ({@code /account/settings}) without identity knowing them (it could not: they depend on
 * identity). The section's form posts to the other module's own route.
 */
public interface AccountSettingsPanels {

	/** The section for this clinician or admin; empty shows nothing. */
	Optional<AccountSettingsPanel> forStaff(CurrentUser person);

}
