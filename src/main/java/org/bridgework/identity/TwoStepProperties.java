package org.bridgework.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Two-step sign-in ({@code bridgework.two-step.*}).
 *
 * @param key the key two-step keys are encrypted under: 32 bytes in Base64
 * ({@code BRIDGEWORK_TWO_STEP_KEY}); empty, a key kept in the data directory
 * @param stepValidFor how long a half-finished sign-in (password right, code or set-up
 * still to come) lasts
 * @param issuer the name authenticator apps show next to the code
 */
@ConfigurationProperties("bridgework.two-step")
record TwoStepProperties(String key, Duration stepValidFor, String issuer) {

	TwoStepProperties {
		key = (key == null || key.isBlank()) ? null : key.trim();
		stepValidFor = (stepValidFor != null) ? stepValidFor : Duration.ofMinutes(10);
		issuer = (issuer == null || issuer.isBlank()) ? "Bridgework" : issuer.trim();
	}

}
