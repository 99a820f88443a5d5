package org.bridgework.caseload;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A covering grant as the pages show it, its times in the reader's own time zone ("Tue 9
 * Dec, 14:00", the year added when it is not this year).
 *
 * @param status {@code ACTIVE}, {@code ENDED} or {@code EXPIRED}
 * @param ended when it was ended early, or null
 * @param visits when the covering clinician looked, the latest first (empty where not
 * told)
 */
record CoverView(UUID id, UUID clientId, String clientName, String clinicianName, String grantedByName, String reason,
		String status, String granted, String until, String ended, String endedByName, List<String> visits) {

	private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK);

	private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

	static CoverView of(CoveringGrant grant, List<Instant> visits, ZoneId zone, Instant now) {
		CoveringGrant.Status status = grant.statusAt(now);
		return new CoverView(grant.id(), grant.clientId(), grant.clientName(), grant.clinicianName(),
				grant.grantedByName(), grant.reason(), status.name(), at(grant.grantedAt(), zone, now),
				at(grant.expiresAt(), zone, now),
				(status == CoveringGrant.Status.ENDED) ? at(grant.endedAt(), zone, now) : null, grant.endedByName(),
				visits.stream().map((visit) -> at(visit, zone, now)).toList());
	}

	static CoverView of(CoveringGrant grant, ZoneId zone, Instant now) {
		return of(grant, List.of(), zone, now);
	}

	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

	static String at(Instant at, ZoneId zone, Instant now) {
		ZonedDateTime local = at.atZone(zone);
		return ((local.getYear() == now.atZone(zone).getYear()) ? THIS_YEAR : OTHER_YEAR).format(local);
	}

}
