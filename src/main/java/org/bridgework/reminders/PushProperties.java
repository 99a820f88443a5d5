package org.bridgework.reminders;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Web push in this installation ({@code bridgework.push.*}).
 *
 * @param publicKey the VAPID public key (base64url, an uncompressed P-256 point), with
 * {@code privateKey}; both empty: a key pair made once and kept in PostgreSQL
 * @param privateKey the VAPID private key (base64url, its 32-byte scalar)
 * @param subject who runs this installation, for the push services (RFC 8292's
 * {@code sub}): a {@code mailto:} or {@code https:} address; empty: the reminders'
 * {@code https} base URL, else {@code mailto:} their sender address
 * @param serviceHosts the push services a browser's subscription may point at (a host and
 * any below it): Bridgework posts to nothing else, so a subscription cannot make it call
 * into the clinic's own network
 * @param requireHttps whether a subscription's address must be https (tests turn it off
 * for their stand-in on localhost)
 * @param timeToLive how long a push service keeps a message for a phone that is off: a
 * reminder much later than its moment helps nobody
 * @param timeout how long one push service may take to answer
 */
@ConfigurationProperties("bridgework.push")
record PushProperties(String publicKey, String privateKey, String subject, List<String> serviceHosts,
		Boolean requireHttps, Duration timeToLive, Duration timeout) {

	/** The push services of Chrome and Edge (Google), Firefox, Safari and Windows. */
	static final List<String> KNOWN_SERVICES = List.of("fcm.googleapis.com", "android.googleapis.com",
			"push.services.mozilla.com", "push.apple.com", "notify.windows.com");

	PushProperties {
		publicKey = blankToNull(publicKey);
		privateKey = blankToNull(privateKey);
		subject = blankToNull(subject);
		serviceHosts = (serviceHosts == null || serviceHosts.isEmpty()) ? KNOWN_SERVICES
				: serviceHosts.stream().map((host) -> host.trim().toLowerCase(Locale.ROOT)).toList();
		requireHttps = (requireHttps == null) || requireHttps;
		timeToLive = (timeToLive != null) ? timeToLive : Duration.ofHours(1);
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(10);
		if ((publicKey == null) != (privateKey == null)) {
			throw new IllegalArgumentException("Set both BRIDGEWORK_PUSH_PUBLIC_KEY and BRIDGEWORK_PUSH_PRIVATE_KEY, "
					+ "or neither (then Bridgework makes a key pair once and keeps it in its database)");
		}
	}

	/** Whether {@code host} is one of the push services, or below one. */
	boolean isServiceHost(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return this.serviceHosts.stream().anyMatch((service) -> name.equals(service) || name.endsWith("." + service));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
