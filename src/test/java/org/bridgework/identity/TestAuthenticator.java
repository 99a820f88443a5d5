package org.bridgework.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bridgework.testing.MovableClock;

/**
 * The authenticator app of every test person: it keeps the two-step keys they set up, one
 * set per server (each test context has a database of its own), and shows the code of the
 * moment, computed from the key as a phone computes it (RFC 6238). The server takes a
 * code only once and only within a step of now, so each code handed out is for a step not
 * handed out before; when none is left it waits for the next step, or, where the server
 * runs on a test's {@link MovableClock}, moves that clock on by one step.
 */
public final class TestAuthenticator {

	private static final Pattern KEY_IN_LINK = Pattern.compile("[?&;]secret=([A-Z2-7]+)");

	private static final Map<String, Entry> KEYS = new ConcurrentHashMap<>();

	private static final Map<Integer, Clock> CLOCKS = new ConcurrentHashMap<>();

	private TestAuthenticator() {
	}

	/** The server on the port tells time by this clock. */
	public static void useClock(int port, Clock clock) {
		CLOCKS.put(port, clock);
	}

	/** Adds a key, as scanned or typed from the set-up page; replaces an earlier one. */
	public static void add(int port, String email, String key) {
		KEYS.put(id(port, email), new Entry(Base32.decode(key)));
	}

	/** The person's key, in Base32. */
	public static String key(int port, String email) {
		return Base32.encode(entry(port, email).key);
	}

	/** The key in a set-up page's {@code otpauth://} link. */
	public static String keyIn(String page) {
		Matcher matcher = KEY_IN_LINK.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("No two-step key on the page: " + page);
		}
		return matcher.group(1);
	}

	public static boolean has(int port, String email) {
		return KEYS.containsKey(id(port, email));
	}

	/** A code to type now, not typed before. */
	public static String code(int port, String email) {
		return entry(port, email).next(CLOCKS.getOrDefault(port, Clock.systemUTC()));
	}

	/** The code an app shows at the moment for the key. */
	public static String codeAt(String key, Instant at) {
		return Totp.code(Base32.decode(key), Totp.stepAt(at));
	}

	/**
	 * What the API's token call takes: email and password, and the code of the moment
	 * when the person has two-step sign-in.
	 */
	public static Map<String, Object> credentials(int port, String email, String password) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("email", email);
		body.put("password", password);
		if (has(port, email)) {
			body.put("totp", code(port, email));
		}
		return body;
	}

	private static Entry entry(int port, String email) {
		Entry entry = KEYS.get(id(port, email));
		if (entry == null) {
			throw new AssertionError("No two-step key for " + email + ": set two-step sign-in up first");
		}
		return entry;
	}

	private static String id(int port, String email) {
		return port + " " + email.toLowerCase(Locale.ROOT);
	}

	private static final class Entry {

		private final byte[] key;

		private long lastStep = Long.MIN_VALUE;

		Entry(byte[] key) {
			this.key = key;
		}

		synchronized String next(Clock clock) {
			while (true) {
				Instant now = clock.instant();
				long current = Totp.stepAt(now);
				long intoStep = now.getEpochSecond() - current * Totp.STEP.toSeconds();
				// The step before is taken only early in this one: near its end, it could
				// fall out of the server's window before the request arrives.
				long earliest = (intoStep < Totp.STEP.toSeconds() - 5) ? current - Totp.DRIFT : current;
				long step = Math.max(earliest, this.lastStep + 1);
				if (step <= current + Totp.DRIFT) {
					this.lastStep = step;
					return Totp.code(this.key, step);
				}
				waitForTheNextStep(clock, now, current);
			}
		}

		private static void waitForTheNextStep(Clock clock, Instant now, long current) {
			if (clock instanceof MovableClock movable) {
				movable.advance(Totp.STEP);
				return;
			}
			Instant next = Instant.ofEpochSecond((current + 1) * Totp.STEP.toSeconds()).plusMillis(100);
			try {
				Thread.sleep(Math.max(1, Duration.between(now, next).toMillis()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
