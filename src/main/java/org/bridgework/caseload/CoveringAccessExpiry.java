package org.bridgework.caseload;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, notes in the audit trail the covering grants that ran out. Access stops
 * at the grant's end whatever this does ({@link CareTeam} compares with the clock); this
 * only writes down that it did.
 */
@Component
class CoveringAccessExpiry {

	private static final Log logger = LogFactory.getLog(CoveringAccessExpiry.class);

	private final CoveringAccess covering;

	CoveringAccessExpiry(CoveringAccess covering) {
		this.covering = covering;
	}

	@Scheduled(fixedDelayString = "${bridgework.covering-access.expiry-poll:PT1M}",
			initialDelayString = "${bridgework.covering-access.expiry-poll:PT1M}")
	void poll() {
		try {
			while (this.covering.recordExpiries() > 0) {
				// Another round: more ran out than one round notes.
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Noting covering grants that ran out failed; the next poll tries again", ex);
		}
	}

}
