package org.bridgework.identity;

import java.time.ZoneId;

/**
 * A clinician's or admin's time zone as they set it.
 *
 * @param chosen the zone they chose, or null to follow the installation's default
 * @param installationDefault the zone used while they have not chosen one
 */
public record TimeZoneSetting(String chosen, ZoneId installationDefault) {

	/** The zone their times are shown in. */
	public ZoneId zone() {
		return (this.chosen != null) ? ZoneId.of(this.chosen) : this.installationDefault;
	}

}
