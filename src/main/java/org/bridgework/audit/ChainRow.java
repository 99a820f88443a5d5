package org.bridgework.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A row of {@code audit_event} and how its hash is made: SHA-256 over a canonical
 * encoding of every field and the previous row's hash. Each field is written as its
 * length in UTF-8 bytes, a colon and the value (a missing value as {@code -}), so no
 * choice of values can make two different rows encode alike.
 */
record ChainRow(long seq, Instant at, AuditEvent event, Integer status, String requestId, String remoteAddress,
		String method, String path) {

	/** The previous hash of the first row. */
	static final String GENESIS = "0".repeat(64);

	ChainRow {
		// PostgreSQL keeps microseconds: hash what is stored.
		at = at.truncatedTo(ChronoUnit.MICROS);
	}

	String hash(String previousHash) {
		StringBuilder canonical = new StringBuilder("bridgework-audit-v1");
		field(canonical, Long.toString(this.seq));
		field(canonical, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, this.at)));
		field(canonical, this.event.actorId());
		field(canonical, this.event.actorRelation());
		field(canonical, this.event.clientId());
		field(canonical, this.event.action());
		field(canonical, this.event.objectId());
		field(canonical, this.event.outcome().name());
		field(canonical, (this.status != null) ? this.status.toString() : null);
		field(canonical, this.requestId);
		field(canonical, this.remoteAddress);
		field(canonical, this.method);
		field(canonical, this.path);
		field(canonical, this.event.pseudonym());
		field(canonical, previousHash);
		return sha256(canonical.toString());
	}

	private static void field(StringBuilder canonical, UUID value) {
		field(canonical, (value != null) ? value.toString() : null);
	}

	private static void field(StringBuilder canonical, String value) {
		canonical.append('|');
		if (value == null) {
			canonical.append('-');
			return;
		}
		canonical.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
