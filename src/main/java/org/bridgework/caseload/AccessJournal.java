package org.bridgework.caseload;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Every granted look at a client's data passes through here. This is the seam for the
 * audit trail: today it logs; the audit issue makes it a durable, queryable record.
 */
@Component
class AccessJournal {

	private static final Logger log = LoggerFactory.getLogger("bridgework.access");

	void granted(UUID actorId, UUID clientId, Relationship relationship, String action) {
		log.debug("access granted actor={} client={} as={} action={}", actorId, clientId, relationship, action);
	}

}
