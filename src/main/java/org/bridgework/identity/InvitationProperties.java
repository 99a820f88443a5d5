package org.bridgework.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl where people reach Bridgework, for links; empty means "as in the
 * request"
 * @param validFor how long an invitation link works
 */
@ConfigurationProperties("bridgework.invitations")
record InvitationProperties(String baseUrl, Duration validFor) {

	InvitationProperties {
		baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
		validFor = validFor == null ? Duration.ofDays(7) : validFor;
	}

}
