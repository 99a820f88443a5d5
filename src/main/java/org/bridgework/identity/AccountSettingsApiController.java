package org.bridgework.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in clinician's or admin's settings in the JSON API, so an app can show times
 * as the web pages do. Clients get 403.
 */
@RestController
class AccountSettingsApiController {

	private final AccountSettings settings;

	AccountSettingsApiController(AccountSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/api/v1/me/settings")
	SettingsView settings(CurrentUser person) {
		return SettingsView.of(this.settings.timeZone(person));
	}

	@PutMapping("/api/v1/me/settings")
	SettingsView change(CurrentUser person, @RequestBody(required = false) SettingsRequest body) {
		return SettingsView.of(this.settings.changeTimeZone(person, (body != null) ? body.timezone() : null));
	}

	/**
	 * @param timezone an IANA zone, or null (or empty) for the installation's default
	 */
	record SettingsRequest(String timezone) {
	}

	/**
	 * @param timezone the person's own zone, or null while they follow the default
	 * @param defaultTimezone the installation's default
	 */
	record SettingsView(String timezone, String defaultTimezone) {

		static SettingsView of(TimeZoneSetting setting) {
			return new SettingsView(setting.chosen(), setting.installationDefault().getId());
		}

	}

}
