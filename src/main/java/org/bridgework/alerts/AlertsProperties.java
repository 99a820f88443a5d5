package org.bridgework.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How alerts behave in this installation ({@code bridgework.alerts.*}).
 *
 * @param escalationEmail a second contact (a clinic duty address) who is emailed once
 * when an alert stays open longer than {@code escalateAfter}; empty: no escalation
 * @param escalateAfter how long an alert may stay open before it is escalated
 * @param escalationPoll how often each node looks for alerts to escalate
 * @param repeatWindow a second "I need help now" within this time of an open one adds no
 * second alert
 * @param baseUrl the address people reach Bridgework at, for the link in the email;
 * empty: the email says where to go in words
 * @param emailFrom the sender address of escalation emails
 */
@ConfigurationProperties("bridgework.alerts")
record AlertsProperties(String escalationEmail, Duration escalateAfter, Duration escalationPoll, Duration repeatWindow,
		String baseUrl, String emailFrom) {

	AlertsProperties {
		escalationEmail = blankToNull(escalationEmail);
		escalateAfter = (escalateAfter != null) ? escalateAfter : Duration.ofMinutes(30);
		escalationPoll = (escalationPoll != null) ? escalationPoll : Duration.ofMinutes(1);
		repeatWindow = (repeatWindow != null) ? repeatWindow : Duration.ofMinutes(30);
		baseUrl = blankToNull(baseUrl);
		emailFrom = (blankToNull(emailFrom) != null) ? emailFrom.trim() : "bridgework@localhost";
	}

	boolean escalates() {
		return this.escalationEmail != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
