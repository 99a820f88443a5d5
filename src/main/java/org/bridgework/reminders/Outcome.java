package org.bridgework.reminders;

import java.time.Instant;

/**
 * What became of one claimed thing to send (a reminder, a clinician's email), and when to
 * try again if it is tried again (ADR 0013).
 *
 * @param detail why, without content ({@code done}, {@code smtp: MailSendException}...),
 * or null
 */
record Outcome<T>(T claimed, Kind kind, Instant retryAt, String detail) {

	static <T> Outcome<T> sent(T claimed, String detail) {
		return new Outcome<>(claimed, Kind.SENT, null, detail);
	}

	static <T> Outcome<T> notNeeded(T claimed, String why) {
		return new Outcome<>(claimed, Kind.NOT_NEEDED, null, why);
	}

	static <T> Outcome<T> failed(T claimed, String why) {
		return new Outcome<>(claimed, Kind.FAILED, null, why);
	}

	/**
	 * After try {@code attempt} was refused: again later with back-off, unless the
	 * refusal is final or that was the last try.
	 */
	static <T> Outcome<T> refused(T claimed, int attempt, Refusal refusal, Instant now,
			RemindersProperties properties) {
		if (!refusal.retry() || attempt >= properties.maxAttempts()) {
			return failed(claimed, refusal.why());
		}
		return new Outcome<>(claimed, Kind.RETRYING, now.plus(properties.retryAfter(attempt)), refusal.why());
	}

	/** The status the claimed row takes. */
	String status() {
		return switch (this.kind) {
			case SENT -> "SENT";
			case RETRYING -> "PENDING";
			case FAILED -> "FAILED";
			case NOT_NEEDED -> "NOT_NEEDED";
		};
	}

	enum Kind {

		SENT, RETRYING, FAILED, NOT_NEEDED

	}

	/**
	 * Why a channel did not hand something over, and whether trying again could help (a
	 * mail server that is down: yes; a browser that unsubscribed: no).
	 */
	record Refusal(String why, boolean retry) {

		static Refusal again(String why) {
			return new Refusal(why, true);
		}

		static Refusal forGood(String why) {
			return new Refusal(why, false);
		}

	}

}
