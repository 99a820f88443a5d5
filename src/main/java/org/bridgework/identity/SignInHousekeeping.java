package org.bridgework.identity;

import java.time.Clock;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what sign-in no longer needs: failures too old to count, sign-ins that have
 * ended, reset links that expired, half-finished sign-ins that ran out. Every node may
 * run it; deleting twice is harmless.
 */
@Component
class SignInHousekeeping {

	private static final Log logger = LogFactory.getLog(SignInHousekeeping.class);

	private final SignInThrottle throttle;

	private final SignInTokens tokens;

	private final PasswordResets resets;

	private final SignInSteps steps;

	private final SignInProperties properties;

	private final Clock clock;

	SignInHousekeeping(SignInThrottle throttle, SignInTokens tokens, PasswordResets resets, SignInSteps steps,
			SignInProperties properties, Clock clock) {
		this.throttle = throttle;
		this.tokens = tokens;
		this.resets = resets;
		this.steps = steps;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bridgework.sign-in.housekeeping-every:PT1H}",
			initialDelayString = "${bridgework.sign-in.housekeeping-every:PT1H}")
	void poll() {
		try {
			tidy();
		}
		catch (RuntimeException ex) {
			logger.warn("Removing old sign-in rows failed; the next run tries again", ex);
		}
	}

	/** Returns how many rows were removed. */
	int tidy() {
		Instant now = this.clock.instant();
		return this.throttle.forgetOlderThan(now.minus(this.properties.throttle().keepFor()))
				+ this.tokens.forgetEnded() + this.resets.forgetExpired(now.minus(this.properties.throttle().keepFor()))
				+ this.steps.forgetExpired();
	}

}
