package org.bridgework.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The time zones a person picks from, for a client (the new-client form) or for a
 * clinician's own account (their settings): a short list of common ones first, then every
 * other place-named IANA zone. The default choice does not depend on the browser or the
 * server.
 */
public final class TimeZones {

	/** What the new-client form starts on. */
	public static final String DEFAULT_CHOICE = "Europe/London";

	private static final List<String> COMMON = List.of("Europe/London", "Europe/Dublin", "Europe/Lisbon",
			"Europe/Paris", "Europe/Berlin", "Europe/Amsterdam", "Europe/Brussels", "Europe/Madrid", "Europe/Rome",
			"Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul", "Africa/Lagos",
			"Africa/Johannesburg", "Africa/Nairobi", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Hong_Kong",
			"Asia/Tokyo", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland", "America/St_Johns",
			"America/Halifax", "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
			"America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Mexico_City", "America/Bogota",
			"America/Sao_Paulo", "America/Argentina/Buenos_Aires", "UTC");

	private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific");

	private static final List<String> OTHERS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((zone) -> REGIONS.contains(zone.substring(0, Math.max(zone.indexOf('/'), 0))))
		.filter((zone) -> !COMMON.contains(zone))
		.sorted()
		.toList();

	private TimeZones() {
	}

	public static List<String> common() {
		return COMMON;
	}

	public static List<String> others() {
		return OTHERS;
	}

	/**
	 * Whether {@code timezone} names a zone we accept: an IANA zone with a region
	 * ({@code Europe/London}), or {@code UTC}. Offsets such as {@code +02:00} are
	 * refused: they do not follow summer time.
	 */
	public static boolean isAccepted(String timezone) {
		if (timezone == null || timezone.isBlank()) {
			return false;
		}
		try {
			ZoneId.of(timezone.trim());
			return timezone.contains("/") || "UTC".equals(timezone.trim());
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
