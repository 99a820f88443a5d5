package org.bridgework.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 of what someone typed (an email with no account), so that repeated attempts
 * with one address can be told apart from many addresses without the address itself being
 * stored.
 */
@Component
class Pseudonyms {

	private final JdbcClient jdbc;

	private final AuditProperties properties;

	private volatile SecretKeySpec key;

	Pseudonyms(JdbcClient jdbc, AuditProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	String of(String typed) {
		String normalised = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java has HmacSHA256", ex);
		}
	}

	private SecretKeySpec key() {
		if (this.key == null) {
			byte[] secret = (this.properties.pseudonymKey() != null)
					? this.properties.pseudonymKey().getBytes(StandardCharsets.UTF_8)
					: this.jdbc.sql("select secret from audit_key where id = 1").query(byte[].class).single();
			this.key = new SecretKeySpec(secret, "HmacSHA256");
		}
		return this.key;
	}

}
