package org.bridgework.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How sign-in defends itself ({@code bridgework.sign-in.*}).
 *
 * @param throttle how many failed attempts slow sign-in down
 * @param resetLinkValidFor how long a password reset link works
 * @param emailFrom the sender of invitation and password reset emails
 * @param housekeepingEvery how often each node removes old failures, sign-ins and reset
 * links
 */
@ConfigurationProperties("bridgework.sign-in")
record SignInProperties(Throttle throttle, Duration resetLinkValidFor, String emailFrom, Duration housekeepingEvery) {

	SignInProperties {
		throttle = (throttle != null) ? throttle : new Throttle(0, 0, null, null);
		resetLinkValidFor = (resetLinkValidFor != null) ? resetLinkValidFor : Duration.ofMinutes(30);
		emailFrom = (emailFrom == null || emailFrom.isBlank()) ? "bridgework@localhost" : emailFrom.trim();
		housekeepingEvery = (housekeepingEvery != null) ? housekeepingEvery : Duration.ofHours(1);
	}

	/**
	 * @param accountFailures failures for one account within {@code window} after which
	 * it waits
	 * @param addressFailures failures from one address (any account) within
	 * {@code window} after which it waits; higher, as a clinic shares one address
	 * @param window how far back failures count
	 * @param keepFor how long failures are kept at all
	 */
	record Throttle(int accountFailures, int addressFailures, Duration window, Duration keepFor) {

		Throttle {
			accountFailures = (accountFailures > 0) ? accountFailures : 5;
			addressFailures = (addressFailures > 0) ? addressFailures : 50;
			window = (window != null) ? window : Duration.ofMinutes(15);
			keepFor = (keepFor != null && keepFor.compareTo(window) > 0) ? keepFor : Duration.ofDays(1);
		}

	}

}
