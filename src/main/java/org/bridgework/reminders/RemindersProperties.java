package org.bridgework.reminders;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How reminders behave in this installation ({@code bridgework.reminders.*}).
 *
 * @param schedulerEnabled whether this node runs the planning and sending tasks (tests
 * drive them by hand)
 * @param planEvery how often reminders for the coming days are worked out again (a
 * client's zone changed elsewhere is followed within this time; their own reminder
 * settings at once)
 * @param sendEvery how often due reminders are looked for
 * @param lease how long a node holds reminders it claimed before another may take them
 * over: longer than sending one batch ever takes
 * @param batchSize how many reminders one claim takes (and one SMTP connection sends)
 * @param senders how many claim-send-record loops run side by side on a node
 * @param maxAttempts tries before a reminder is recorded as failed
 * @param firstRetryAfter the wait after the first failure; it doubles each time, up to an
 * hour
 * @param giveUpAfter a reminder this late (the app was down) is recorded as failed, not
 * sent: a nudge hours after the moment helps nobody
 * @param baseUrl the address people reach Bridgework at, for the link in the email
 * @param emailFrom the sender address of reminder emails
 */
@ConfigurationProperties("bridgework.reminders")
record RemindersProperties(Boolean schedulerEnabled, Duration planEvery, Duration sendEvery, Duration lease,
		Integer batchSize, Integer senders, Integer maxAttempts, Duration firstRetryAfter, Duration giveUpAfter,
		String baseUrl, String emailFrom) {

	RemindersProperties {
		schedulerEnabled = (schedulerEnabled == null) || schedulerEnabled;
		planEvery = (planEvery != null) ? planEvery : Duration.ofMinutes(5);
		sendEvery = (sendEvery != null) ? sendEvery : Duration.ofSeconds(10);
		lease = (lease != null) ? lease : Duration.ofMinutes(5);
		batchSize = (batchSize != null) ? batchSize : 100;
		senders = (senders != null) ? senders : 2;
		maxAttempts = (maxAttempts != null) ? maxAttempts : 5;
		firstRetryAfter = (firstRetryAfter != null) ? firstRetryAfter : Duration.ofMinutes(1);
		giveUpAfter = (giveUpAfter != null) ? giveUpAfter : Duration.ofHours(12);
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? null : baseUrl.trim().replaceAll("/+$", "");
		emailFrom = (emailFrom == null || emailFrom.isBlank()) ? "bridgework@localhost" : emailFrom.trim();
	}

	/**
	 * The wait before try {@code attempt + 1}: doubling from the first, at most an hour.
	 */
	Duration retryAfter(int attempt) {
		Duration wait = this.firstRetryAfter.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return (wait.compareTo(Duration.ofHours(1)) > 0) ? Duration.ofHours(1) : wait;
	}

}
