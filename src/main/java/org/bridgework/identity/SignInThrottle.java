package org.bridgework.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after a few wrong passwords for one email, sign-in waits a
 * while. Kept in the database so every app node counts the same attempts.
 */
@Component
class SignInThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	boolean isBlocked(String email) {
		int recent = this.jdbc.sql("select count(*) from sign_in_failure where email_key = :key and failed_at > :since")
			.param("key", key(email))
			.param("since", java.sql.Timestamp.from(this.clock.instant().minus(WINDOW)))
			.query(Integer.class)
			.single();
		return recent >= MAX_FAILURES;
	}

	void recordFailure(String email) {
		this.jdbc.sql("insert into sign_in_failure (email_key, failed_at) values (:key, :now)")
			.param("key", key(email))
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.update();
	}

	void clear(String email) {
		this.jdbc.sql("delete from sign_in_failure where email_key = :key").param("key", key(email)).update();
	}

	/** How failures are counted: per email, whatever its case and surrounding spaces. */
	static String key(String email) {
		return (email == null) ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

}
