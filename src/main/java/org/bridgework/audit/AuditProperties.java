package org.bridgework.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the audit trail behaves in this installation ({@code bridgework.audit.*}).
 *
 * @param pseudonymKey the key of the keyed hash that stands for an email nobody has an
 * account with, in the record of a failed sign-in; empty: a random key made once and kept
 * in the database ({@code audit_key})
 * @param verify when set (as {@code --bridgework.audit.verify}), the app checks the hash
 * chain, prints the result and exits, non-zero when it is broken
 */
@ConfigurationProperties("bridgework.audit")
record AuditProperties(String pseudonymKey, String verify) {

	AuditProperties {
		pseudonymKey = (pseudonymKey == null || pseudonymKey.isBlank()) ? null : pseudonymKey;
	}

	boolean verifying() {
		return this.verify != null;
	}

}
