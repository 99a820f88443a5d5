package org.bridgework.caseload;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The time zones a clinician picks from when adding a client: a short list of common ones
 * first, then every other place-named IANA zone. The default does not depend on the
 * browser or the server.
 */
final class TimeZoneChoices {

	static final String DEFAULT = "Europe/London";

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

	private TimeZoneChoices() {
	}

	static List<String> common() {
		return COMMON;
	}

	static List<String> others() {
		return OTHERS;
	}

}
