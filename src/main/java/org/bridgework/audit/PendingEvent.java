package org.bridgework.audit;

import java.time.Instant;

/**
 * An event waiting for its place in the chain, with what the request around it tells.
 */
record PendingEvent(Instant at, AuditEvent event, Integer status, String requestId, String remoteAddress, String method,
		String path) {

	static PendingEvent outsideARequest(Instant at, AuditEvent event) {
		return new PendingEvent(at, event, null, null, null, null, null);
	}

	ChainRow at(long seq) {
		return new ChainRow(seq, this.at, this.event, this.status, this.requestId, this.remoteAddress, this.method,
				this.path);
	}

}
